/**
 * Pagefind's browser search (dist/pagefind/pagefind.js), run in Node on the built index, exactly
 * as the search page calls it (no worker, zh-CN): for the benchmark and the fixture of the index.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCatalog, type Catalog } from '../../src/search/catalog.ts';
import type { Ask } from './evaluate.ts';

export async function nodePagefind(dist: string): Promise<{ ask: Ask; catalog: Catalog; close: () => Promise<void> }> {
  const g = globalThis as Record<string, unknown>;
  const saved = { fetch: g.fetch, location: g.location, document: g.document };
  // What pagefind.js reads of a browser: fetch for its files, the page's language, its origin.
  g.fetch = async (u: string | URL) => new Response(await readFile(join(dist, new URL(String(u), 'http://localhost/').pathname)));
  g.location = new URL('http://localhost/');
  g.document = { documentElement: { lang: 'zh-CN' }, querySelector: () => ({ getAttribute: () => 'zh-CN' }) };
  const pf = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as {
    options: (o: object) => Promise<void>;
    init: () => Promise<void>;
    search: (q: string) => Promise<{ results: { id: string; score: number }[] } | null>;
    destroy: () => Promise<void>;
  };
  await pf.options({ basePath: '/pagefind/', noWorker: true });
  await pf.init();
  const catalog = readCatalog(JSON.parse(await readFile(join(dist, 'pagefind/records.json'), 'utf8')));
  const ask: Ask = async (q) => ((await pf.search(q))?.results ?? []).map(({ id, score }) => ({ id, score }));
  return {
    ask,
    catalog,
    close: async () => {
      await pf.destroy();
      Object.assign(g, saved);
    },
  };
}
