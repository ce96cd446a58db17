/**
 * Search, measured on dist/: recall at 5 over the query test set; what a first search of every test
 * query fetches (in Node, as the search page would); and the first search of one query of each kind,
 * in Chromium, every /pagefind/ response summed (raw, and gzip-estimated as a server would send it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { nodePagefind, siteIndex } from '../../integrations/pagefind-node.ts';
import { search as runSearch, type Ask, type SearchIndex } from '../../src/search/answer.ts';
import { answersFile, entryFromMeta, hasFragment, joinTables, readAnswers, readCatalog, RECORDS_DIR, ROW_META, type CatalogEntry } from '../../src/search/catalog.ts';
import { FRAGMENT_ROWS } from '../../src/search/load.ts';
import type { Answer } from '../../src/search/rank.ts';
import { gunzipSync } from 'node:zlib';
import { vocabulary } from '../../src/search/synonyms.ts';
import { FIRST_SNIPPETS } from '../../src/search/ui.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/chromium.ts';
import { GLOSSARY, planFor, recallAt5, type Recall } from '../../tests/search/evaluate.ts';
import { HELD_OUT } from '../../tests/search/held-out.ts';
import { HELD_OUT_2 } from '../../tests/search/held-out-2.ts';
import { QUERIES, type TestQuery } from '../../tests/search/queries.ts';
import { dist, preview, wire, withinSearchBudget } from './common.ts';
import { isPagefind } from './pages.ts';

export /** First searches measured in Chromium: one of each way a query is answered (src/search/answer.ts). */
const SEARCHES = [
  { query: '强制报告', what: 'a term of the vocabulary (answered by its phrase\'s table, /pagefind/answers/)' },
  { query: '孩子爸爸被抓了孩子谁管', what: "an everyday question (looked up in the documents' words, from the table)" },
  { query: '家庭教育', what: 'a phrase outside the vocabulary (Pagefind loads, with the index chunks it needs)' },
  { query: '強制報告', what: 'traditional characters (folded to simplified by the page, then as 强制报告)' },
] as const;

// ——— search quality: the query test set and the held-out sets on dist/ ———

/** `heldOut`: the first held-out set, spent (the vocabulary was improved knowing its misses); `heldOut2`: the second, written before that and never tuned on. */
export type SearchRecall = Awaited<ReturnType<typeof recallAt5>> & { heldOut: Recall; heldOut2: Recall };

export async function searchRecall(): Promise<SearchRecall | { error: string }> {
  if (!existsSync(join(dist, RECORDS_DIR))) return { error: 'no search index in dist/' };
  const index = await siteIndex(dist);
  try {
    return { ...(await recallAt5(index)), heldOut: (await recallAt5(index, HELD_OUT)).everyday, heldOut2: (await recallAt5(index, HELD_OUT_2)).everyday };
  } finally {
    await index.close();
  }
}

// ——— the first search of every test query, in Node ———

export interface SpreadRun {
  query: string;
  wire: number;
  requests: number;
  pagefind: boolean;
  /** A query of a held-out set: measured and reported, not held to the budget (not tuned on, so its words may be outside the vocabulary). */
  heldOut: boolean;
}

/**
 * What a first search of each test query fetches, as the search page does for a reader whose
 * county is not known (load.ts): the tables of its phrases of the vocabulary; if a look-up needs
 * Pagefind, its script and the files it fetches, and the fragments its first results are labelled
 * from; the fragments of the first results shown.
 */
export async function firstSearchSpread(): Promise<{ runs: SpreadRun[]; over: SpreadRun[]; heldOutOver: SpreadRun[] } | { error: string }> {
  if (!existsSync(join(dist, RECORDS_DIR))) return { error: 'no search index in dist/' };
  const read = (path: string): unknown => JSON.parse(readFileSync(join(dist, path.slice(1)), 'utf8'));
  const vocab = new Set(vocabulary(GLOSSARY));
  const bytes = (path: string) => wire(readFileSync(join(dist, path)));
  const runs: SpreadRun[] = [];
  const heldOut = new Set<TestQuery>([...HELD_OUT, ...HELD_OUT_2]);
  for (const t of [...QUERIES, ...heldOut]) {
    const plan = planFor(t.q);
    const fetched = new Set<string>();
    const catalog = new Map<string, CatalogEntry>();
    const answers = new Map<string, Answer>();
    let pf: { ask: Ask; close: () => Promise<void> } | null = null;
    const pagefind = async () => {
      pf ??= await nodePagefind(dist, (p) => fetched.add(p));
      fetched.add('/pagefind/pagefind.js');
      return pf.ask;
    };
    const index: SearchIndex = {
      catalog,
      answers,
      pagefind,
      prepare: async (phrases) => {
        for (const file of new Set(phrases.filter((p) => vocab.has(p)).map(answersFile))) {
          if (!existsSync(join(dist, file.slice(1)))) continue;
          fetched.add(file);
          const f = read(file);
          const joined = joinTables({ catalog, answers }, { catalog: readCatalog(f), answers: readAnswers(f) });
          joined.catalog.forEach((e, id) => catalog.set(id, e));
          joined.answers.forEach((a, p) => answers.set(p, a));
        }
      },
      rows: async (ids) => {
        for (const id of ids.filter((id) => !catalog.has(id)).slice(0, FRAGMENT_ROWS)) {
          fetched.add(`/pagefind/fragment/${id}.pf_fragment`);
          const e = entryFromMeta(id, fragmentMeta(id));
          if (e) catalog.set(id, e);
        }
      },
    };
    try {
      const results = await runSearch(index, plan);
      for (const r of results.slice(0, FIRST_SNIPPETS).filter((x) => hasFragment(x.entry))) fetched.add(`/pagefind/fragment/${r.entry.id}.pf_fragment`);
    } finally {
      await (pf as { close: () => Promise<void> } | null)?.close();
    }
    runs.push({ query: t.q, wire: [...fetched].reduce((n, p) => n + bytes(p), 0), requests: fetched.size, pagefind: pf !== null, heldOut: heldOut.has(t) });
  }
  const over = runs.filter((r) => !withinSearchBudget(r));
  return { runs, over: over.filter((r) => !r.heldOut), heldOutOver: over.filter((r) => r.heldOut) };
}

/** A fragment's row meta, read from dist/ (gzip of "pagefind_dcd" and the JSON). */
function fragmentMeta(id: string): string | undefined {
  const data = gunzipSync(readFileSync(join(dist, 'pagefind/fragment', `${id}.pf_fragment`))).subarray('pagefind_dcd'.length);
  return (JSON.parse(data.toString('utf8')) as { meta?: Record<string, string> }).meta?.[ROW_META];
}

// ——— the first search, measured in Chromium ———

export interface SearchBytes {
  query: string;
  requests: { path: string; raw: number; wire: number }[];
  raw: number;
  wire: number;
  byKind: Record<string, { count: number; raw: number; wire: number }>;
  indexOnDisk: number;
  error?: string;
}

function kindOf(path: string): string {
  const name = path.slice('/pagefind/'.length);
  if (name === 'pagefind.js') return 'pagefind.js';
  if (name === 'pagefind-worker.js') return 'worker';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name === 'pagefind-entry.json') return 'entry';
  if (name.startsWith('records/')) return 'records';
  if (name.startsWith('answers/')) return 'answers';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.startsWith('index/')) return 'index chunks';
  if (name.startsWith('fragment/')) return 'fragments';
  if (name.startsWith('filter/')) return 'filters';
  return 'other';
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : readFileSync(p).length;
  }
  return n;
}

export async function measureSearch(query: string): Promise<SearchBytes> {
  const result: SearchBytes = { query, requests: [], raw: 0, wire: 0, byKind: {}, indexOnDisk: dirBytes(join(dist, 'pagefind')) };
  if (!existsSync(join(dist, 'search/index.html'))) return { ...result, error: 'no search page in dist/' };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: 'zh-CN',
      // A first visit's own requests only: the offline worker's precache download is reported apart.
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const seen = new Set<string>();
    page.on('response', (response) => {
      const u = new URL(response.url());
      if (u.origin !== preview.origin || !isPagefind(u.pathname)) return;
      const key = u.pathname;
      if (seen.has(key)) return;
      seen.add(key);
      pending.push(
        response.body().then(
          (body) => void result.requests.push({ path: key, raw: body.length, wire: wire(body) }),
          () => undefined,
        ),
      );
    });
    await page.goto(`${preview.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] li a[href]').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  } catch (e) {
    result.error = `search did not show results: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    await browser.close();
  }
  result.requests.sort((a, b) => a.path.localeCompare(b.path));
  for (const r of result.requests) {
    result.raw += r.raw;
    result.wire += r.wire;
    const k = (result.byKind[kindOf(r.path)] ??= { count: 0, raw: 0, wire: 0 });
    k.count++;
    k.raw += r.raw;
    k.wire += r.wire;
  }
  return result;
}
