/**
 * Pagefind's browser search (pagefind/pagefind.js of a built site), run in Node on the built
 * index, exactly as the search page calls it (no worker, zh-CN): for the build's table of
 * answers (integrations/pagefind.ts), the benchmark and the fixture of the index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Ask, SearchIndex } from '../src/search/answer.ts';
import { readAnswers, readCatalog, RECORDS_DIR, wholeTable } from '../src/search/catalog.ts';

let loads = 0;

/**
 * Pagefind on `site` (a built dist/): `ask`, and `close` to restore the globals it borrowed.
 * `onFetch` hears every file Pagefind fetches (its script is imported, not fetched).
 */
export async function nodePagefind(site: string, onFetch?: (path: string) => void): Promise<{ ask: Ask; close: () => Promise<void> }> {
  const g = globalThis as Record<string, unknown>;
  const saved = { fetch: g.fetch, location: g.location, document: g.document };
  // What pagefind.js reads of a browser: fetch for its files, the page's language, its origin.
  g.fetch = async (u: string | URL) => {
    const path = new URL(String(u), 'http://localhost/').pathname;
    onFetch?.(path);
    return new Response(await readFile(join(site, path)));
  };
  g.location = new URL('http://localhost/');
  g.document = { documentElement: { lang: 'zh-CN' }, querySelector: () => ({ getAttribute: () => 'zh-CN' }) };
  // A fresh module per call: the build asks a new index each time, not the one a previous call loaded.
  const pf = (await import(`${pathToFileURL(join(site, 'pagefind/pagefind.js')).href}?${++loads}`)) as {
    options: (o: object) => Promise<void>;
    init: () => Promise<void>;
    search: (q: string) => Promise<{ results: { id: string; score: number }[] } | null>;
    destroy: () => Promise<void>;
  };
  await pf.options({ basePath: '/pagefind/', noWorker: true });
  await pf.init();
  const ask: Ask = async (q) => ((await pf.search(q))?.results ?? []).map(({ id, score }) => ({ id, score }));
  return {
    ask,
    close: async () => {
      await pf.destroy();
      Object.assign(g, saved);
    },
  };
}

/** Every document's table of a built site joined (catalog.ts wholeTable): the whole index's rows and answers. */
export function siteTable(site: string) {
  const dir = join(site, RECORDS_DIR);
  return wholeTable(readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/** The search index of a built site, whole: every document's table, and Pagefind. */
export async function siteIndex(site: string): Promise<SearchIndex & { close: () => Promise<void> }> {
  const file = siteTable(site);
  const pf = await nodePagefind(site);
  return { catalog: readCatalog(file), answers: readAnswers(file), pagefind: async () => pf.ask, close: pf.close };
}
