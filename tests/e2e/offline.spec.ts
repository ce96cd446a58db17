/**
 * Offline, county by county (integrations/offline.ts, src/offline/, docs/009-offline-packs.md):
 * the first visit installs only the shell (counted in requests and bytes); a county saved with
 * 「保存到这部手机」 (size before the tap, progress, 取消, 已保存) then works with no network, search
 * included, while another county's page says it was not saved; 删除 removes it; after a new build a
 * saved county is updated as a whole; pages visited are kept.
 *
 * The service worker is blocked in every other test file (playwright.config.ts); on here.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { dist, recordViolations } from './csp.ts';
import { expect, frontmatter, test } from './helpers.ts';
import { packBundle, unpackBundle } from '../../src/offline/bundle.ts';
import { packOf, sizeLabel, type PackList, type PacksFile } from '../../src/offline/packs.ts';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 120_000 });

const packs = (JSON.parse(readFileSync(join(dist, 'offline/packs.json'), 'utf8')) as PacksFile).packs;
const ids = packs.map((p) => p.id);
const listOf = (id: string) => JSON.parse(readFileSync(join(dist, `offline/packs/${id}.json`), 'utf8')) as PackList;
// The smallest county's pack is saved (the quickest download); another document's pages stay unsaved.
// (The laws' pack, national, is no county: laws.spec.ts checks it.)
const saved = [...packs].filter((p) => p.kind !== 'laws').sort((a, b) => a.bytes - b.bytes)[0]!;
const other = packs.find((p) => p.id !== saved.id && p.kind === 'county')!;
const NOT_SAVED = '这一页没有保存到这部手机';
const OFFLINE_NOTE = '现在没有网络。本站看过的页面和保存到这部手机的县仍可查看。';

/** A page of the saved pack whose address starts with `prefix` (the last listed: far from any link followed before). */
function pageOf(prefix: string): string {
  const url = listOf(saved.id).files.map((f) => f.url).filter((u) => u.startsWith(prefix) && u.endsWith('/')).at(-1);
  expect(url, `a page under ${prefix} in pack ${saved.id}`).toBeTruthy();
  return url!;
}

/** An outcome page of the saved document, from the open data. */
function outcomeOf(id: string): string {
  const { outcomes } = JSON.parse(readFileSync(join(dist, `data/walkthroughs/${id}.json`), 'utf8')) as { outcomes: { url: string; document: string }[] };
  const url = outcomes.at(-1)?.url;
  expect(url, `an outcome of ${id} in /data/walkthroughs.json`).toBeTruthy();
  return new URL(url!, 'http://x').pathname;
}

/** Opens the home page and waits until the worker has installed the shell and controls the page. */
async function visitHomeOnce(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
}

/** Every cache and the addresses it holds. */
const cacheContents = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });

const packCaches = async (page: Page) => Object.entries(await cacheContents(page)).filter(([name]) => name.startsWith('offline-pack:'));

const box = (page: Page) => page.locator(`[data-pack="${saved.id}"]`);

async function expectSavedPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(NOT_SAVED);
}

/** Slows this page's downloads (bytes per second; -1 lifts it), so progress can be seen. */
async function throttle(context: BrowserContext, page: Page, bytesPerSecond: number) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: bytesPerSecond, uploadThroughput: -1 });
}

test('the first visit installs only the shell, at most 500 KB over the wire, and the site is installable', async ({ page, context }) => {
  const fetched: { url: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (r) => {
    pending.push(r.sizes().then((s) => void fetched.push({ url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
  });
  await visitHomeOnce(page);
  const cached = Object.entries(await cacheContents(page));
  await Promise.all(pending);

  await test.step('the shell and nothing of any county', async () => {
    const shell = cached.filter(([name]) => name.includes('precache')).flatMap(([, urls]) => urls);
    expect(shell).toEqual(expect.arrayContaining(['/index.html', '/search/index.html', '/offline/index.html', '/offline/not-saved/index.html', '/walkthroughs/index.html', '/offline/packs.json']));
    expect(shell.filter((u) => packOf(u, ids)), 'no page of a document in the shell').toEqual([]);
    expect(cached.filter(([name]) => name.startsWith('offline-pack:'))).toEqual([]);
    expect(fetched.filter((f) => f.url.includes('/offline/packs/') || packOf(new URL(f.url).pathname, ids))).toEqual([]);
    // The precache's own requests are among those counted (the worker's fetches are reported too).
    const urls = new Set(fetched.map((f) => new URL(f.url).pathname));
    expect(shell.filter((u) => !urls.has(u) && !urls.has(u.replace(/index\.html$/, ''))), 'shell files not counted').toEqual([]);
  });

  await test.step('at most 500 KB over the wire in all', async () => {
    const bytes = fetched.reduce((n, f) => n + f.bytes, 0);
    test.info().annotations.push({ type: 'first visit', description: `${fetched.length} requests, ${(bytes / 1024).toFixed(1)} KB over the wire` });
    expect(bytes).toBeLessThanOrEqual(500 * 1024);
  });

  await test.step('installable: a Chinese name, icons, and Chromium finds nothing missing', async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(href!)).json()) as {
      name: string;
      short_name: string;
      lang: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toMatch(/留守儿童/);
    expect(manifest.short_name).toMatch(/^[\u4e00-\u9fff]{2,12}$/);
    expect(manifest.lang).toBe('zh-CN');
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png' && (i.purpose ?? 'any').includes('any'));
      expect(icon, `a ${size} PNG icon`).toBeDefined();
      const png = await (await page.request.get(icon!.src)).body();
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(size);
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  });
});

test('a county saved with its size shown, progress and 取消, then 已保存: offline its pages and search work, another county is not saved, 删除 removes it', async ({ page, context }) => {
  const violations = await recordViolations(context);
  await visitHomeOnce(page);
  const save = box(page).getByRole('button', { name: /^保存到这部手机/ });

  await test.step('the document page links to its box on /offline/, with the size before the tap, as the build measured it', async () => {
    await page.goto(`/documents/${saved.id}/`);
    const link = page.locator(`[data-save-link="${saved.id}"] a`);
    await expect(link).toHaveText(`把${saved.title}保存到这部手机`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/offline/#save-${saved.id}$`));
    await expect(box(page)).toBeInViewport();
    await expect(save).toHaveText(`保存到这部手机（约 ${sizeLabel(saved.bytes)}）`);
    await expect(box(page).locator('[data-offline-status]')).toHaveText('未保存');
  });

  await test.step('progress, and 取消 leaves nothing saved', async () => {
    await throttle(context, page, 100_000);
    await save.click();
    await expect(box(page).locator('[data-offline-status]')).toHaveText('正在保存');
    await expect.poll(() => box(page).locator('progress').evaluate((p: HTMLProgressElement) => p.value), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect(box(page).locator('[data-progress]')).toHaveText(/^\d+\.\d \/ \d+\.\d MB$/);
    await box(page).getByRole('button', { name: '取消' }).click();
    await expect(box(page).locator('[data-offline-status]')).toHaveText('未保存');
    await expect(box(page).locator('[data-progress]')).toHaveText('已取消，没有保存。');
    expect(await packCaches(page)).toEqual([]);
    await throttle(context, page, -1);
  });

  await test.step('saved whole: 已保存, one cache holding every file of the pack', async () => {
    await save.click();
    await expect(box(page).locator('[data-offline-status]')).toHaveText('已保存', { timeout: 60_000 });
    const held = await packCaches(page);
    expect(held.map(([name]) => name)).toEqual([`offline-pack:${saved.id}:${saved.version}`]);
    expect(held[0]![1].sort()).toEqual(listOf(saved.id).files.map((f) => f.url).sort());
  });

  await context.setOffline(true);
  await expect(page.locator('[data-offline-note]')).toHaveText(OFFLINE_NOTE, { useInnerText: true });

  await test.step('offline: the document, a role page, an outcome, the parents’ page and a card', async () => {
    await page.goto(`/documents/${saved.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(frontmatter(saved.id).title);
    for (const path of [pageOf('/roles/'), outcomeOf(saved.id), `/parents/${saved.id}/`, pageOf('/training/cards/')]) await expectSavedPage(page, path);
  });

  await test.step('offline: search finds the saved county and opens it', async () => {
    await page.goto(`/search/?q=${encodeURIComponent('强制报告')}`);
    const mine = page.locator(`[data-search-results] li a[href*="${saved.id}"]`).first();
    await expect(mine).toBeVisible({ timeout: 20_000 });
    const href = await mine.getAttribute('href');
    await mine.click();
    // The search may point at the paragraph inside the section it found (…-p1).
    await expect(page).toHaveURL(new RegExp(`^${new URL(href!, page.url()).href.replace(/[.?]/g, '\\$&')}`));
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(NOT_SAVED);
  });

  await test.step('offline: another county’s page says it was not saved and links to its save box', async () => {
    await page.goto(`/documents/${other.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_SAVED);
    const how = page.locator('[data-not-saved]');
    await expect(how).toBeVisible();
    await expect(how.locator('strong')).toHaveText(other.title);
    await expect(how.locator('a')).toHaveAttribute('href', `/offline/#save-${other.id}`);
  });

  await test.step('删除 on /offline/ removes it: its pages not visited online are no longer there', async () => {
    await page.goto('/offline/');
    const listed = page.locator(`[data-saved-list] [data-pack="${saved.id}"]`);
    await expect(listed.locator('[data-offline-status]')).toHaveText('已保存');
    await listed.getByRole('button', { name: '删除' }).click();
    await expect(page.locator(`[data-unsaved-list] [data-pack="${saved.id}"] [data-offline-status]`)).toHaveText('未保存');
    expect(await packCaches(page)).toEqual([]);
    await page.goto(pageOf('/roles/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_SAVED);
  });
  await context.setOffline(false);
  expect(violations).toEqual([]);
});

test('after a new build, a saved county is offered 更新 and replaced as a whole', async ({ browser, viewport, isMobile, hasTouch, locale }) => {
  // A copy of dist/ (hard links) served by a second server plays the deployed site. First it is an
  // "old build": its packs.json lists the pack at an old version, whose download has a marked
  // document page, and its worker lists packs.json at another revision. Then the real files are put
  // back: the new build. (Routing cannot play the old build: the browser's own update checks of
  // sw.js are not routed.)
  const OLD = 'oldversion';
  const deployed = await oldBuild(OLD);
  const context = await browser.newContext({ baseURL: deployed.url, serviceWorkers: 'allow', viewport, isMobile, hasTouch, locale });
  try {
    const page = await context.newPage();
    await visitHomeOnce(page);
    // A page that carries the pack's box, and shows the marked document page's state below it.
    const parents = `/parents/${saved.id}/`;
    await page.goto(parents);
    await box(page).getByRole('button', { name: /^保存到这部手机/ }).click();
    await expect(box(page).locator('[data-offline-status]')).toHaveText('已保存', { timeout: 60_000 });
    await page.goto(`/documents/${saved.id}/`);
    await expect(page.locator(`#${OLD}`), 'the saved old version is what the phone shows').toBeVisible();
    await page.goto(parents);

    // The new build is deployed: the browser finds a different worker, which lists the new packs.json.
    deployed.deployNew();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    await test.step('the page says a newer version exists and offers 更新 with its size', async () => {
      await expect(box(page).locator('[data-offline-status]')).toHaveText('已保存，有新版本', { timeout: 30_000 });
      await expect(box(page).getByRole('button', { name: /^更新/ })).toHaveText(`更新（约 ${sizeLabel(saved.bytes)}）`);
      await page.goto(`/documents/${saved.id}/`);
      await expect(page.locator(`#${OLD}`), 'until then the old version, whole').toBeVisible();
      await page.goto(parents);
    });

    await test.step('更新: the new version whole, the old one gone', async () => {
      await box(page).getByRole('button', { name: /^更新/ }).click();
      await expect(box(page).locator('[data-offline-status]')).toHaveText('已保存', { timeout: 60_000 });
      const held = await packCaches(page);
      expect(held.map(([name]) => name)).toEqual([`offline-pack:${saved.id}:${saved.version}`]);
      expect(held[0]![1].sort()).toEqual(listOf(saved.id).files.map((f) => f.url).sort());
      await context.setOffline(true);
      await page.goto(`/documents/${saved.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(frontmatter(saved.id).title);
      await expect(page.locator(`#${OLD}`)).toHaveCount(0);
    });
  } finally {
    await context.close();
    deployed.stop();
  }
});

/**
 * dist/ as an old build would have been, served on E2E_PORT + 1: hard links to dist/'s files, but
 * for sw.js, packs.json and the saved pack's download (new files: a hard link is never written).
 */
async function oldBuild(old: string): Promise<{ url: string; deployNew: () => void; stop: () => void }> {
  const root = mkdtempSync(join(tmpdir(), 'offline-old-build-'));
  const site = join(root, 'site');
  execFileSync('cp', ['-al', dist, site]);
  copyFileSync('serve.json', join(root, 'serve.json'));
  const replace = (path: string, body: string | Uint8Array) => {
    rmSync(join(site, path), { force: true });
    writeFileSync(join(site, path), body);
  };
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const revision = /\{"revision":"([0-9a-f]+)","url":"offline\/packs\.json"\}/.exec(sw)?.[1];
  expect(revision, 'dist/sw.js precaches offline/packs.json with a revision').toBeTruthy();
  const { list, files } = unpackBundle(gunzipSync(readFileSync(join(dist, saved.bundle))));
  const marked = files.map((f) => (f.url === `/documents/${saved.id}/` ? new TextEncoder().encode(new TextDecoder().decode(f.body).replace('</main>', `<p id="${old}">旧版本</p></main>`)) : f.body));
  const oldFiles = list.files.map((f, i) => ({ ...f, bytes: marked[i]!.length }));
  replace(saved.bundle.replace(saved.version, old), gzipSync(packBundle({ id: saved.id, version: old, files: oldFiles }, marked)));
  replace('offline/packs.json', JSON.stringify({ v: 1, packs: packs.map((p) => (p.id === saved.id ? { ...p, version: old, bundle: p.bundle.replace(p.version, old) } : p)) }));
  replace('sw.js', sw.replace(`{"revision":"${revision}","url":"offline/packs.json"}`, `{"revision":"${old}","url":"offline/packs.json"}`));

  const port = Number(process.env.E2E_PORT ?? 4321) + 1;
  const server = spawn(join(process.cwd(), 'node_modules/.bin/serve'), ['site', '--config', '../serve.json', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-port-switching', '--no-request-logging'], {
    cwd: root,
    env: { ...process.env, NO_UPDATE_CHECK: '1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await fetch(url).catch(() => null))?.status, { timeout: 20_000 }).toBe(200);
  return {
    url,
    deployNew: () => {
      for (const path of ['sw.js', 'offline/packs.json']) replace(path, readFileSync(join(dist, path)));
    },
    stop: () => {
      server.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

test('without a saved copy, the bar says only this page can be read', async ({ newGuardedContext }) => {
  const context = await newGuardedContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/deadlines/');
  await context.setOffline(true);
  await expect(page.locator('[data-offline-note]')).toHaveText('现在没有网络。本站还没有保存到这部手机上，只能看已打开的这一页。', { useInnerText: true });
});

test('a page in no pack: online from the network, offline its copy once visited, else the not-saved page; a wrong address gets the server’s 404', async ({ page, context }) => {
  await visitHomeOnce(page);
  await expectSavedPage(page, '/deadlines/');
  const title = await page.getByRole('heading', { level: 1 }).textContent();

  await context.setOffline(true);
  await test.step('offline: the bar says what still opens, and the page visited opens from its copy', async () => {
    await expect(page.locator('[data-offline-note]')).toHaveText(OFFLINE_NOTE, { useInnerText: true });
    await page.goto('/deadlines/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  });
  await test.step('offline: a page never opened, which names no county', async () => {
    await page.goto('/compare/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_SAVED);
    await expect(page.locator('[data-not-saved]')).toBeHidden();
  });
  await context.setOffline(false);

  const response = await page.goto('/documents/nowhere-2099/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
});

test('a new build replaces the shell files it changed', async ({ page, context }) => {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const revision = /\{"revision":"([0-9a-f]+)","url":"index\.html"\}/.exec(sw)?.[1];
  expect(revision, 'dist/sw.js lists index.html with a revision').toBeTruthy();
  const OLD = 'old-build';
  const oldWorker = (url: URL) => url.pathname === '/sw.js';
  const oldHome = (url: URL) => url.pathname === '/index.html';
  await context.route(oldWorker, async (route) =>
    route.fulfill({ response: await route.fetch(), body: sw.replace(`{"revision":"${revision}","url":"index.html"}`, `{"revision":"${OLD}","url":"index.html"}`) }),
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
