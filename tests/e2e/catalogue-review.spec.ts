/**
 * Faults of the catalogue found in review, as a reader meets them: 乌海's 人身保护令 is a
 * numbered step once the order is served (and 情节严重 brings no 告诫书 step), and the sanction
 * for not reporting names who imposes it (上级机关和有关部门), on the walkthrough and on that
 * body's own page.
 */
import { expect, expectNoSeriousAxeViolations, test } from './helpers.ts';

test('乌海, police, 家庭暴力: once the 人身保护令 is served, helping enforce it is a numbered step, quoted and cited', async ({ page }) => {
  await page.goto('/walkthroughs/abuse/wuhai-2016/police/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('情节较轻');
  await page.getByRole('link', { name: '情节严重' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('构成犯罪');
  await page.getByRole('link', { name: '没有或还不知道' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('人身保护令');
  await page.getByRole('link', { name: '已经送到' }).click();
  await expect(page).toHaveURL(/\/walkthroughs\/abuse\/wuhai-2016\/police\/minor-no\/crime-no\/protection-order-yes\/$/);
  const step = page.locator('.steps > li').filter({ has: page.locator('h3', { hasText: '人身保护令' }) });
  await expect(step).toHaveCount(1);
  await expect(step.locator('blockquote.doc-quote mark.m-when').first()).toHaveText(/^对申请人身保护令的留守儿童/);
  await expect(step.locator('blockquote.doc-quote')).toContainText('公安机关及村(居)民委员会应当协助执行');
  await expect(step.locator('.cite a').first()).toHaveAttribute('href', /^\/documents\/wuhai-2016\/#s3-p4/);
  // 情节严重: no 告诫书 is given, so no step sends one to the village.
  await expect(page.locator('.steps > li, details.more li').filter({ hasText: '告诫书送交' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test('乌海, police: no order served, no 人身保护令 step', async ({ page }) => {
  await page.goto('/walkthroughs/abuse/wuhai-2016/police/minor-no/crime-no/protection-order-no/');
  await expect(page.locator('.steps > li, details.more li').filter({ hasText: '人身保护令送达后' })).toHaveCount(0);
});

test('宁城, a teacher who did not report: 不做会怎样 names who sanctions, and that body\'s page lists it', async ({ page }) => {
  await page.goto('/walkthroughs/abuse/ningcheng-2017/school/');
  const sanction = page.locator('section[aria-labelledby="if-not-h"] li').filter({ hasText: '严肃追责' });
  await expect(sanction.locator('.who')).toHaveText('上级机关和有关部门');
  await page.goto('/roles/superior-authority/ningcheng-2017/');
  await expect(page.locator('#sanctions article.duty')).toContainText('其上级机关和有关部门要严肃追责');
});
