/**
 * Pages for parents working away and material for trainers, on a 390 px phone and on A4 paper:
 * a parents' page for every document (乌海's silence stated, with the lost passages and the other
 * documents' words marked as theirs; 龙里's forms marked 原文未收录; link previews); every duty
 * card prints on at most two A4 pages and its QR code decodes to the role page's public address
 * (网址未设置 and no code when the build had none: SITE_URL); every
 * hand-off diagram draws its bodies and arrows; every role page prints on at most four pages.
 * Every test also fails on any request to another origin (helpers.ts).
 */
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { documentIds, expect, expectNoSeriousAxeViolations, publicSite, test } from './helpers.ts';
import { LAW_IDS } from '../documents.ts';

/** Pages in a PDF that Chromium wrote (each page is one `/Type /Page` object). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  return pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width}px wide`).toBeLessThanOrEqual(390);
}

/** Decodes the QR code drawn in an element, from a screenshot of it. */
async function decodeQr(page: Page, selector: string): Promise<string | null> {
  const png = PNG.sync.read(await page.locator(selector).first().screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** Links listed on an index page, as paths. */
async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test.describe('parents', () => {
  test('the home page leads to the parents\' index, which lists every document', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '我是外出务工的父母' }).click();
    await expect(page).toHaveURL(/\/parents\/$/);
    for (const id of documentIds) await expect(page.locator(`a[href="/parents/${id}/"]`)).toHaveCount(1);
    await expectNoSeriousAxeViolations(page);
  });

  for (const id of documentIds) {
    test(`the parents' page for ${id} gives a checklist in three phases, each item cited, or says why not`, async ({ page }) => {
      await page.goto(`/parents/${id}/`);
      for (const phase of ['出门打工前', '在外期间', '孩子出事时']) await expect(page.getByRole('heading', { level: 2, name: phase })).toBeVisible();
      // The document's own items; the laws' beside them (「法律还规定」) are marked as theirs.
      const items = page.locator('.parent-item:not([data-other-document])');
      const n = await items.count();
      for (let i = 0; i < n; i++) {
        await expect(items.nth(i).locator('blockquote')).not.toBeEmpty();
        await expect(items.nth(i).locator('a.duty-cite')).toHaveAttribute('href', new RegExp(`^/documents/${id}/#`));
      }
      // A phase with no item says so, and links (one link, marked as others') to what the other documents say in it.
      const silent = page.locator('.silent');
      for (let i = 0; i < (await silent.count()); i++) await expect(silent.nth(i)).toContainText('未规定');
      // (The laws' items beside the county's, 「法律还规定」, are their own: each marked with its law.)
      for (const href of await page.locator('[data-other-document]:not([data-law-parents] *) a').evaluateAll((els) => els.map((e) => e.getAttribute('href')))) {
        expect(href).toMatch(/^\/compare\/parents\/(before|away|trouble)\/$/);
      }
      for (const other of await page.locator('[data-law-parents] [data-other-document]').evaluateAll((els) => els.map((e) => e.getAttribute('data-other-document')))) {
        expect(LAW_IDS).toContain(other);
      }
      // Link previews: og:url is this page's public address (none without one), a title and a description.
      const ogUrl = page.locator('meta[property="og:url"]');
      if (publicSite) await expect(ogUrl).toHaveAttribute('content', `${publicSite}parents/${id}/`);
      else await expect(ogUrl).toHaveCount(0);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /外出务工父母须知/);
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.{20,}/);
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);
    });
  }

  test('宁城: the useful items first (3岁以下, 委托监护, 监护责任书), sanctions last, terms explained once', async ({ page }) => {
    await page.goto('/parents/ningcheng-2017/');
    const before = page.locator('section:has(h2:text-is("出门打工前")) .parent-item');
    await expect(before.first().locator('blockquote')).toContainText('3岁以下');
    await expect(before.filter({ hasText: '代为监护' })).toHaveCount(1);
    await expect(before.filter({ hasText: '监护责任书' })).toHaveCount(1);
    const headings = await page.locator('main h2').allTextContents();
    const sanctions = headings.findIndex((h) => h.includes('后果'));
    expect(sanctions, 'a sanctions section').toBeGreaterThan(headings.indexOf('孩子出事时'));
    const terms = await page.locator('.explain dfn').allTextContents();
    expect(terms).toContain('委托监护');
    expect(terms).toContain('监护责任书');
    expect(new Set(terms).size, 'each term explained once').toBe(terms.length);
  });

  test('the laws\' duties of parents stand beside the county\'s, each marked as the law\'s and cited to its article (issue 17)', async ({ page }) => {
    await page.goto('/parents/ningcheng-2017/');
    const law = page.locator('section:has(h2:text-is("出门打工前")) [data-law-parents]');
    await expect(law).toContainText('法律还规定');
    const items = law.locator('.parent-item');
    expect(await items.count()).toBeGreaterThan(0);
    for (const other of await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-other-document')))) expect(LAW_IDS).toContain(other);
    await expect(law.locator('.parent-item', { hasText: '书面告知' }).locator('a.duty-cite')).toHaveAttribute('href', '/documents/law-minors-2024/#a23-p1');
    await expect(law).toContainText('《未成年人保护法》2024年4月26日修正');
  });

  test('乌海: its text for parents is lost, the page says so and shows the others\' words as theirs', async ({ page }) => {
    await page.goto('/parents/wuhai-2016/');
    // Of the parents' own duties only the return the police order survives (s3-p2); what the police
    // do when a child is alone still reaches them.
    await expect(page.locator('.parent-item[data-concern="own"]:not([data-other-document])')).toHaveCount(1);
    expect(await page.locator('.parent-item[data-concern="told"]').count()).toBeGreaterThan(0);
    await expect(page.locator('.silent').first()).toContainText('现存文本未规定');
    await expect(page.locator('.lost')).toContainText('落实家庭主体责任');
    await expect(page.locator('.lost')).toContainText('原文中缺失');
    // What the others say is one link away, each document's words in a block marked as its own.
    await page.locator('[data-other-document] a').first().click();
    await expect(page).toHaveURL(/\/compare\/parents\/[a-z]+\/$/);
    await expect(page.locator('[data-other-document="ningcheng-2017"]').first()).toBeVisible();
    await expect(page.locator('[data-other-document="wuhai-2016"]')).toHaveCount(0);
  });

  test('龙里: the forms it names are listed by title and marked 原文未收录', async ({ page }) => {
    await page.goto('/parents/longli-2017/');
    const forms = page.locator('[data-attachment]');
    await expect(forms).toHaveCount(7);
    await expect(forms.first()).toContainText('留守儿童委托监护责任确认书');
    for (let i = 0; i < 7; i++) await expect(forms.nth(i)).toContainText('原文未收录');
  });
});

test.describe('training', () => {
  test('the index lists cards per document with a print link, and a chosen set prints only those, on that document\'s page', async ({ page }) => {
    await page.goto('/training/');
    // One form per document: a class learns one county's rules, and no page holds every document's cards.
    const form = page.locator('form').filter({ has: page.locator('input[name="c"]') }).first();
    const boxes = form.locator('input[name="c"]');
    expect(await boxes.count()).toBeGreaterThan(1);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const chosen = [await boxes.nth(0).getAttribute('value'), await boxes.nth(1).getAttribute('value')];
    const id = chosen[0]!.split('/')[1]!;
    await form.getByRole('button', { name: '打印选中的职责卡' }).click();
    await expect(page).toHaveURL(new RegExp(`/training/print/${id}/\\?c=`));
    const shown = await page.locator('.sheet:not([hidden]) [data-card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-card')));
    expect(shown).toEqual(chosen);
    await expectNoSeriousAxeViolations(page);
    // An old address of the all-cards page with chosen cards goes on to the first card's document.
    await page.goto(`/training/print/?c=${encodeURIComponent(chosen[0]!)}`);
    await expect(page).toHaveURL(new RegExp(`/training/print/${id}/\\?c=`));
    await expect(page.locator('.sheet:not([hidden]) [data-card]')).toHaveCount(1);
  });

  for (const id of documentIds) {
    test(`every duty card of ${id} prints on at most two A4 pages and its QR code opens the role page (or says 网址未设置)`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/training/');
      const cards = (await hrefs(page, 'a.view')).filter((h) => h.endsWith(`/${id}/`));
      for (const href of cards) {
        const [, , , role] = href.split('/');
        await page.emulateMedia({ media: 'screen' });
        await page.goto(href);
        const address = (await page.locator('.qr figcaption').textContent())!.trim();
        if (publicSite) {
          expect(address).toBe(`${publicSite}roles/${role}/${id}/`);
          expect(await decodeQr(page, '.qr svg'), `QR on ${href}`).toBe(address);
        } else {
          // No public address: no code that would open nothing, and the card says so.
          expect(address).toBe('网址未设置');
          await expect(page.locator('.qr svg')).toHaveCount(0);
        }
        const pages = await printedPages(page);
        test.info().annotations.push({ type: 'card pages', description: `${href}: ${pages}` });
        expect(pages, `${href} prints on ${pages} pages`).toBeLessThanOrEqual(2);
      }
    });
  }

  test('a card and an exercise page read on a phone without sideways scroll (axe clean)', async ({ page }) => {
    await page.goto('/training/');
    const card = (await hrefs(page, 'a.view'))[0]!;
    const drill = (await hrefs(page, 'a[href^="/training/exercises/"]'))[0]!;
    await page.goto(card);
    await expect(page.locator('.doc-status')).not.toBeEmpty();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await page.goto(drill);
    await page.locator('[data-exercise] details summary').first().click();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
  });

  test('an exercise works without JavaScript, and prints as a handout with the answers in a key', async ({ newGuardedContext }) => {
    const context = await newGuardedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/training/');
    const first = (await hrefs(page, 'a[href^="/training/exercises/"]'))[0]!;
    await page.goto(first);
    const exercise = page.locator('[data-exercise]').first();
    const right = exercise.locator('details[data-correct="true"]');
    const wrong = exercise.locator('details[data-correct="false"]').first();
    await expect(right.locator('.answer')).toBeHidden();
    await right.locator('summary').click();
    await expect(right.locator('.verdict')).toContainText('对。');
    await expect(right.locator('a.duty-cite')).toHaveAttribute('href', /^\/documents\//);
    await wrong.locator('summary').click();
    await expect(wrong.locator('.verdict')).toContainText('不对。这是');
    // On paper: the options closed (even the opened ones), the key at the end names the right letter.
    await page.emulateMedia({ media: 'print' });
    await expect(right.locator('.answer')).toBeHidden();
    const key = page.locator('.key');
    await expect(key).toBeVisible();
    const letter = await exercise.locator('details').evaluateAll((ds) => 'ABC'[ds.findIndex((d) => d.getAttribute('data-correct') === 'true')]);
    await expect(key.locator('li').first()).toContainText(new RegExp(`^${letter}`));
    expect(await key.locator('li').count()).toBe(await page.locator('[data-exercise]').count());
  });

  test('every hand-off diagram draws its bodies and arrows and fits the phone', async ({ page }) => {
    await page.goto('/training/');
    const pages = [...new Set(await hrefs(page, 'a[href^="/training/handoffs/"]'))];
    expect(pages.length).toBeGreaterThan(0);
    for (const href of pages) {
      await page.goto(href);
      const figures = page.locator('[data-handoff-diagram]');
      const n = await figures.count();
      expect(n, `${href} has diagrams`).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const fig = figures.nth(i);
        const boxes = await fig.locator('svg [data-body]').count();
        expect(boxes, `${await fig.getAttribute('data-handoff-diagram')}: at least two bodies`).toBeGreaterThanOrEqual(2);
        expect(await fig.locator('svg path.edge').count()).toBeGreaterThanOrEqual(1);
        const box = (await fig.locator('svg').boundingBox())!;
        expect(box.width).toBeLessThanOrEqual(390);
        expect(box.height).toBeGreaterThan(20);
      }
      await expectNoSidewaysScroll(page);
    }
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe('print', () => {
  for (const id of documentIds) {
    test(`every role page of ${id} prints on at most four A4 pages, with address, date and number`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/roles/');
      const roles = [...new Set((await hrefs(page, 'a[href^="/roles/"]')).map((h) => h.split('/')[2]).filter(Boolean))];
      for (const role of roles) {
        const response = await page.goto(`/roles/${role}/${id}/`);
        if (response?.status() !== 200) continue;
        await page.emulateMedia({ media: 'print' });
        const header = page.locator('.print-header');
        await expect(header).toBeVisible();
        await expect(header).toContainText(publicSite ? `网址：${publicSite}roles/${role}/${id}/` : '网址未设置');
        await expect(header).toContainText(/\d{4}-\d{2}-\d{2}/);
        const pages = await printedPages(page);
        test.info().annotations.push({ type: 'role page pages', description: `${role}/${id}: ${pages}` });
        expect(pages, `/roles/${role}/${id}/ prints on ${pages} pages`).toBeLessThanOrEqual(4);
        await page.emulateMedia({ media: 'screen' });
      }
    });
  }
});
