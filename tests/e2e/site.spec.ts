/**
 * The foundation's browser tests, on a 390 px phone: document pages and their clause anchors,
 * deep links, no JavaScript, no sideways scrolling, accessibility (axe), search quality for real
 * policy terms, and the links in dist/. Every test also fails on any request to another origin
 * (see helpers.ts).
 */
import type { Page } from '@playwright/test';
import { checkLinks } from '../../scripts/check-links.ts';
import { clauseIds, documentIds, expect, expectNoSeriousAxeViolations, frontmatter, isOfflineScript, test } from './helpers.ts';

const PHONE_WIDTH = 390;

/** Clause ids from the frontmatter that are not element ids on the page. */
async function missingAnchors(page: Page, id: string): Promise<string[]> {
  const present = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
  return clauseIds(id).filter((c) => !present.has(c));
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width}px wide`).toBeLessThanOrEqual(PHONE_WIDTH);
}

// ——— document pages ———

for (const id of documentIds) {
  test.describe(`document ${id}`, () => {
    test('renders with every clause anchor and loads no JavaScript', async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      const response = await page.goto(`/documents/${id}/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(frontmatter(id).title);
      expect(clauseIds(id).length).toBeGreaterThan(5);
      expect(await missingAnchors(page, id)).toEqual([]);
      // Documents ship no JavaScript (search is on its own page) but the small offline script.
      expect(scripts.filter((u) => !isOfflineScript(u))).toEqual([]);
    });

    test('works with JavaScript disabled', async ({ newGuardedContext }) => {
      const context = await newGuardedContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(`/documents/${id}/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The text is there and visible: the first clause with text and the last heading.
      const first = page.locator(`[id="${clauseIds(id)[0]}"]`);
      await expect(first).toBeVisible();
      await expect(first).not.toHaveText('');
      await expect(page.locator('.document-text h2, .document-text h3').last()).toBeVisible();
      expect(await missingAnchors(page, id)).toEqual([]);
    });

    test('has no sideways scroll at 390 px', async ({ page }) => {
      await page.goto(`/documents/${id}/`);
      await expectNoSidewaysScroll(page);
    });
  });
}

// The corrections record is its own page, linked from the particulars with its count; each mark in
// the text opens its entry there (the source's words and the note), and the entry links back.
test('wuhai-2016: a correction mark opens its entry on the corrections page, and back', async ({ page }) => {
  await page.goto('/documents/wuhai-2016/');
  const link = page.locator('.facts a', { hasText: /^本文共有 \d+ 处更正说明$/ });
  await expect(link).toHaveAttribute('href', '/documents/wuhai-2016/corrections/');
  const count = Number(/\d+/.exec((await link.textContent())!)![0]);
  const mark = page.locator('.document-text a.fix-mark').first();
  // Written relative to the document page (corrections/#fix-c3), the way every mark of the text is.
  const href = new URL((await mark.getAttribute('href'))!, page.url()).href.replace(/^https?:\/\/[^/]+/, '');
  expect(href).toMatch(/^\/documents\/wuhai-2016\/corrections\/#fix-c\d+$/);
  // The mark (or the restored words around it) carries #mark-<id>, which the entry links back to.
  const markId = `mark-${href.split('#fix-')[1]}`;
  await expect(page.locator(`[id="${markId}"]`)).toHaveCount(1);
  await mark.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`更正说明（${count} 处）`);
  expect(await page.locator('.corrections li[id^="fix-"]').count()).toBe(count);
  const entry = page.locator(':target');
  await expect(entry).toHaveAttribute('id', href.split('#')[1]!);
  await expect(entry).toBeInViewport();
  await expect(entry.locator('dt', { hasText: '说明' })).toBeVisible();
  await entry.getByRole('link', { name: /^回到正文/ }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/wuhai-2016/#${markId}$`));
  await expect(page.locator(':target')).toBeInViewport();
  await expectNoSidewaysScroll(page);
});

test.describe('deep links', () => {
  test('/documents/sixian-2020/#s3-2 scrolls the clause into view', async ({ page }) => {
    await page.goto('/documents/sixian-2020/#s3-2');
    await expectInViewport(page, '#s3-2');
  });

  test('a deep link works with JavaScript disabled', async ({ newGuardedContext }) => {
    const context = await newGuardedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/documents/sixian-2020/#s3-2');
    await expectInViewport(page, '#s3-2');
  });
});

test.describe('stale addresses', () => {
  test('a role page for a document that is not there offers the role\'s page', async ({ page }) => {
    const response = await page.goto('/roles/school/nowhere-2020/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
    const nearest = page.locator('#nearest a');
    await expect(nearest).toHaveAttribute('href', '/roles/school/');
    await nearest.click();
    await expect(page).toHaveURL(/\/roles\/school\/$/);
  });

  test('an address with no known parent offers only the general ways on', async ({ page }) => {
    await page.goto('/no/such/page/');
    await expect(page.locator('#nearest')).toBeHidden();
    await expect(page.getByRole('link', { name: '查看全部文件' })).toBeVisible();
  });
});

async function expectInViewport(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector);
  await expect(target).toBeVisible();
  const height = page.viewportSize()!.height;
  await expect
    .poll(async () => {
      const box = await target.boundingBox();
      return box !== null && box.y >= 0 && box.y + Math.min(box.height, 40) <= height;
    }, { message: `${selector} is scrolled into the viewport` })
    .toBe(true);
}

// ——— every page type ———

/** Opens /search/?q=… and waits until the results (links to documents) are on the page. */
async function search(page: Page, term: string): Promise<void> {
  const response = await page.goto(`/search/?q=${encodeURIComponent(term)}`);
  expect(response?.status(), 'the search page exists').toBe(200);
  await expect(page.locator('[data-search-results] li a[href]').first()).toBeVisible({ timeout: 15_000 });
}

const pageTypes: { name: string; open: (page: Page) => Promise<unknown> }[] = [
  { name: 'home /', open: (page) => page.goto('/') },
  { name: 'document list /documents/', open: (page) => page.goto('/documents/') },
  { name: 'document /documents/sixian-2020/', open: (page) => page.goto('/documents/sixian-2020/') },
  { name: 'search /search/?q=12355', open: (page) => search(page, '12355') },
  {
    name: 'not found (404)',
    open: async (page) => {
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
];

for (const { name, open } of pageTypes) {
  test.describe(name, () => {
    test('has no serious accessibility violations (axe)', async ({ page }) => {
      await open(page);
      await expectNoSeriousAxeViolations(page);
    });

    test('has no serious accessibility violations in dark mode (axe)', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await open(page);
      await expectNoSeriousAxeViolations(page);
    });

    test('has no sideways scroll at 390 px', async ({ page }) => {
      await open(page);
      await expectNoSidewaysScroll(page);
    });
  });
}

// ——— search quality ———

interface Expectation {
  /** Documents the first result may be. */
  docs?: string[];
  /** The first result's anchor is one of these ids or inside them (prefix + '-'), per document. */
  anchors?: Record<string, string[]>;
}

/**
 * For each term: the first result must be the right document at the right section, and the
 * section it links to must contain the term. No expectation = any document, at a clause with the term.
 */
const searches: Record<string, Expectation> = {
  '12355': { docs: ['sixian-2020'], anchors: { 'sixian-2020': ['s3-2'] } },
  一个星期: { docs: ['longli-2017'], anchors: { 'longli-2017': ['s5-3-2', 's5-3'] } },
  // 反家庭暴力法 第十六条 is where 告诫书 comes from (issue 17): the law's article is a right first result too.
  告诫书: { docs: ['wuhai-2016', 'sixian-2020', 'law-domestic-violence-2015'], anchors: { 'wuhai-2016': ['s3'], 'sixian-2020': ['s2-2-9'], 'law-domestic-violence-2015': ['a16'] } },
  无户籍: { docs: ['longli-2017', 'sixian-2020'], anchors: { 'longli-2017': ['s5-4'] } },
  单独居住生活: {},
  强制报告: {},
  撤销监护人资格: {},
  临时监护: {},
};

/** An anchor equal to one of the ids, or (for the ids given with a trailing section) inside it. */
function anchorFits(anchor: string, ids: string[]): boolean {
  return ids.some((s) => anchor === s || anchor.startsWith(`${s}-`));
}

/** The section's text: the element with the id and every element whose id continues it (`s3-2-p1`). */
async function sectionText(page: Page, anchor: string): Promise<string> {
  return page.evaluate((id) => {
    const parts: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[id]')) {
      if (el.id !== id && !el.id.startsWith(`${id}-`)) continue;
      const copy = el.cloneNode(true) as HTMLElement;
      // What search indexes: not the source's struck-out words, not page furniture.
      copy.querySelectorAll('del, [data-pagefind-ignore], .sr-only').forEach((n) => n.remove());
      parts.push(copy.textContent ?? '');
    }
    return parts.join('').replace(/\s+/g, '');
  }, anchor);
}

test.describe('search: the first result is the right document at the right section', () => {
  for (const [term, want] of Object.entries(searches)) {
    test(term, async ({ page, baseURL }) => {
      await search(page, term);
      // The first result: the first list item in the results, and in it the first link to a
      // section (the page link itself when it has none).
      const first = page.locator('[data-search-results]').getByRole('listitem').first();
      // Once its text has loaded, a section's result points at the paragraph with the words.
      await expect(first.locator('[data-excerpt]')).not.toBeEmpty();
      const hrefs = await first.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const href = hrefs.find((h) => h.includes('#')) ?? hrefs[0] ?? '';
      expect(href, `the first result for ${term} (links: ${hrefs.join(' ')}) is a section of a document`).toMatch(/^\/documents\/[^/]+\/#./);
      const url = new URL(href, baseURL);
      const m = /^\/documents\/([^/]+)\/$/.exec(url.pathname);
      expect(m, `${url.pathname} is a document page`).not.toBeNull();
      const doc = m![1]!;
      const anchor = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
      expect(anchor, 'the link has an anchor').not.toBe('');
      if (want.docs) expect(want.docs, `first result for ${term}: ${doc}#${anchor}`).toContain(doc);
      const ids = want.anchors?.[doc];
      if (ids) expect(anchorFits(anchor, ids), `first result for ${term}: ${doc}#${anchor}, want #${ids.join(' or #')}`).toBe(true);

      await page.goto(url.pathname + url.hash);
      await expect(page.locator(`[id="${anchor}"]`)).toBeAttached();
      expect(await sectionText(page, anchor), `#${anchor} on ${doc} contains ${term}`).toContain(term);
    });
  }
});

test.describe('search: everyday words find the documents\' terms, labelled as not exact', () => {
  const everyday: Record<string, string> = { 一个人在家: '单独居住生活', 没有户口: '无户籍', 不上学: '失学辍学' };
  for (const [words, term] of Object.entries(everyday)) {
    test(`${words} → ${term}`, async ({ page }) => {
      await search(page, words);
      const results = page.locator('[data-search-results]');
      // The situation's walkthrough first (written in everyday words), then the documents' words.
      await expect(results.locator('li.hit').first().locator('.badge')).toHaveText('分步指引');
      await expect(results).toContainText('文件中的说法');
      await expect(results).toContainText(term);
    });
  }
});

// ——— links ———

test('dist/: every internal link and #fragment resolves, nothing points at another origin', () => {
  const report = checkLinks('dist');
  const lines = report.problems.map((p) => `${p.page}: ${p.link} (${p.reason})`);
  expect(report.pages).toBeGreaterThanOrEqual(documentIds.length + 2);
  expect(lines).toEqual([]);
});
