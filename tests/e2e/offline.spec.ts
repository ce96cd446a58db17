/**
 * Offline (integrations/offline.ts, src/components/OfflineStatus.astro): after one visit to the
 * home page, with the network cut, pages never opened before still open — a document, a role
 * page, a walkthrough outcome — and search finds results; the bar says the phone is offline; the
 * site is installable; a new build's worker replaces the cached files it changed.
 *
 * The service worker is blocked in every other test file (playwright.config.ts); on here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dist, recordViolations } from './csp.ts';
import { expect, frontmatter, test } from './helpers.ts';

test.use({ serviceWorkers: 'allow' });
// The first visit precaches the whole site (about 2,500 files, fetched one at a time by Workbox).
test.describe.configure({ timeout: 240_000 });

/** Opens the home page and waits until the worker has precached the site and controls the page. */
async function visitHomeOnce(page: Page): Promise<void> {
  await page.goto('/');
  // `ready` resolves once a worker is active, i.e. after its install step precached every file.
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
}

/** Every string under a `url` key inside an `outcomes` list, wherever the open data nests it. */
function outcomeUrls(data: unknown, inOutcomes = false): string[] {
  if (Array.isArray(data)) return data.flatMap((d) => outcomeUrls(d, inOutcomes));
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([k, v]) =>
    k === 'url' && inOutcomes && typeof v === 'string' ? [v] : outcomeUrls(v, inOutcomes || k === 'outcomes'),
  );
}

/** A walkthrough outcome page to open offline, from the open data /data/walkthroughs.json. */
function walkthroughOutcome(): string {
  const file = join(dist, 'data/walkthroughs.json');
  expect(existsSync(file), 'dist/data/walkthroughs.json exists').toBe(true);
  const urls = outcomeUrls(JSON.parse(readFileSync(file, 'utf8')) as unknown).map((u) => new URL(u, 'http://x').pathname);
  expect(urls.length, 'outcomes listed in /data/walkthroughs.json').toBeGreaterThan(0);
  // The last listed outcome: far from anything the home page links to.
  return urls[urls.length - 1]!;
}

test('after one visit to the home page the site is installable, and with no network unvisited pages open and search finds results', async ({ page, context }) => {
  const violations = await recordViolations(context);
  await visitHomeOnce(page);

  await test.step('installable: a Chinese name, icons, and Chromium finds nothing missing', async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(href!)).json()) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toMatch(/留守儿童/);
    expect(manifest.short_name).toMatch(/^[\u4e00-\u9fff]{2,12}$/);
    expect(manifest.lang).toBe('zh-CN');
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png' && (i.purpose ?? 'any').includes('any'));
      expect(icon, `a ${size} PNG icon`).toBeDefined();
      const r = await page.request.get(icon!.src);
      expect(r.status()).toBe(200);
      const png = await r.body();
      // The PNG's own width and height (IHDR) match what the manifest says.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(size);
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    // Chromium's own verdict.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // Test browsers run incognito, which Chromium never offers to install from; nothing else may be missing.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  });

  await context.setOffline(true);

  await test.step('the bar says the phone is offline and the site is saved', async () => {
    await expect(page.locator('[data-offline-note]')).toBeVisible();
    await expect(page.locator('[data-offline-note]')).toHaveText('现在没有网络。本站已保存在这部手机上，仍可查看文件和搜索。', { useInnerText: true });
  });

  await test.step('a document not visited before', async () => {
    await page.goto('/documents/wuhai-2016/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(frontmatter('wuhai-2016').title);
  });

  await test.step('a role page, through its picker', async () => {
    await page.goto('/roles/school/');
    await page.locator('.choices a[data-document="longli-2017"]').click();
    await expect(page).toHaveURL(/\/roles\/school\/longli-2017\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('学校的职责');
  });

  await test.step('a walkthrough outcome', async () => {
    const outcome = walkthroughOutcome();
    test.info().annotations.push({ type: 'walkthrough outcome', description: outcome });
    const response = await page.goto(outcome);
    expect(response?.status(), outcome).toBe(200);
    await expect(page).toHaveURL(new RegExp(`${outcome}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main')).not.toBeEmpty();
  });

  await test.step('a search with results, and a result opened', async () => {
    await page.goto(`/search/?q=${encodeURIComponent('强制报告')}`);
    const first = page.locator('[data-search-results] li a[href]').first();
    await expect(first).toBeVisible({ timeout: 20_000 });
    const href = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(new URL(href!, page.url()).href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  await test.step('back online, the bar goes', async () => {
    await context.setOffline(false);
    await expect(page.locator('[data-offline-note]')).toBeHidden();
  });
  expect(violations).toEqual([]);
});

test('without a saved copy, the bar says only this page can be read', async ({ newGuardedContext }) => {
  const context = await newGuardedContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/deadlines/');
  await context.setOffline(true);
  await expect(page.locator('[data-offline-note]')).toHaveText('现在没有网络。本站还没有保存到这部手机上，只能看已打开的这一页。', { useInnerText: true });
});

test('a new build replaces the cached files it changed', async ({ page, context }) => {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const revision = /url:"index\.html",revision:"([0-9a-f]+)"/.exec(sw)?.[1];
  expect(revision, 'dist/sw.js lists index.html with a revision').toBeTruthy();

  // The first visit gets an "old build": its worker lists the home page at another revision, and
  // the home page it precaches carries a mark. The server's files are the new build.
  const OLD = 'old-build';
  const oldWorker = (url: URL) => url.pathname === '/sw.js';
  const oldHome = (url: URL) => url.pathname === '/index.html';
  await context.route(oldWorker, async (route) =>
    route.fulfill({ response: await route.fetch(), body: sw.replace(`url:"index.html",revision:"${revision}"`, `url:"index.html",revision:"${OLD}"`) }),
  );
  await context.route(oldHome, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('</main>', `<p id="${OLD}">旧版本</p></main>`) });
  });
  await visitHomeOnce(page);
  await context.setOffline(true);
  await page.goto('/');
  await expect(page.locator(`#${OLD}`), 'offline, the old build is what the phone has').toBeVisible();
  await context.setOffline(false);

  // The new build is deployed: the browser finds a different worker and installs it.
  await context.unroute(oldWorker);
  await context.unroute(oldHome);
  await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update();
    const next = registration.installing ?? registration.waiting;
    if (!next) throw new Error('no new worker after update()');
    await new Promise<void>((resolve) => {
      const done = () => next.state === 'activated' && resolve();
      next.addEventListener('statechange', done);
      done();
    });
  });

  // Only the new revision of the home page is left in the caches, and it is what opens offline.
  const revisions = await page.evaluate(async () => {
    const found: (string | null)[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) {
        const url = new URL(req.url);
        if (url.pathname === '/index.html') found.push(url.searchParams.get('__WB_REVISION__'));
      }
    }
    return found;
  });
  expect(revisions).toEqual([revision]);
  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator(`#${OLD}`)).toHaveCount(0);
});

test('after a new build, a page the phone has not saved comes from the network while online; the saved 404 page only offline', async ({ page, context }) => {
  // The phone's worker is from an "old build" that did not have /deadlines/ yet: its precache list
  // lacks the page. The server's files are the new build, which has it.
  const NEW_PAGE = '/deadlines/';
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const entry = /\{url:"deadlines\/index\.html",revision:"[0-9a-f]+"\},?/.exec(sw)?.[0];
  expect(entry, 'dist/sw.js precaches deadlines/index.html').toBeTruthy();
  await context.route((url) => url.pathname === '/sw.js', async (route) => route.fulfill({ response: await route.fetch(), body: sw.replace(entry!, '') }));
  await visitHomeOnce(page);

  await test.step('online: the new page itself, not the saved 404 page', async () => {
    const response = await page.goto(NEW_PAGE);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('找不到这个页面');
    await expect(page.locator('[data-offline-note]')).toBeHidden();
  });

  await test.step('offline: the saved 404 page, which says there is no network', async () => {
    await context.setOffline(true);
    await page.goto(NEW_PAGE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
    await expect(page.locator('[data-offline-note]')).toBeVisible();
    await context.setOffline(false);
  });

  await test.step('online, an address that does not exist: the server\'s 404 answer', async () => {
    const response = await page.goto('/documents/nowhere-2099/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  });
});
