/**
 * Issue 17 in the browser, at 390 px with JavaScript off: 「我的县不在这里」 leads on to the same
 * walkthrough drawn from the national laws alone, to an outcome page of its own that quotes the
 * article and says local rules may add to it; a county's outcome shows the law beside its steps,
 * marked as another document's, never among the county's numbered steps; both print on one page
 * and pass axe.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { LAW_CASES } from '../outcomes/law-cases.ts';
import { walkToOutcome } from '../outcomes/walk.ts';
import { expect, expectNoSeriousAxeViolations, test } from './helpers.ts';

test.use({ javaScriptEnabled: false });
// Each test walks several pages, runs axe twice and prints: more than the default 30 s on a loaded machine.
test.describe.configure({ timeout: 120_000 });

/** axe needs scripts: the same address opened in a context with JavaScript on. */
async function axeAt(newGuardedContext: (o?: { javaScriptEnabled?: boolean }) => Promise<BrowserContext>, url: string) {
  const page = await (await newGuardedContext({ javaScriptEnabled: true })).newPage();
  await page.goto(url);
  await expectNoSeriousAxeViolations(page);
}

const pageCount = async (page: Page) => {
  await page.emulateMedia({ media: 'print' });
  const pages = ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  await page.emulateMedia({ media: 'screen' });
  return pages;
};

test('from 「我的县不在这里」 to a national outcome by plain links: the article quoted, local rules said to add to it', async ({ page, newGuardedContext }) => {
  await page.goto('/walkthroughs/');
  await page.getByRole('link', { name: /^\s*孩子一个人在家/ }).first().click();
  await page.getByRole('link', { name: /没有危险/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您在哪个县？');
  await page.getByRole('link', { name: /^\s*我的县不在这里/ }).click();
  await expect(page).toHaveURL(/\/walkthroughs\/living-alone\/national\/$/);
  await expect(page.locator('[data-national-notice]')).toContainText('民政办');
  await expect(page.locator('.chosen')).toContainText('国家法律');
  await axeAt(newGuardedContext, page.url());

  await page.getByRole('link', { name: '老师 / 学校', exact: true }).click();
  await expect(page).toHaveURL(/\/walkthroughs\/living-alone\/national\/school\/$/);
  const steps = page.locator('[data-group="steps"] .steps > li');
  await expect(steps.first()).toContainText('立即');
  await expect(steps.first()).toContainText('向公安、民政、教育等有关部门报告');
  const cite = steps.first().locator('.cite a');
  await expect(cite).toContainText('《未成年人保护法》');
  await expect(cite).toContainText('第十一条第二款');
  await expect(cite).toHaveAttribute('href', /^\/documents\/law-minors-2024\/#a11-p2/);
  await expect(page.locator('[data-national-notice]')).toContainText('可能还有更具体的规定');
  await expect(page.locator('.record')).toContainText('2024年4月26日修正');
  await axeAt(newGuardedContext, page.url());
  expect(await pageCount(page)).toBe(1);
});

test('a national outcome with questions is reached the same way, each state its own address', async ({ page, newGuardedContext }) => {
  const c = LAW_CASES.find((x) => x.id === 'nat-village-guardian-failing')!;
  await walkToOutcome(page, c);
  await expect(page).toHaveURL(/\/walkthroughs\/guardian-failing\/national\/village-committee\/carer-able-no\/$/);
  await expect(page.locator('[data-group="steps"]')).toContainText('予以劝诫、制止');
  await expect(page.locator('[data-group="steps"]')).toContainText('第一百一十八条');
  await axeAt(newGuardedContext, page.url());
});

test('a county\'s outcome shows the law beside its steps, marked as the law\'s, never among the county\'s steps', async ({ page, newGuardedContext }) => {
  const c = LAW_CASES.find((x) => x.id === 'nc-school-living-alone-law')!;
  await walkToOutcome(page, c);
  const law = page.locator('[data-group="law"]');
  await expect(law.getByRole('heading', { level: 2 })).toHaveText('法律还规定');
  await expect(law).toHaveAttribute('data-other-document', 'national');
  await expect(law.locator('[data-law-more]')).toContainText('法律要求同时报告民政、教育部门');
  await expect(law.locator('[data-older-than-law]')).toHaveText('本文件制定于2017年，此后《未成年人保护法》于2020年修订、2024年修正。');
  await expect(law).toContainText('《未成年人保护法》2024年4月26日修正');
  const step = law.locator('.law-step').first();
  await expect(step).toHaveAttribute('data-other-document', 'law-minors-2024');
  await expect(step.locator('.cite a')).toHaveAttribute('href', '/documents/law-minors-2024/#a11-p2');
  // The numbered steps are the county's alone.
  expect(await page.locator('[data-group="steps"] .steps > li[data-entry^="law-"]').count()).toBe(0);
  expect(await page.locator('[data-group="steps"] .steps > li').count()).toBeGreaterThan(0);
  await axeAt(newGuardedContext, page.url());
  expect(await pageCount(page)).toBe(1);
});

test('/compare/ has a column 「国家法律」 and a role page a section of the role\'s national duties, each entry marked as its law\'s', async ({ page }) => {
  await page.goto('/compare/living-alone/');
  await expect(page.locator('table.compare thead th').last()).toHaveText('国家法律');
  const cell = page.locator('td[data-law-column]:not(.silent)').first();
  await expect(cell.locator('li').first()).toHaveAttribute('data-other-document', /^(law|reg)-/);
  await page.goto('/roles/school/ningcheng-2017/');
  const national = page.locator('#national');
  await expect(national.getByRole('heading', { level: 2 })).toHaveText('国家法律规定的职责');
  await expect(national.locator('li[data-entry="law-minors-2024/mandatory-report"]')).toHaveAttribute('data-other-document', 'law-minors-2024');
  await expect(national).toContainText('《未成年人保护法》');
});
