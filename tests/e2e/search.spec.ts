/**
 * The search page as people use it: what they type is shown as typed (never escaped twice), the
 * address keeps only the normalized query, invisible control and direction characters are
 * dropped; results are labelled by kind, everyday questions lead to duties, the remembered
 * document comes first as a removable filter, phone numbers can be tapped; nothing found says so.
 * And the 404 page's nearest existing page.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './helpers.ts';
import type { Page } from '@playwright/test';

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results]');

async function searched(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(status(page)).not.toHaveText('');
  await expect(status(page)).not.toHaveText('正在搜索……');
}

test.describe('search input, as typed', () => {
  test('<主持工作> is shown as typed, escaped once, in the status line (the aria-live region) and the results', async ({ page }) => {
    await searched(page, `/search/?q=${encodeURIComponent('<主持工作>')}`);
    await expect(status(page)).toHaveAttribute('aria-live', 'polite');
    await expect(status(page)).toContainText('「<主持工作>」');
    expect(await status(page).innerHTML()).not.toContain('&amp;');
    expect(await results(page).innerHTML()).not.toContain('&amp;lt;');
    await expect(page.locator('#q')).toHaveValue('<主持工作>');
  });

  test('typed in the box: the same, and the address holds the query', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#q').fill('<主持工作>');
    await page.locator('#q').press('Enter');
    await expect(status(page)).toContainText('「<主持工作>」');
    expect(new URL(page.url()).searchParams.get('q')).toBe('<主持工作>');
  });

  test('a very long query: the address keeps the normalized first 100 characters', async ({ page }) => {
    // A shared link of thousands of characters (servers refuse much longer addresses).
    await searched(page, `/search/?q=${encodeURIComponent(`强制报告 ${'报'.repeat(500)}`)}`);
    const q = new URL(page.url()).searchParams.get('q')!;
    expect([...q].length).toBeLessThanOrEqual(100);
    expect(q.startsWith('强制报告 报')).toBe(true);
    // Typed (or pasted) into the box: 45 000 characters.
    await page.locator('#q').evaluate((el: HTMLInputElement) => {
      el.value = '报'.repeat(45_000);
    });
    await page.locator('#q').press('Enter');
    await expect.poll(() => [...(new URL(page.url()).searchParams.get('q') ?? '')].length).toBe(100);
    expect(page.url().length).toBeLessThan(1_200);
  });

  test('control and direction characters (NUL, U+202E) are stripped from the box, the status and the address', async ({ page }) => {
    await searched(page, `/search/?q=${encodeURIComponent('强制\u0000报告\u202E\u200B')}`);
    await expect(page.locator('#q')).toHaveValue('强制报告');
    expect(new URL(page.url()).searchParams.get('q')).toBe('强制报告');
    const text = (await status(page).textContent()) ?? '';
    expect(text).toContain('「强制报告」');
    expect(text).not.toMatch(/[\u0000\u202E\u200B]/);
  });
});

test.describe('results people can act on', () => {
  test('each result is labelled by kind; a policy term leads to the document\'s section', async ({ page }) => {
    await searched(page, `/search/?q=${encodeURIComponent('强制报告')}`);
    const first = results(page).locator('li.hit').first();
    await expect(first.locator('.badge')).toHaveText('文件条款');
    await expect(first.locator('h3 a')).toHaveAttribute('href', /^\/documents\/[^/]+\/#s/);
    const badges = await results(page).locator('.badge').allTextContents();
    expect(badges.every((b) => ['文件条款', '职责', '分步指引'].includes(b))).toBe(true);
    // After the document's section, the duty that quotes it.
    await searched(page, '/search/?q=12355');
    expect(await results(page).locator('.badge').allTextContents()).toEqual(['文件条款', '职责']);
  });

  test('an everyday question leads to a duty first', async ({ page }) => {
    await searched(page, `/search/?q=${encodeURIComponent('老师发现学生挨打要不要报警')}`);
    const first = results(page).locator('li.hit').first();
    await expect(first.locator('.badge')).toHaveText(/职责|分步指引/);
    await expect(first.locator('h3 a')).toHaveAttribute('href', /^\/(roles\/school|walkthroughs)\//);
  });

  test('12355 is a tap-to-call link in the snippet', async ({ page }) => {
    await searched(page, '/search/?q=12355');
    await expect(results(page).locator('a[href="tel:12355"]').first()).toBeVisible();
  });

  test('snippets carry no correction notes, screen-reader text or field labels', async ({ page }) => {
    await searched(page, `/search/?q=${encodeURIComponent('强制报告')}`);
    await expect(results(page).locator('[data-excerpt]').first()).not.toBeEmpty();
    const text = (await results(page).textContent()) ?? '';
    expect(text).not.toMatch(/更正说明|本节链接|时限类别|告诉谁：/);
  });

  test('the remembered document and role rank first and can be removed', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.setItem('liushou-ertong:document', JSON.stringify({ v: 1, document: 'wuhai-2016' }));
      localStorage.setItem('liushou-ertong:role', 'police');
    });
    await searched(page, `/search/?q=${encodeURIComponent('强制报告')}`);
    const pref = page.locator('[data-search-pref]');
    await expect(pref).toContainText('乌海');
    await expect(pref).toContainText('公安机关的职责');
    await expect(results(page).locator('li.hit').first().locator('.where')).toContainText('乌海');
    await pref.getByRole('button').click();
    await expect(pref).toBeHidden();
    await expect(results(page).locator('li.hit').first().locator('.where')).not.toContainText('乌海');
  });

  test("an everyday question leads a reader who has chosen a county and role to their own walkthrough outcome, labelled 分步指引", async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.setItem('liushou-ertong:document', JSON.stringify({ v: 1, document: 'ningcheng-2017' }));
      localStorage.setItem('liushou-ertong:role', 'school');
    });
    await searched(page, `/search/?q=${encodeURIComponent('孩子一个人在家怎么办')}`);
    const walks = results(page).locator('li.kind-walkthrough');
    // One walkthrough per situation, not one per answer.
    const situations = (await walks.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2])));
    expect(situations.length).toBeGreaterThan(0);
    expect(new Set(situations).size).toBe(situations.length);
    const walk = walks.first();
    await expect(walk.locator('.badge')).toHaveText('分步指引');
    await expect(walk.locator('h3 a')).toHaveAttribute('href', /^\/walkthroughs\/living-alone\/ningcheng-2017\/school\//);
    await walk.locator('h3 a').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('您要做的事');
    // Without a remembered choice the same search leads to the walkthrough's start, which asks.
    await page.evaluate(() => localStorage.clear());
    await searched(page, `/search/?q=${encodeURIComponent('孩子一个人在家怎么办')}`);
    await expect(results(page).locator('li.kind-walkthrough h3 a').first()).toHaveAttribute('href', '/walkthroughs/living-alone/');
  });

  test('a phone\'s typo (一个人再家) still leads to the walkthrough; 法律 asks for the law\'s article first, a county\'s clause right after', async ({ page }) => {
    await searched(page, `/search/?q=${encodeURIComponent('孩子一个人再家')}`);
    await expect(results(page).locator('li.kind-walkthrough h3 a').first()).toHaveAttribute('href', '/walkthroughs/living-alone/');
    await searched(page, `/search/?q=${encodeURIComponent('强制报告 法律')}`);
    const hrefs = await results(page).locator('li.hit h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // 未成年人保护法 第十一条 (the result opens at the paragraph with the words, a11-p2).
    expect(hrefs[0]).toMatch(/^\/documents\/law-minors-2024\/#a11(-|$)/);
    // Without 法律 the county documents' sections lead, and a law's article is among the first five.
    await searched(page, `/search/?q=${encodeURIComponent('临时监护')}`);
    const first = await results(page).locator('li.hit h3 a').evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href')!));
    expect(first[0]).not.toMatch(/\/documents\/(law|reg)-/);
    expect(first.some((h) => /^\/documents\/(law|reg)-/.test(h))).toBe(true);
  });

  test('nothing found: it says so, offers other ways and the emergency numbers', async ({ page }) => {
    await searched(page, `/search/?q=${encodeURIComponent('"孩子在河边钓鱼"')}`);
    await expect(status(page)).toContainText('没有找到');
    await expect(results(page).locator('li.hit')).toHaveCount(0);
    await expect(results(page).locator('a[href="tel:110"]')).toBeVisible();
    await expect(results(page).locator('a[href="tel:12355"]')).toBeVisible();
  });

  test('without JavaScript: the query stays in the address and the page offers plain links', async ({ newGuardedContext }) => {
    const context = await newGuardedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/');
    await page.locator('#q').fill('一个人在家');
    await page.locator('#q').press('Enter');
    await expect(page).toHaveURL(/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('一个人在家');
    await expect(page.getByRole('link', { name: /按身份查职责/ }).first()).toBeVisible();
    await expect(page.locator('.nojs')).toBeVisible();
  });
});

test.describe('404: the nearest existing page', () => {
  for (const [from, to] of [
    ['/documents/longli/', '/documents/longli-2017/'],
    ['/documents/sixain-2020/', '/documents/sixian-2020/'],
    ['/roles/teacher/', '/roles/school/'],
    ['/roles/school/nowhere-2020/', '/roles/school/'],
  ]) {
    test(`${from} → ${to}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(from!);
      expect(response?.status()).toBe(404);
      await expect(page.locator('#nearest a')).toHaveAttribute('href', to!);
      expect(errors).toEqual([]);
    });
  }

  test('a malformed % escape does not break the script', async ({ page }) => {
    // A static host answers any unknown address with 404.html; the preview server refuses a
    // malformed escape itself, so the host's answer is given here.
    const notFound = readFileSync('dist/404.html', 'utf8');
    await page.route('**/documents/longli-2017%E4%/', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto('/documents/longli-2017%E4%/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('#nearest a')).toHaveAttribute('href', '/documents/longli-2017/');
    expect(errors).toEqual([]);
  });
});

test.describe('traditional characters', () => {
  for (const [traditional, simplified] of [['輟學', '辍学'], ['強制報告', '强制报告']] as const) {
    test(`${traditional} finds what ${simplified} finds, and the box keeps what was typed`, async ({ page }) => {
      const found = async (q: string) => {
        await searched(page, `/search/?q=${encodeURIComponent(q)}`);
        return results(page).locator('li.hit h3 a').evaluateAll((as) => as.slice(0, 10).map((a) => a.getAttribute('href')?.split('#')[0]));
      };
      const expected = await found(simplified);
      expect(expected.length).toBeGreaterThan(0);
      expect(await found(traditional)).toEqual(expected);
      await expect(page.locator('#q')).toHaveValue(traditional);
    });
  }
});
