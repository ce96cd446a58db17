/**
 * The county question at 390 × 844: 「我的县不在这里」 is seen without scrolling and leads to the
 * national walkthrough (/walkthroughs/<w>/national/), the counties and
 * cities are listed by province, and the township template stands apart under its own heading,
 * said to be no county's rule, never among the counties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectNoSeriousAxeViolations, test } from './helpers.ts';

/** Every walkthrough's county question, from the open data. */
const countyPages = (JSON.parse(readFileSync(join('dist', 'data', 'walkthroughs.json'), 'utf8')) as { walkthroughs: { id: string; url: string }[] })
  .walkthroughs.map((w) => ({ id: w.id, url: `${w.url}county/`, national: `${w.url}national/` }));

const TEMPLATE_LINK = 'a[href$="/template-township/"]';

test('every county question shows 「我的县不在这里」 without scrolling', async ({ page }) => {
  expect(countyPages).toHaveLength(10);
  for (const { url, national } of countyPages) {
    await page.goto(url);
    const link = page.getByRole('link', { name: '我的县不在这里' });
    // It leads on to the same walkthrough drawn from the national laws (issue 17).
    await expect(link, url).toHaveAttribute('href', national);
    expect(await page.evaluate(() => window.scrollY), url).toBe(0);
    await expect(link, `${url}: 我的县不在这里 is on the first screen`).toBeInViewport({ ratio: 1 });
    const box = (await link.boundingBox())!;
    expect(box.y + box.height, `${url}: 我的县不在这里 ends inside the 844 px screen`).toBeLessThanOrEqual(844);
  }
});

test('the township template is not among the counties but in its own group, said to be no county\'s rule', async ({ page }, testInfo) => {
  await page.goto('/walkthroughs/living-alone/county/');
  const template = page.getByRole('region', { name: '乡镇工作计划范本（不是任何县的规定）' });
  await expect(template).toBeVisible();
  await expect(template).toContainText('不是哪个县、市的规定');
  await expect(template.locator(TEMPLATE_LINK)).toHaveCount(1);
  // The places: one group per province, each holding counties or cities and never the template.
  const provinces = page.locator('section.place-group:not([data-template-group])');
  await expect(provinces.getByRole('heading')).toHaveText(['安徽省', '贵州省', '内蒙古自治区']);
  await expect(provinces.locator('a.walk-option')).toHaveCount(4);
  await expect(provinces.locator(TEMPLATE_LINK)).toHaveCount(0);
  await expect(page.locator(TEMPLATE_LINK)).toHaveCount(1);
  // The template comes after every county, and nothing calls it a region.
  const [lastCounty, templateBox] = [await provinces.locator('a.walk-option').last().boundingBox(), await template.boundingBox()];
  expect(templateBox!.y).toBeGreaterThan(lastCounty!.y);
  await expect(page.locator('main')).not.toContainText('不限地区');
  await expect(page.locator('main')).not.toContainText('通用范本');
  await testInfo.attach('county-390', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});

test('the county question passes axe', async ({ page }) => {
  await page.goto('/walkthroughs/living-alone/county/');
  await expectNoSeriousAxeViolations(page);
});

test('the role, parents\' and training pickers and the document list keep the template apart too', async ({ page }) => {
  for (const url of ['/roles/school/', '/parents/', '/training/']) {
    await page.goto(url);
    const template = page.getByRole('region', { name: '乡镇工作计划范本（不是任何县的规定）' });
    await expect(template.locator('a[href*="template-township"]').first(), url).toBeVisible();
    await expect(page.locator('section.place-group:not([data-template-group]) a[href*="template-township"]'), url).toHaveCount(0);
  }
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '乡镇工作计划范本（不是任何县的规定）' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('不限地区');
});
