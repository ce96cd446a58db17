/**
 * Shared browser-test helpers.
 *
 * - `test`: Playwright's test with a guard that records every request a page makes and fails
 *   the test if any goes to another origin than the site's own (no CDN, font, analytics, map).
 *   Foreign requests are also blocked, so a test never waits on the network.
 *   `newGuardedContext(options)` gives a second browser context (e.g. JavaScript off) under
 *   the same guard; it is closed when the test ends.
 * - `expectNoSeriousAxeViolations(page)`: axe-core (WCAG 2.x A/AA rules) on the current page;
 *   fails on any serious or critical violation and prints each one readably.
 * - `documentIds`, `clauseIds(id)`: the documents and the clause ids in their frontmatter.
 * - `publicSite`: the public address the site was built with (SITE_URL, read as the build reads it),
 *   or undefined: `npm test` builds without one, so printed addresses say 网址未设置.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { publicAddress } from '../../integrations/public-address.ts';
import { LAW_IDS, LOCAL_IDS } from '../documents.ts';
import { referencesOf } from '../../integrations/offline-packs.ts';

export { expect };

interface Guard {
  /** Every http(s) request URL, in order, from every guarded context of this test. */
  requests: string[];
  /** The ones that went (or tried to go) to another origin. */
  foreign: string[];
}

interface Fixtures {
  guard: Guard;
  newGuardedContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

async function watch(context: BrowserContext, origin: string, guard: Guard): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const url = route.request().url();
      guard.requests.push(url);
      if (new URL(url).origin !== origin) {
        guard.foreign.push(url);
        return route.abort('blockedbyclient');
      }
      return route.fallback();
    },
  );
}

export const test = base.extend<Fixtures>({
  guard: [
    async ({ context, baseURL }, use, testInfo) => {
      const guard: Guard = { requests: [], foreign: [] };
      await watch(context, new URL(baseURL!).origin, guard);
      await use(guard);
      if (guard.foreign.length) {
        await testInfo.attach('foreign-requests', { body: guard.foreign.join('\n'), contentType: 'text/plain' });
      }
      expect(guard.foreign, `requests to another origin than ${new URL(baseURL!).origin}`).toEqual([]);
    },
    { auto: true },
  ],
  newGuardedContext: async (
    { browser, baseURL, guard, contextOptions, viewport, isMobile, hasTouch, deviceScaleFactor, locale, timezoneId },
    use,
  ) => {
    const made: BrowserContext[] = [];
    await use(async (options = {}) => {
      // The project's phone settings, then the caller's changes.
      const phone = { viewport, isMobile, hasTouch, deviceScaleFactor, locale, timezoneId };
      const context = await browser.newContext({ ...contextOptions, ...phone, baseURL, ...options });
      await watch(context, new URL(baseURL!).origin, guard);
      made.push(context);
      return context;
    });
    for (const c of made) await c.close();
  },
});

/** WCAG 2.0/2.1/2.2 level A and AA rules. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now; fails on serious or critical violations, listing them. */
export async function expectNoSeriousAxeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map((v) =>
      [
        `[${v.impact}] ${v.id}: ${v.help}`,
        `  ${v.helpUrl}`,
        ...v.nodes.slice(0, 8).flatMap((n) => [
          `  - ${n.target.join(' ')}`,
          `    ${n.html.replace(/\s+/g, ' ').slice(0, 200)}`,
          ...(n.failureSummary ?? '').split('\n').map((l) => `    ${l}`),
        ]),
        ...(v.nodes.length > 8 ? [`  … and ${v.nodes.length - 8} more`] : []),
      ].join('\n'),
    )
    .join('\n\n');
  if (report) console.log(`axe on ${page.url()}:\n${report}`);
  expect(serious.length, `serious or critical axe violations on ${page.url()}:\n${report}`).toBe(0);
}

/**
 * The offline scripts: on every page the indicator and service worker registration
 * (OfflineStatus.astro), and on pages that name a document (but its own) its save box (SavePack.astro), with
 * the chunks these import (read from the built files).
 */
const offlineScripts = (() => {
  const out = new Set<string>();
  const visit = (path: string) => {
    if (out.has(path) || !existsSync(join('dist', path))) return;
    out.add(path);
    referencesOf(path, readFileSync(join('dist', path), 'utf8')).forEach(visit);
  };
  if (existsSync('dist/_astro')) readdirSync('dist/_astro').filter((f) => /^(OfflineStatus|SavePack)\.[^/]*\.js$/.test(f)).forEach((f) => visit(`/_astro/${f}`));
  return out;
})();
export const isOfflineScript = (url: string): boolean => offlineScripts.has(new URL(url, 'http://x').pathname);

// ——— the documents ———

const address = publicAddress(process.env.SITE_URL);
export const publicSite = 'site' in address ? address.site : undefined;

/** The local documents, from the registry (a document added with npm run add-document is tested too); the laws' pages are tested in laws.spec.ts. */
export const documentIds = LOCAL_IDS;
export const lawIds = LAW_IDS;

interface Frontmatter {
  id: string;
  title: string;
  clauses: { id: string }[];
}

/** The frontmatter of a compiled document (src/content/documents/<id>.mdx). */
export function frontmatter(id: string): Frontmatter {
  const text = readFileSync(join(process.cwd(), 'src/content/documents', `${id}.mdx`), 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) throw new Error(`${id}.mdx has no frontmatter`);
  return parse(m[1]!) as Frontmatter;
}

export function clauseIds(id: string): string[] {
  return frontmatter(id).clauses.map((c) => c.id);
}
