/**
 * What a search is answered from, fetched only when needed (docs/010-scale.md): the tables of
 * the query's phrases of the vocabulary (/pagefind/answers/<first character>.json, the best rows
 * of every document), the table of the reader's own document (all its rows and answers) and of the
 * document the reader filters on, the reader's own outcome pages (a file per document and role),
 * and Pagefind for what no table holds, whose results are labelled from their fragments.
 */
import { answersFile, entryFromMeta, joinTables, outcomesFile, readAnswers, readCatalog, recordsFile, ROW_META, type Answers, type Catalog, type CatalogEntry } from './catalog.ts';
import { needsAnswers, type Ask, type SearchIndex } from './answer.ts';
import { loadFragment } from './fragment.ts';
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

// Pagefind (its script, wasm and index chunks) loads only for a look-up no table holds; without
// its web worker (one file less).
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

const tables = new Map<string, () => Promise<Table>>();
/** A table file, once per page; one that is missing (a phrase no record holds, a pack not saved offline) is empty. */
function tableOf(path: string): Promise<Table> {
  if (!tables.has(path)) {
    tables.set(path, once(async () => {
      const f = await readJson(path).catch(() => null);
      return f ? { catalog: readCatalog(f), answers: readAnswers(f) } : NONE;
    }));
  }
  return tables.get(path)!();
}

/**
 * Rows Pagefind's results are labelled from, by fragment, at most: with Pagefind's four files and
 * a chunk or two, a first search stays within ten requests (the first results' snippets are these
 * same fragments).
 */
export const FRAGMENT_ROWS = 3;

/** The page starts loading the reader's own document's table as soon as the box is focused. */
export const warm = (prefs: Preferences) => (prefs.doc ? tableOf(recordsFile(prefs.doc)).then(() => undefined) : Promise.resolve());

/**
 * What a search is answered from: the tables of the reader's document and of `documents` (the one
 * the reader filters on) from the start; the tables of the phrases asked (prepare, as the search
 * asks them); Pagefind for the rest, its results' rows read from their fragments (rows). For a
 * reader who has chosen a document and a role, the outcome pages for both (answered only from
 * tables, so only beside a phrase of the vocabulary).
 */
export async function indexFor(plan: QueryPlan, prefs: Preferences, glossary: readonly SearchTerm[], documents: readonly string[] = []): Promise<SearchIndex> {
  const vocab = new Set(vocabulary(glossary));
  const withAnswers = needsAnswers(plan, vocab);
  const own = [...new Set([...(prefs.doc ? [prefs.doc] : []), ...documents])].map((d) => tableOf(recordsFile(d)));
  const outcome = prefs.doc && prefs.role && withAnswers ? [tableOf(outcomesFile(prefs.doc, prefs.role))] : [];
  const start = (await Promise.all([...own, ...outcome])).reduce(joinTables, NONE);
  const catalog = new Map(start.catalog);
  const answers = new Map(start.answers);
  const add = (t: Table) => {
    const joined = joinTables({ catalog, answers }, t);
    for (const [id, e] of joined.catalog) catalog.set(id, e);
    for (const [p, a] of joined.answers) answers.set(p, a);
  };
  return {
    catalog,
    answers,
    pagefind,
    prepare: async (phrases) => {
      for (const t of await Promise.all([...new Set(phrases.filter((p) => vocab.has(p)).map(answersFile))].map(tableOf))) add(t);
    },
    rows: async (ids) => {
      const missing = ids.filter((id) => !catalog.has(id)).slice(0, FRAGMENT_ROWS);
      const found = await Promise.all(missing.map((id) => loadFragment(id).then((f) => entryFromMeta(id, f.meta?.[ROW_META]), () => null)));
      for (const e of found) if (e) catalog.set(e.id, e as CatalogEntry);
    },
  };
}
