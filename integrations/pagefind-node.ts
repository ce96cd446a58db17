/**
 * Pagefind's browser search (pagefind/pagefind.js of a built site), run in Node on the built
 * index, exactly as the search page calls it (no worker, zh-CN): for the build's table of
 * answers (integrations/pagefind.ts), the benchmark and the fixture of the index.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Ask, SearchIndex } from '../src/search/answer.ts';
import { ANSWERS_FILE, readAnswers, readCatalog, RECORDS_FILE } from '../src/search/catalog.ts';

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

/** The search index of a built site, as the search page reads it: records.json and Pagefind. */
export async function siteIndex(site: string): Promise<SearchIndex & { close: () => Promise<void> }> {
  const read = async (path: string): Promise<unknown> => JSON.parse(await readFile(join(site, path), 'utf8'));
  const [file, answers] = await Promise.all([read(RECORDS_FILE), read(ANSWERS_FILE)]);
  const pf = await nodePagefind(site);
  return { catalog: readCatalog(file), answers: readAnswers(answers, file), pagefind: async () => pf.ask, close: pf.close };
}
