/**
 * Tap targets at 390 px: on one page of every kind the site builds, every link, button, field and
 * <summary> that can be seen is at least 44 × 44 CSS px (WCAG 2.2 target size, enhanced level).
 *
 * Page kinds are read off dist/ (one page per top-level section and depth), so a new kind of page
 * is measured the day it is built. Every <details> is opened first, so folded lists are measured too.
 *
 * A checkbox or radio button is measured with its label, which toggles it too.
 * The one exception is WCAG's own: a link inside a sentence, whose height the line of text sets
 * (display: inline, inside a block with real running text besides the link). Correction marks,
 * § links and the links of lists, menus and footers never qualify: they are not in a sentence.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';

const MIN = 44;
const DIST = join(process.cwd(), 'dist');

function htmlPaths(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlPaths(p));
    else if (e.name === 'index.html') out.push(`/${relative(DIST, dir).split(sep).join('/')}/`.replace('//', '/'));
  }
  return out;
}

/** One page per kind: the first path (in order) of each top-level section at each depth. */
function pageKinds(): { kind: string; path: string }[] {
  const kinds = new Map<string, string>();
  for (const path of htmlPaths(DIST).sort()) {
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'pagefind') continue;
    const kind = parts.length === 0 ? '/' : `/${parts[0]}/${'*/'.repeat(parts.length - 1)}`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds].map(([kind, path]) => ({ kind, path }));
}

interface Small {
  what: string;
  width: number;
  height: number;
}

/** Every visible interactive element smaller than MIN in either direction, and not in a sentence. */
async function smallTargets(page: Page): Promise<Small[]> {
  return page.evaluate((min) => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const PUNCT = /[\s\p{P}\p{S}]/gu;
    /** WCAG's inline exception: an inline link whose block holds running text besides it. */
    const inSentence = (el: Element): boolean => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) return false;
      const others = (block.textContent ?? '').replace(el.textContent ?? '', '').replace(PUNCT, '');
      return others.length >= 10;
    };
    const describe = (el: Element): string => {
      const cls = el.getAttribute('class');
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      const href = el.getAttribute('href');
      return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ''}${href ? ` href="${href}"` : ''}> ${text}`;
    };
    const out: { what: string; width: number; height: number }[] = [];
    const targets = document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])',
    );
    /** A box or a round button is tapped on its label too: the label is the target then. */
    const box = (el: Element): DOMRect => {
      const input = el as HTMLInputElement;
      if (el.tagName !== 'INPUT' || !['checkbox', 'radio'].includes(input.type)) return el.getBoundingClientRect();
      const label = el.closest('label') ?? (input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null);
      return (label ?? el).getBoundingClientRect();
    };
    for (const el of targets) {
      const r = box(el);
      const style = getComputedStyle(el);
      const hidden = r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('[hidden], .sr-only');
      // Off the page until focused (the skip link): measured on its own below.
      const offPage = r.bottom + window.scrollY <= 0 || r.right + window.scrollX <= 0;
      if (hidden || offPage) continue;
      if (r.width >= min - 0.5 && r.height >= min - 0.5) continue;
      if (inSentence(el)) continue;
      out.push({ what: describe(el), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 });
    }
    return out;
  }, MIN);
}

for (const { kind, path } of pageKinds()) {
  test(`tap targets ≥ ${MIN} px on ${kind} (${path})`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    const small = await smallTargets(page);
    expect(small, `targets under ${MIN} × ${MIN} px on ${path}:\n${small.map((s) => `  ${s.width} × ${s.height}  ${s.what}`).join('\n')}`).toEqual([]);
  });
}

test(`tap targets ≥ ${MIN} px with search results and on the 404 page`, async ({ page }) => {
  for (const path of ['/search/?q=%E5%BC%BA%E5%88%B6%E6%8A%A5%E5%91%8A', '/no-such-page/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (path.startsWith('/search/')) await expect(page.locator('[data-search-results] li a[href]').first()).toBeVisible({ timeout: 15_000 });
    const small = await smallTargets(page);
    expect(small, `targets under ${MIN} × ${MIN} px on ${path}:\n${small.map((s) => `  ${s.width} × ${s.height}  ${s.what}`).join('\n')}`).toEqual([]);
  }
});

test(`the skip link is a ${MIN} px target when focused`, async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(MIN - 0.5);
});

test('the measure catches a small target (the check can fail)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '/';
    a.textContent = 'x';
    a.style.cssText = 'display:inline-block;width:20px;height:20px';
    a.id = 'tiny';
    document.querySelector('main')!.append(a);
  });
  const small = await smallTargets(page);
  expect(small.map((s) => s.what)).toContain('<a href="/"> x');
});
