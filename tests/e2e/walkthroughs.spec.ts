/**
 * The walkthroughs at 390 px, as frontline workers would use them: with JavaScript and without,
 * back and 修改回答, the print record on one A4 page, a shared address, the emergency call links,
 * the device's memory, a stale address, and every address the open data lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { documentIds, expect, expectNoSeriousAxeViolations, publicSite, test } from './helpers.ts';
import { readOutcomes } from '../../src/opendata/schemas.ts';

/** From the home page to the outcome: situation, no danger, county, role, then every question answered with its first answer. */
async function walk(page: Page, situation: string, county: string, role: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(`^${situation}`) }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子现在有危险吗？');
  await page.getByRole('link', { name: '现在没有危险' }).click();
  await page.getByRole('link', { name: new RegExp(`^${county}`) }).click();
  await page.getByRole('link', { name: role, exact: true }).click();
  for (let i = 0; i < 4 && (await page.locator('.walk-option').count()) > 0; i++) {
    await page.locator('.walk-option').first().click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您要做的事');
}

/**
 * 现在没有危险 on a start page, once the page's script has pointed it past the remembered choices
 * (a tap before that goes to the county question, as it would on a slow phone).
 */
async function continueRemembered(page: Page, to: RegExp): Promise<void> {
  const link = page.getByRole('link', { name: '现在没有危险' });
  await expect(link).toHaveAttribute('href', to);
  await link.click();
  await expect(page).toHaveURL(to);
}

/** The numbered steps of an outcome, or the plain statement that the document is silent. */
async function expectStepsOrSilence(page: Page, document: string): Promise<string[]> {
  const steps = page.locator('.steps > li h3');
  const n = await steps.count();
  if (n === 0) {
    await expect(page.locator('[data-silent]')).toContainText('未规定');
    return [];
  }
  // Every step is numbered: nothing the role must do is folded away.
  await expect(page.locator('.outcome details.more')).toHaveCount(0);
  for (const href of await page.locator('.steps > li .cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(new RegExp(`^/documents/${document}/#`));
  }
  return steps.allTextContents();
}

const FLOWS = [
  { who: 'a teacher in 宁城', county: '宁城县', role: '老师 / 学校', document: 'ningcheng-2017' },
  { who: 'a village cadre in 龙里', county: '龙里县', role: '村（居）干部', document: 'longli-2017' },
];

for (const f of FLOWS) {
  test(`孩子一个人在家 as ${f.who}, with JavaScript`, async ({ page }) => {
    await walk(page, '孩子一个人在家', f.county, f.role);
    expect(page.url()).toContain(`/walkthroughs/living-alone/${f.document}/`);
    const steps = await expectStepsOrSilence(page, f.document);
    expect(steps.length).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page);
  });

  test(`孩子一个人在家 as ${f.who}, without JavaScript`, async ({ newGuardedContext }) => {
    const page = await (await newGuardedContext({ javaScriptEnabled: false })).newPage();
    await walk(page, '孩子一个人在家', f.county, f.role);
    const steps = await expectStepsOrSilence(page, f.document);
    expect(steps.length).toBeGreaterThan(0);
    // What happens next is open on the page, or one plain line: never an empty fold.
    await expect(page.locator('details.next')).toHaveCount(0);
    if ((await page.locator('[data-group="chain"]').count()) > 0) await expect(page.locator('[data-group="chain"] > ol > li').first()).toBeVisible();
  });
}

/** A walkthrough that asks two questions here (龙里: 超过一个星期, then 劝返无效). */
const TWO = '/walkthroughs/dropout/longli-2017/school/';

test('an answer moves on at once, back returns to the question, 修改回答 changes it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(TWO);
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await expectNoSeriousAxeViolations(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子无故不到校，超过一个星期了吗？');
  await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1));
  await page.getByRole('link', { name: '超过一个星期' }).click();
  await expect(page).toHaveURL(/over-week-yes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('已经劝过孩子回来上学，但孩子还是没回来？');
  expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay), 'no page load between questions').toBe(1);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${TWO}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子无故不到校，超过一个星期了吗？');
  await page.goForward();
  await page.getByRole('link', { name: '劝了，没回来' }).click();
  await expect(page).toHaveURL(/over-week-yes\/return-failed-yes\/$/);
  await expect(page.locator('.walk-answers')).toContainText('已经劝过孩子回来上学，但孩子还是没回来？是');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('已经劝过孩子回来上学，但孩子还是没回来？');
  await page.goForward();
  await page.getByRole('link', { name: '修改回答' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${TWO}$`));
  await page.getByRole('link', { name: '还没有' }).click();
  await expect(page).toHaveURL(/over-week-no\/$/);
  // Neither answer skips the other question.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('已经劝过孩子回来上学，但孩子还是没回来？');
  expect(errors).toEqual([]);
});

test('修改回答 and back work without JavaScript too', async ({ newGuardedContext }) => {
  const page = await (await newGuardedContext({ javaScriptEnabled: false })).newPage();
  await page.goto(TWO);
  await page.getByRole('link', { name: '超过一个星期' }).click();
  await expect(page).toHaveURL(/over-week-yes\/$/);
  await page.getByRole('link', { name: '劝了，没回来' }).click();
  await page.getByRole('link', { name: '修改回答' }).nth(1).click();
  await expect(page).toHaveURL(/over-week-yes\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/return-failed-yes\/$/);
});

test('a shared address opens the same outcome on another device', async ({ page, newGuardedContext }) => {
  await walk(page, '孩子一个人在家', '宁城县', '老师 / 学校');
  const mine = await page.locator('.steps > li h3').allTextContents();
  const other = await (await newGuardedContext()).newPage();
  await other.goto(page.url());
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(await page.getByRole('heading', { level: 1 }).textContent() ?? '');
  expect(await other.locator('.steps > li h3').allTextContents()).toEqual(mine);
});

test('the print view is one A4 page: date, answers, steps, citations, address, 仅供参考', async ({ page }) => {
  await page.goto(`${TWO}over-week-yes/return-failed-yes/`);
  await page.emulateMedia({ media: 'print' });
  const record = page.locator('.record');
  await expect(record).toContainText('仅供参考，不是法律意见');
  await expect(record).toContainText(/打印日期：\d{4}年/);
  await expect(record.locator('[data-address]')).toHaveText(publicSite ? `网址：${publicSite}${TWO.slice(1)}over-week-yes/return-failed-yes/` : '网址未设置');
  await expect(page.locator('.walk-answers')).toBeVisible();
  await expect(page.locator('.steps .cite a').first()).toBeVisible();
  const pageCount = async () => ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(await pageCount()).toBe(1);
  // One of the longest records: five steps with long conditions in the document's words.
  await page.goto('/walkthroughs/living-alone/template-township/village-committee/reachable-no/');
  expect(await page.locator('.steps > li').count()).toBe(5);
  expect(await pageCount()).toBe(1);
});

test('the emergency screen: 110 and (where the document names it) 12355 are tap-to-call, at least 44 px tall', async ({ page }) => {
  await page.goto('/walkthroughs/living-alone/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子现在有危险吗？');
  await page.getByRole('link', { name: '有危险，或者说不准' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('立即拨打 110');
  const call = page.locator('a[href="tel:110"]').first();
  expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expectNoSeriousAxeViolations(page);
  // 泗县's document opens a 12355 line; 宁城's does not name it.
  await page.goto('/walkthroughs/living-alone/sixian-2020/');
  const line = page.locator('a[href="tel:12355"]');
  await expect(line).toHaveCount(1);
  expect((await line.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await page.goto('/walkthroughs/living-alone/ningcheng-2017/');
  await expect(page.locator('a[href="tel:12355"]')).toHaveCount(0);
});

test('the document and role are remembered: the next walkthrough skips both, and shows them with 更改', async ({ page }) => {
  await walk(page, '孩子一个人在家', '宁城县', '老师 / 学校');
  await page.goto('/walkthroughs/missing/');
  await continueRemembered(page, /\/walkthroughs\/missing\/ningcheng-2017\/school\//);
  await expect(page.locator('.chosen')).toContainText('宁城县');
  await page.locator('.chosen a', { hasText: '更改' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您在哪个县？');
});

test('a county and role tapped before the page script has loaded are still remembered', async ({ page }) => {
  // A slow phone: the county page and the role page show their links before their script arrives.
  const noScripts = (route: import('@playwright/test').Route) => route.abort();
  await page.route('**/*.js', noScripts);
  await page.goto('/walkthroughs/missing/county/');
  await page.unroute('**/*.js', noScripts);
  await page.getByRole('link', { name: /^宁城县/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您是？');
  // The role page remembers the county it was reached with; let its script run before the reload blocks it.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('liushou-ertong:document'))).toContain('ningcheng-2017');
  await page.route('**/*.js', noScripts);
  await page.reload();
  await page.unroute('**/*.js', noScripts);
  await page.getByRole('link', { name: '老师 / 学校', exact: true }).click();
  await expect(page.locator('.chosen')).toContainText('老师');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('liushou-ertong:role'))).toBe('school');
  await page.goto('/walkthroughs/abuse/');
  await continueRemembered(page, /\/walkthroughs\/abuse\/ningcheng-2017\/school\//);
  // A shared address opened from elsewhere does not change what this device remembers.
  await page.goto('/walkthroughs/abuse/longli-2017/police/');
  await page.goto('/walkthroughs/abuse/');
  await continueRemembered(page, /\/walkthroughs\/abuse\/ningcheng-2017\/school\//);
});

test('我的县不在这里 says plainly that the library lacks the county, and goes on by the national laws', async ({ page }) => {
  await page.goto('/walkthroughs/living-alone/county/');
  await page.getByRole('link', { name: '我的县不在这里' }).click();
  await expect(page).toHaveURL(/\/walkthroughs\/living-alone\/national\/$/);
  await expect(page.locator('main')).toContainText('本站没有收录您所在县的文件，下面按国家法律法规回答。');
  // Where to find the county's own rules: the township's civil-affairs office.
  await expect(page.locator('main')).toContainText('民政办');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您是？');
});

test('a stale walkthrough address offers to start again', async ({ page }) => {
  const res = await page.goto('/walkthroughs/living-alone/ningcheng-2017/school/no-such-answer/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('#walk-recovery')).toBeVisible();
  await expect(page.locator('#walk-recovery a')).toHaveAttribute('href', '/walkthroughs/living-alone/');
});

test('every address in /data/walkthroughs.json and its parts is a page, labelled for search as a walkthrough', async ({ page }) => {
  const read = (path: string) => JSON.parse(readFileSync(join('dist', path), 'utf8'));
  const data = read('/data/walkthroughs.json') as { walkthroughs: { url: string }[]; parts: { id: string; url: string }[] };
  expect(data.walkthroughs).toHaveLength(10);
  // One part per document of the registry and one for the national walkthrough, each holding only its own outcomes.
  expect(data.parts.map((p) => p.id)).toEqual([...documentIds, 'national'].sort());
  const outcomes = readOutcomes(read);
  for (const p of data.parts) expect((read(p.url) as { outcomes: { document: string }[] }).outcomes.every((o) => o.document === p.id)).toBe(true);
  const urls = [...data.walkthroughs.map((w) => w.url), ...outcomes.map((o) => o.url)];
  expect(urls.filter((u) => !existsSync(join('dist', u, 'index.html')))).toEqual([]);
  await page.goto(outcomes[0]!.url);
  await expect(page.locator('[data-pagefind-meta="kind"]')).toHaveText('walkthrough');
});
