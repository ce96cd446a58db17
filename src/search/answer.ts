/**
 * A query's results: each look-up of the plan is answered from the build's table of answers
 * when it is one phrase of the search's vocabulary, and by Pagefind otherwise (loaded only then).
 * The same code serves the search page (ui.ts), the unit tests on the fixture of the index and
 * `npm run bench` on dist/.
 */
import type { Answers, Catalog } from './catalog.ts';
import { fallbackLookups, lookups, pagefindQueries, type Lookup, type QueryPlan } from './plan.ts';
import { rankResults, type Answer, type DocFilter, type Preferences, type Ranked } from './rank.ts';

/** Pagefind as the search asks it: a query string → result ids, with scores. */
export type Ask = (query: string) => Promise<{ id: string; score: number }[]>;

export interface SearchIndex {
  catalog: Catalog;
  answers: Answers;
  /** Pagefind, loaded on first use. */
  pagefind: () => Promise<Ask>;
  /** Loads the tables of these phrases into `answers` and `catalog` (the page's index is cut by phrase; a whole one needs none). */
  prepare?: (phrases: readonly string[]) => Promise<void>;
  /** Loads the rows of these result ids that `catalog` lacks, as many as the page allows (from their fragments). */
  rows?: (ids: readonly string[]) => Promise<void>;
}

/** The table's answer to a look-up, when the look-up is one phrase the build answered. */
export function fromTable(l: Lookup, answers: Answers): Answer | null {
  return l.phrases.length === 1 ? (answers.get(l.phrases[0]!) ?? null) : null;
}

/** Whether the first look-ups of a plan include a phrase of the vocabulary (the table of answers is worth loading). */
export function needsAnswers(plan: QueryPlan, vocab: ReadonlySet<string>): boolean {
  return lookups(plan).some((l) => l.phrases.length === 1 && vocab.has(l.phrases[0]!));
}

/** Pagefind's answer to a look-up: the quoted search's ids, the loose search's scores. */
export async function askPagefind(ask: Ask, l: Lookup): Promise<Answer> {
  const q = pagefindQueries(l);
  const [exact, loose] = await Promise.all([ask(q.exact), ask(q.loose)]);
  return { exact: exact.map((r) => r.id), loose: new Map(loose.map((r) => [r.id, r.score])) };
}

async function answerAll(index: SearchIndex, ls: readonly Lookup[]): Promise<{ lookup: Lookup; answer: Answer }[]> {
  await index.prepare?.(ls.flatMap((l) => (l.phrases.length === 1 ? [l.phrases[0]!] : [])));
  const found = await Promise.all(ls.map(async (lookup) => {
    const table = fromTable(lookup, index.answers);
    return { lookup, answer: table ?? (await askPagefind(await index.pagefind(), lookup)), pagefind: !table };
  }));
  // Rows for Pagefind's results, when the page lacks them and no table found anything (the table's
  // results, the documents' own words, come first anyway): the quoted search's (the only ones
  // ranked), best scored first.
  const best = (a: Answer) => [...a.exact].sort((x, y) => (a.loose.get(y) ?? 0) - (a.loose.get(x) ?? 0));
  const tableFound = found.some((f) => !f.pagefind && f.answer.exact.some((id) => index.catalog.has(id)));
  if (!tableFound) await index.rows?.([...new Set(found.filter((f) => f.pagefind).flatMap((f) => best(f.answer)))]);
  return found.map(({ lookup, answer }) => ({ lookup, answer }));
}

/** The ranked results of a plan: its look-ups, then (when they find nothing) its fallback look-ups. */
export async function search(index: SearchIndex, plan: QueryPlan, prefs: Preferences = {}, filter: DocFilter = null): Promise<Ranked[]> {
  const first = rankResults(plan, await answerAll(index, lookups(plan)), index.catalog, prefs, filter);
  if (first.length) return first;
  return rankResults(plan, await answerAll(index, fallbackLookups(plan)), index.catalog, prefs, filter);
}
