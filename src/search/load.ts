/**
 * What a search is answered from, fetched only when needed: the table of records
 * (/pagefind/records.json, on focus), the table of answers (answers.json, when a look-up is in the
 * vocabulary), the reader's own outcome pages (a file per document and role) and Pagefind (only
 * for what the tables do not hold).
 */
import { ANSWERS_FILE, joinTables, outcomesFile, readAnswers, readCatalog, RECORDS_FILE, type Answers, type Catalog } from './catalog.ts';
import { needsAnswers, type Ask, type SearchIndex } from './answer.ts';
import type { QueryPlan } from './plan.ts';
import type { Preferences } from './rank.ts';
import { vocabulary, type SearchTerm } from './synonyms.ts';

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { id: string; score: number }[] } | null>;
}

/** Loads once; a failed load (offline, say) is tried again next time. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => {
    p ??= make();
    p.catch(() => (p = null));
    return p;
  };
}

// Pagefind (its script, wasm and index chunks) loads only for a look-up the table of answers does
// not hold; without its web worker (one file less).
const pagefind = once(async (): Promise<Ask> => {
  // A runtime path, so the bundler leaves it alone: the files exist only after the index is built.
  const path = '/pagefind/pagefind.js';
  const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
  await pf.options({ excerptLength: 40, noWorker: true });
  await pf.init();
  return async (q) => (await pf.search(q))?.results ?? [];
});

type Table = { catalog: Catalog; answers: Answers };
const NONE: Table = { catalog: new Map(), answers: new Map() };

async function readJson(path: string): Promise<unknown> {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json();
}

/** The rows of records.json; the page starts this as soon as the reader focuses the search box. */
export const records = once(() => readJson(RECORDS_FILE));
const answers = once(async () => readAnswers(await readJson(ANSWERS_FILE), await records()));
const outcomes = new Map<string, () => Promise<Table>>();
let vocab: ReadonlySet<string> | null = null;

/**
 * What a search is answered from: the rows of records.json; the table of answers when a look-up is
 * in the vocabulary (else Pagefind answers, as the table would); and for a reader who has chosen a
 * document and a role, the outcome pages for both (none for a role that document gives no
 * walkthrough: empty). Outcome pages are answered only from tables, so only beside answers.json.
 */
export async function indexFor(plan: QueryPlan, prefs: Preferences, glossary: readonly SearchTerm[]): Promise<SearchIndex> {
  vocab ??= new Set(vocabulary(glossary));
  const withAnswers = needsAnswers(plan, vocab);
  const base: Table = { catalog: readCatalog(await records()), answers: withAnswers ? await answers() : new Map() };
  if (!prefs.doc || !prefs.role) return { ...base, pagefind };
  const file = outcomesFile(prefs.doc, prefs.role);
  const load = async (): Promise<Table> => {
    const f = await readJson(file);
    return { catalog: readCatalog(f), answers: readAnswers(f) };
  };
  if (!outcomes.has(file)) outcomes.set(file, once(() => load().catch(() => NONE)));
  const mine = await outcomes.get(file)!();
  return { ...joinTables(base, withAnswers ? mine : { ...mine, answers: new Map() }), pagefind };
}
