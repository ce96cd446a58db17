/**
 * A law's page on a phone (390 px, issue 17): its version at the top, the chapter contents with
 * their article ranges, jumping to 第二十三条 with JavaScript (the box: 23 or 第二十三条) and without
 * (the contents' number links), copying an article's link (and without JavaScript, the article's
 * number is itself a link to its address), the 国家法律法规 group of /documents/, and axe.
 */
import { readFileSync } from 'node:fs';
import type { PackList, PacksFile } from '../../src/offline/packs.ts';
import { expect, expectNoSeriousAxeViolations, lawIds, test } from './helpers.ts';

const MINORS = '/documents/law-minors-2024/';

// A law page holds some 1,000 blocks: axe over it takes longer than the default 30 s under load.
test.setTimeout(120_000);

test('a law page shows its version, its chapters with their articles, and passes axe', async ({ page }) => {
  await page.goto(MINORS);
  await expect(page.locator('h1')).toHaveText('中华人民共和国未成年人保护法');
  await expect(page.locator('.version')).toHaveText('2024年4月26日修正');
  const toc = page.locator('nav.law-toc');
  await expect(toc.locator('h2')).toContainText('9 章，共 132 条');
  const second = toc.locator(':scope > ol > li').nth(1);
  await expect(second.locator('a').first()).toHaveText('第二章 家庭保护');
  await expect(second.locator('.range').first()).toHaveText('第十五条至第二十四条');
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page);
});

test('jumping to 第二十三条 with JavaScript: 23 or 第二十三条 in the box', async ({ page }) => {
  await page.goto(MINORS);
  const box = page.getByLabel('跳到第几条');
  await expect(box).toBeVisible();
  await box.fill('第二十三条');
  await page.getByRole('button', { name: '跳转' }).click();
  await expect(page).toHaveURL(/#a23$/);
  await expect(page.locator('#a23')).toBeInViewport();
  await box.fill('23');
  await box.press('Enter');
  await expect(page).toHaveURL(/#a23$/);
  await box.fill('999');
  await box.press('Enter');
  await expect(page.locator('[data-jump-status]')).toHaveText('本法没有第 999 条');
  await expectNoSeriousAxeViolations(page);
});

test('jumping to 第二十三条 without JavaScript: the contents\' number links', async ({ newGuardedContext }) => {
  const page = await (await newGuardedContext({ javaScriptEnabled: false })).newPage();
  await page.goto(MINORS);
  await expect(page.locator('[data-jump]')).toBeHidden();
  const chapter = page.locator('nav.law-toc > ol > li').nth(1);
  await chapter.locator('summary').click();
  await chapter.locator('.nums a', { hasText: /^23$/ }).click();
  await expect(page).toHaveURL(/#a23$/);
  await expect(page.locator('#a23')).toBeInViewport();
  // The article's number is a link to its own address: the link to copy without a script.
  await expect(page.locator('#a23 > a')).toHaveAttribute('href', '#a23');
  await expect(page.locator('.copy-link')).toHaveCount(0);
});

test('copying an article\'s link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto(`${MINORS}#a22`);
  const copy = page.getByRole('button', { name: '复制链接：第二十二条' });
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(copy).toHaveText(/已复制|请复制地址栏/);
  if ((await copy.textContent()) === '已复制') {
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${MINORS}#a22`);
  }
  // One button per article.
  await expect(page.locator('.copy-link')).toHaveCount(132);
});

test('every law page: contents and version, an article link that resolves', async ({ page }) => {
  for (const id of lawIds) {
    await page.goto(`/documents/${id}/`);
    await expect(page.locator('.version')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日(修正|修订|通过)$/);
    const first = page.locator('.nums a').first();
    await expect(first).toHaveAttribute('href', '#a1');
    await expect(page.locator('#a1')).toHaveText(/第一条/);
  }
});

test('/documents/ lists the seven laws under 国家法律法规, apart from the counties', async ({ page }) => {
  await page.goto('/documents/');
  const group = page.locator('section', { has: page.getByRole('heading', { name: '国家法律法规' }) });
  await expect(group.locator('li')).toHaveCount(lawIds.length);
  await expect(group).toContainText('2024年4月26日修正');
  for (const link of await group.locator('li a').all()) await expect(link).toHaveAttribute('href', /^\/documents\/(law|reg)-[a-z-]+-\d{4}\/$/);
});

test('the seven laws are one offline pack, offered on each law\'s page', async ({ page }) => {
  const packs = (JSON.parse(readFileSync('dist/offline/packs.json', 'utf8')) as PacksFile).packs;
  const national = packs.find((p) => p.id === 'national')!;
  expect(national).toMatchObject({ kind: 'laws', title: '国家法律法规', members: [...lawIds] });
  expect(national.bytes).toBeLessThanOrEqual(3 * 1024 * 1024);
  const list = JSON.parse(readFileSync(`dist${national.list}`, 'utf8')) as PackList;
  for (const id of lawIds) expect(list.files.map((f) => f.url)).toContain(`/documents/${id}/`);
  await page.goto(MINORS);
  await expect(page.locator('[data-save-link="national"] a')).toHaveAttribute('href', '/offline/#save-national');
  await expect(page.locator('[data-save-link="national"]')).toContainText('国家法律法规');
});
