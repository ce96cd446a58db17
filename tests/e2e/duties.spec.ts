/**
 * The duty pages on a 390 px phone: a teacher's page for each document shows the reporting duty
 * with the document's own deadline words and the police as the body told, and its citation opens
 * the document at that clause; the compare page marks silence and what only one document has;
 * the deadlines page orders time limits; the role chooser remembers (and forgets) on the device;
 * no sideways scroll, no JavaScript on duty pages, axe. Every test also fails on any request to
 * another origin (helpers.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { documentIds, expect, expectNoSeriousAxeViolations, test, isOfflineScript } from './helpers.ts';

/** The deadline words each of the first documents uses for the teacher's duty to report to the police. */
const REPORT_WORDS: Record<string, string> = {
  'ningcheng-2017': '第一时间',
  'template-township': '第一时间',
  'wuhai-2016': '第一时间',
  'sixian-2020': '第一时间',
  'longli-2017': '及时',
};

const REMEMBER_KEY = 'liushou-ertong:document';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width}px wide`).toBeLessThanOrEqual(390);
}

/** The card of the duty to report to the police (mechanism 强制报告, telling 公安机关). */
function reportCard(page: Page): Locator {
  return page
    .locator('article.duty')
    .filter({ has: page.locator('dd', { hasText: /^强制报告$/ }) })
    .filter({ has: page.locator('dd.notify', { hasText: '公安机关' }) })
    .first();
}

/** The text of an element as the document's words: correction marks and lost-text notes left out. */
async function documentWords(target: Locator): Promise<string> {
  return target.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const x of copy.querySelectorAll('.fix-mark, .lost, del, .sr-only')) x.remove();
    return (copy.textContent ?? '').replace(/\s+/g, '');
  });
}

for (const doc of documentIds) {
  test(`the school's page for ${doc} shows the duty to report, and its citation opens the clause`, async ({ page }) => {
    const response = await page.goto(`/roles/school/${doc}/`);
    expect(response?.status()).toBe(200);
    const card = reportCard(page);
    await expect(card).toBeVisible();
    // A document added later is held to having deadline words; the first five to theirs.
    await expect(card.locator('.duty-deadline .words').first()).toHaveText(REPORT_WORDS[doc] ?? /\S/);
    await expect(card.locator('dd.notify')).toContainText('公安机关');
    const quote = ((await card.locator('blockquote').first().textContent()) ?? '').replace(/\s+/g, '');
    expect(quote.length).toBeGreaterThan(5);
    // What the bodies told do next is listed, each step with its basis and its own citation.
    await expect(card.locator('.next li .basis').first()).toHaveText(/^(文件写明的下一步|文件未写明，此步为推断)/);
    await expect(card.locator('.next a.duty-cite').first()).toHaveAttribute('href', new RegExp(`^/documents/${doc}/#`));

    const href = (await card.locator('a.duty-cite:not(.compact)').getAttribute('href'))!;
    const anchor = /#([^:]+)/.exec(href)![1]!;
    expect(href).toMatch(new RegExp(`^/documents/${doc}/#${anchor}:~:text=`));
    await page.goto(href);
    const target = page.locator(':target');
    await expect(target).toHaveAttribute('id', anchor);
    await expect(target).toBeInViewport();
    expect(await documentWords(target)).toContain(quote);
  });
}

test("a clause's duty line on the document page leads to the duties page and on to the duty card", async ({ page }) => {
  await page.goto('/documents/ningcheng-2017/');
  const line = page.locator('.document-text p.duties a').first();
  await expect(line).toHaveText(/^本[条表]有 \d+ 项职责$/);
  const n = Number(/\d+/.exec((await line.textContent())!)![0]);
  // Written relative to the document page (duties/#…), as every duty line is.
  const href = new URL((await line.getAttribute('href'))!, page.url()).href.replace(/^https?:\/\/[^/]+/, '');
  expect(href).toMatch(/^\/documents\/ningcheng-2017\/duties\/#./);
  await line.click();
  const group = page.locator(':target');
  await expect(group).toHaveAttribute('id', href.split('#')[1]!);
  await expect(group).toBeInViewport();
  await expect(group.locator('li')).toHaveCount(n);
  // The group's heading goes back to the clause; each act to its card on the role page.
  await expect(group.locator('h2 a')).toHaveAttribute('href', `/documents/ningcheng-2017/#${href.split('#')[1]}`);
  const duty = group.locator('li a').first();
  const action = ((await duty.textContent()) ?? '').trim();
  await duty.click();
  await expect(page).toHaveURL(/\/roles\/[a-z-]+\/ningcheng-2017\/#d[0-9a-z]{5}$/);
  const card = page.locator(':target');
  await expect(card).toBeInViewport();
  await expect(card).toContainText(action.slice(0, 8));
  await expectNoSidewaysScroll(page);
});

test('a role page is static, marked for search, and fits the phone', async ({ page }) => {
  // Measures every citation link one by one (a round trip each): slow under load, so more time, same checks.
  test.setTimeout(90_000);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/roles/school/ningcheng-2017/');
  expect(scripts.filter((u) => !isOfflineScript(u))).toEqual([]);
  expect(await page.locator('main script').count()).toBe(0);
  await expect(page.locator('main [data-pagefind-body]')).toHaveCount(1);
  await expect(page.locator('[data-pagefind-filter="文件"]')).toHaveText('宁城县（2017）');
  await expect(page.locator('[data-pagefind-filter="角色"]')).toHaveText('学校');
  // Situations are h2, duties h3, hand-offs h4: headings in order.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('学校的职责');
  await expect(page.getByRole('heading', { level: 2, name: '脱离监护单独居住生活' })).toBeVisible();
  // Tap targets: citation links and the situation list are at least 44 px high.
  for (const link of await page.locator('a.duty-cite, nav.jump a').all()) {
    const box = await link.boundingBox();
    if (box) expect(box.height, await link.textContent() ?? '').toBeGreaterThanOrEqual(43.5);
  }
  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolations(page);
});

test('where a document is silent for a role, the page says so and links to the comparison of that role and situation', async ({ page }) => {
  await page.goto('/roles/school/sixian-2020/');
  const silent = page.locator('.situation').filter({ hasText: '本文件未规定' }).first();
  await expect(silent).toBeVisible();
  const situation = (await silent.getAttribute('id'))!.replace(/^situation-/, '');
  // One link, not a list of every other document.
  await expect(silent.locator('.elsewhere a')).toHaveCount(1);
  const other = silent.locator('.elsewhere a');
  await expect(other).toHaveAttribute('href', `/compare/${situation}/school/`);
  await other.click();
  const docs = page.locator('section.doc[data-document]');
  expect(await docs.count()).toBeGreaterThan(0);
  await expect(page.locator('section.doc[data-document="sixian-2020"]')).toHaveCount(0);
  // Each document's heading opens that role's page at the situation.
  await expect(docs.first().locator('h2 a')).toHaveAttribute('href', new RegExp(`^/roles/school/[a-z0-9-]+/#situation-${situation}$`));
  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolations(page);
});

test('where the source lost text (乌海), silence is only that of the surviving text', async ({ page }) => {
  await page.goto('/roles/school/wuhai-2016/');
  const silent = page.locator('.situation').filter({ hasText: '现存文本未规定' }).first();
  await expect(silent).toBeVisible();
  await expect(silent).toContainText('原文有缺失');
  await expect(silent.getByRole('link', { name: '见更正说明' })).toHaveAttribute('href', '/documents/wuhai-2016/corrections/');
  await expect(page.locator('.situation').filter({ hasText: '本文件未规定' })).toHaveCount(0);
  await page.goto('/compare/');
  await expect(page.locator('.only .mark').filter({ hasText: '乌海市（原文有缺失）' }).first()).toBeVisible();
});

test('the compare page shows silence and marks the 12355 line as only 泗县', async ({ page }) => {
  // axe over the whole table (a column more since the laws', issue 17) outlasts 30 s on a loaded machine.
  test.slow();
  await page.goto('/compare/');
  await expect(page.locator('.only li', { hasText: '12355' }).locator('.mark')).toHaveText('仅泗县有');
  // The index links each situation's table (a page per ten documents): the one holding 泗县's 12355
  // line (a situation where only the laws' hotline is named has a 12355 row too, marked as the law's).
  const section = page.locator('details.compare-section');
  const row = section.locator('tr', { has: page.locator('th', { hasText: '12355' }) }).filter({ has: page.locator('.mark', { hasText: '泗县' }) });
  let found = false;
  for (const href of await page.locator('section.situation h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await page.goto(href);
    if (await row.count()) {
      found = true;
      break;
    }
  }
  expect(found).toBe(true);
  await expect(section).toHaveAttribute('open', '');
  await expect(row.locator('.mark')).toHaveText(['仅泗县有']);
  await expect(row.locator('td:not(.silent)')).toHaveCount(1);
  await expect(row.locator('td:not(.silent) .doc')).toHaveText('泗县（2020）');
  await expect(row.locator('td.silent', { hasText: '宁城县' })).toContainText('本文件未规定');
  // 乌海's source lost text: its silence is only that of what survives.
  await expect(row.locator('td.silent', { hasText: '乌海市' })).toContainText('现存文本未规定');
  await expect(section.getByText('本文件未规定').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolations(page);
});

test('the compare page has a row for what only the laws provide: every county silent, the law column filled', async ({ page }) => {
  await page.goto('/compare/parents-leaving/');
  const row = page.locator('details.compare-section tr', { has: page.locator('.mark', { hasText: '各文件未规定，法律有规定' }) }).first();
  await expect(row).toBeVisible();
  await expect(row.locator('td.silent').first()).toContainText('未规定');
  await expect(row.locator('[data-other-document]').first()).toContainText('《');
});

test('a link to a situation on the compare page lands on it, and its table is one page away', async ({ page }) => {
  await page.goto('/compare/#situation-missing');
  await expect(page.locator('#situation-missing')).toBeInViewport();
  await page.locator('#situation-missing h3 a').click();
  await expect(page).toHaveURL(/\/compare\/missing\/$/);
  await expect(page.locator('#situation-missing tr').filter({ hasText: '强制报告' }).first()).toBeVisible();
});

test('the deadlines page puts time limits first, marks passed dates, and shows 龙里\'s one-week rule apart as a threshold', async ({ page }) => {
  // The index links a page per document; an old link to a document's part lands on its line.
  await page.goto('/deadlines/#document-longli-2017');
  await page.locator('#document-longli-2017 a').click();
  await expect(page).toHaveURL(/\/deadlines\/longli-2017\/$/);
  const longli = page.locator('#document-longli-2017');
  const groups = await longli.locator('h3').allTextContents();
  expect(groups[0]).toBe('时限：第一时间／立即／及时／迅速／随时');
  // Only the time limits are called 时限; the one-week rule is a threshold, after the note that sets thresholds apart.
  expect(groups.filter((g) => g.startsWith('时限'))).toHaveLength(1);
  await expect(longli.locator('section.threshold h3', { hasText: '超过一个星期' })).toBeVisible();
  await expect(longli.locator('section.threshold').first().locator('.apart')).toHaveText(/不是时限/);
  // 龙里's campaign ended in 2017: every due date of it is marked passed.
  const due = longli.locator('section.due li');
  expect(await due.count()).toBeGreaterThan(0);
  await expect(due.filter({ hasNot: page.locator('.passed-mark') })).toHaveCount(0);
  await expect(longli.locator('section.threshold li', { hasText: '超过一个星期' }).first().locator('a.duty-cite')).toHaveAttribute('href', /^\/documents\/longli-2017\/#/);
  for (const other of documentIds.filter((d) => d !== 'longli-2017')) {
    await page.goto(`/deadlines/${other}/`);
    await expect(page.locator(`#document-${other} h3`, { hasText: '超过一个星期' })).toHaveCount(0);
  }
  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolations(page);
});

test('the roles index lists roles with counts', async ({ page }) => {
  await page.goto('/roles/');
  const school = page.locator('.roles a[href="/roles/school/"]');
  await expect(school).toContainText('学校');
  // Every document gives schools a duty (tests/unit/duties.test.ts), so the count is the registry's.
  await expect(school).toContainText(new RegExp(`${documentIds.length} 个文件 · 共 \\d+ 件职责`));
  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolations(page);
});

test.describe('the role chooser', () => {
  test('remembers the chosen document on the device and can forget it', async ({ page }) => {
    await page.goto('/roles/school/');
    await expect(page.locator('.remembered')).toBeHidden();
    await page.locator('.choices a[data-document="ningcheng-2017"]').click();
    await expect(page).toHaveURL(/\/roles\/school\/ningcheng-2017\/$/);
    await page.goto('/roles/police/');
    const last = page.locator('.remembered .last a');
    await expect(last).toHaveText('宁城县（2017）');
    await expect(last).toHaveAttribute('href', /\/roles\/police\/ningcheng-2017\/$/);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: '清除本机记录' }).click();
    await expect(page.locator('.remembered')).toContainText('已清除');
    expect(await page.evaluate((k) => localStorage.getItem(k), REMEMBER_KEY)).toBeNull();
  });

  test('ignores and clears a corrupt stored value, saying so', async ({ page }) => {
    await page.goto('/roles/school/');
    await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"document":"nowhere-1999"'), REMEMBER_KEY);
    await page.reload();
    await expect(page.locator('.remembered .cleared')).toBeVisible();
    await expect(page.locator('.remembered .last')).toBeHidden();
    expect(await page.evaluate((k) => localStorage.getItem(k), REMEMBER_KEY)).toBeNull();
  });

  test('works without JavaScript', async ({ newGuardedContext }) => {
    const context = await newGuardedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/roles/school/');
    await expect(page.locator('.remembered')).toBeHidden();
    await expect(page.locator('.choices a')).toHaveCount(documentIds.length);
    await page.locator('.choices a[data-document="wuhai-2016"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('学校的职责');
    await expect(reportCard(page)).toBeVisible();
  });
});
