/**
 * The duty catalogue v2 on the role pages (issue 7): 龙里's village page opens with the duty to
 * report, not the court petition; 泗县's living-alone chain reaches 临时监护 by 民政 and the
 * 委托照护 correction, each link with its basis shown; the child director's page of 泗县 and 龙里
 * carries the village's case duties, marked 以村（居）委会名义 with the designating clause.
 */
import { expect, expectNoSeriousAxeViolations, test } from './helpers.ts';

test('龙里\'s village page opens with the duty to report to the police, not the petition to the court', async ({ page }) => {
  await page.goto('/roles/village-committee/longli-2017/');
  const first = page.locator('article.duty').first();
  await expect(first.locator('dd', { hasText: /^强制报告$/ })).toBeVisible();
  await expect(first.locator('dd.notify')).toContainText('公安机关');
  await expect(first.locator('dd.trigger')).not.toBeEmpty();
  // The petition's 六个月以上 is a threshold, never labelled 时限.
  const petition = page.locator('article.duty', { hasText: '撤销监护人资格' }).first();
  await expect(petition.locator('dd.threshold')).toContainText('六个月以上');
  await expect(petition.locator('.duty-deadline .words', { hasText: '六个月以上' })).toHaveCount(0);
});

test('泗县\'s living-alone chain reaches 临时监护 by 民政 and the 委托照护 correction, each link with its basis', async ({ page }) => {
  await page.goto('/roles/school/sixian-2020/#situation-living-alone');
  const card = page.locator('#situation-living-alone article.duty').filter({ has: page.locator('dd', { hasText: /^强制报告$/ }) }).first();
  const chain = card.locator('section.next').filter({ has: page.locator('h4', { hasText: '脱离监护单独居住生活' }) });
  const steps = chain.locator('li');
  const temporary = steps.filter({ has: page.locator('.who', { hasText: '民政部门' }) }).filter({ hasText: '临时监护' }).first();
  await expect(temporary).toBeVisible();
  await expect(temporary.locator('.basis').first()).toHaveText(/文件未写明，此步为推断/);
  // 通知父母 (inferred from the report) → the parents entrust another carer (the text's own step).
  const notify = steps.filter({ hasText: '通知孩子的父母' }).first();
  await expect(notify.locator('.basis').first()).toHaveText(/文件未写明，此步为推断/);
  const replace = notify.locator('li').filter({ hasText: '委托' }).first();
  await expect(replace.locator('.who')).toHaveText('父母');
  await expect(replace.locator('.basis')).toHaveText('文件写明的下一步');
  // Every link says its basis.
  expect(await chain.locator('li').count()).toBe(await chain.locator('li .basis').count());
  await expectNoSeriousAxeViolations(page);
});

for (const [doc, clause] of [['sixian-2020', '儿童主任'], ['longli-2017', '儿童福利主任']] as const) {
  test(`the child director's page of ${doc} carries the village's case duties, marked 以村（居）委会名义 with the designating clause`, async ({ page }) => {
    const response = await page.goto(`/roles/child-director/${doc}/`);
    expect(response?.status()).toBe(200);
    const marked = page.locator('article.duty').filter({ has: page.locator('.on-behalf', { hasText: '以村（居）委会名义' }) });
    expect(await marked.count()).toBeGreaterThan(0);
    await expect(marked.first().locator('.on-behalf q')).toContainText(clause);
    await expect(marked.first().locator('.on-behalf a')).toHaveAttribute('href', new RegExp(`^/documents/${doc}/#s`));
    // Among them the village's duty to report to the police.
    await expect(marked.filter({ has: page.locator('dd.notify', { hasText: '公安机关' }) }).first()).toBeVisible();
  });
}
