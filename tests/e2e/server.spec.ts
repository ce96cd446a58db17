/**
 * `npm start` and these tests serve dist/ as a static host would (`npm run serve`: serve with
 * serve.json): the site's own 404 page, a redirect to the trailing slash, no stack trace for a
 * strange address, long shared links; and the search page copes with a link longer than it uses.
 */
import { expect, test } from './helpers.ts';

/** What no answer of the server may show: a stack trace or this machine's paths. */
const LEAK = /\bat .+:\d+:\d+|node_modules|\/work\/|\/home\/|\/root\//;

test('an address without its trailing slash is redirected to it, with the query kept', async ({ request }) => {
  const r = await request.get('/documents/wuhai-2016?x=1', { maxRedirects: 0 });
  expect(r.status()).toBe(301);
  expect(new URL(r.headers().location!, 'http://x').pathname).toBe('/documents/wuhai-2016/');
  const followed = await request.get('/roles/school');
  expect(followed.status()).toBe(200);
  expect(new URL(followed.url()).pathname).toBe('/roles/school/');
});

test('a missing page gets the site\'s own 404 page, with its status', async ({ request }) => {
  for (const path of ['/nowhere/', '/documents/nowhere-2099/', '/nowhere.html', '/_astro/nowhere.js']) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(404);
    expect(await r.text(), path).toContain('找不到这个页面');
  }
});

test('strange addresses get a plain answer, never a stack trace or a path of the server', async ({ request }) => {
  // An encoded slash (Astro's preview answered 500 with a stack trace), a broken escape, a way out of dist/.
  for (const path of ['/documents%2Fwuhai-2016/', '/%E0%A4%A/', '/..%2F..%2Fetc%2Fpasswd', '/%2e%2e/%2e%2e/']) {
    const r = await request.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBeLessThan(500);
    expect(await r.text(), path).not.toMatch(LEAK);
  }
  // A NUL byte in the path: serve answers 500, a plain page without the error it logs.
  const nul = await request.get('/search/%00/', { maxRedirects: 0 });
  expect(await nul.text()).not.toMatch(LEAK);
});

test('a long shared search link is served, and the page says it searched the beginning only', async ({ page }) => {
  const long = `强制报告 ${'留守儿童'.repeat(250)}`;
  const response = await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('[data-search-cut]')).toHaveText('搜索词太长，只按前 100 个字搜索。');
  expect([...(await page.locator('#q').inputValue())].length).toBeLessThanOrEqual(100);
  // The address keeps only what was searched.
  await expect.poll(() => [...(new URL(page.url()).searchParams.get('q') ?? '')].length).toBeLessThanOrEqual(100);
  await expect(page.locator('[data-search-status]')).not.toHaveText('');
  // Typing a short query again clears the note.
  await page.locator('#q').fill('强制报告');
  await expect(page.locator('[data-search-cut]')).toBeHidden();
});

test('the search boxes hold at most 200 characters in HTML', async ({ request }) => {
  for (const path of ['/search/', '/', '/nowhere/']) {
    const html = await (await request.get(path)).text();
    const inputs = [...html.matchAll(/<input\b[^>]*\bname="q"[^>]*>/g)].map((m) => m[0]);
    expect(inputs.length, path).toBeGreaterThan(0);
    for (const input of inputs) expect(input, path).toMatch(/\smaxlength="200"/);
  }
});

test('the service worker is never cached by the browser; hashed bundles are kept a year', async ({ request }) => {
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  const home = await (await request.get('/')).text();
  const bundle = /src="(\/_astro\/[^"]+\.js)"/.exec(home)?.[1];
  expect(bundle, 'the home page loads a bundle from /_astro/').toBeTruthy();
  expect((await request.get(bundle!)).headers()['cache-control']).toMatch(/max-age=31536000.*immutable/);
});
