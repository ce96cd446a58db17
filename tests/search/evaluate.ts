/**
 * Recall at 5 of the query test set (queries.ts): a query counts when one of its first five
 * results is at an expected place. The same code runs on the fixture of the built index (unit
 * tests) and on dist/ through Pagefind in Node (`npm run bench`, scripts/search-fixture.ts).
 */
import type { CatalogEntry } from '../../src/search/catalog.ts';
import { fromTable, search, type SearchIndex } from '../../src/search/answer.ts';
import { folder } from '../../src/search/fold.ts';
import { foldTable } from '../../src/search/fold-table.ts';
import { fallbackLookups, lookups, pagefindQueries, planQuery } from '../../src/search/plan.ts';
import type { Ranked } from '../../src/search/rank.ts';
import type { SearchTerm } from '../../src/search/synonyms.ts';
import { SEARCH_TERMS } from '../../src/search/terms.ts';
import { QUERIES, type TestQuery } from './queries.ts';

/** The glossary terms the search page embeds (src/pages/search/index.astro). */
export const GLOSSARY: readonly SearchTerm[] = SEARCH_TERMS;

/** Traditional → simplified, as the search page folds queries (its table is trimmed to the site's characters; this one is whole). */
const FOLD = folder(foldTable());

/** A query's plan, as the search page makes it (traditional characters folded). */
export const planFor = (q: string) => planQuery(q, GLOSSARY, FOLD);

/** The search page's ranking for a query (ui.ts, without the browser and with no remembered choice). */
export async function searchWith(index: SearchIndex, q: string): Promise<Ranked[]> {
  return search(index, planFor(q));
}

/** Every Pagefind query string the search page may send for a query (look-ups the table does not answer). */
export function pagefindStrings(q: string, answers: SearchIndex['answers']): string[] {
  const plan = planFor(q);
  return [...lookups(plan), ...fallbackLookups(plan)].filter((l) => !fromTable(l, answers)).flatMap((l) => Object.values(pagefindQueries(l)));
}

/** Whether a result is at an expected place (`doc`, or `doc#section`: the section or below it, a duty by its clause; `walkthrough:<id>`). */
export function fits(entry: CatalogEntry, target: string): boolean {
  if (target.startsWith('walkthrough:')) return entry.kind === 'walkthrough' && entry.url === `/walkthroughs/${target.slice('walkthrough:'.length)}/`;
  const [doc, sec] = target.split('#') as [string, string | undefined];
  if (entry.doc !== doc) return false;
  if (!sec) return true;
  const anchor = entry.kind === 'duty' ? entry.clause : entry.url.split('#')[1] ?? null;
  return !!anchor && (anchor === sec || anchor.startsWith(`${sec}-`));
}

export interface Recall {
  kind: TestQuery['kind'];
  total: number;
  hits: number;
  misses: { q: string; top: string[] }[];
}

export async function recallAt5(index: SearchIndex, queries: readonly TestQuery[] = QUERIES): Promise<Record<TestQuery['kind'], Recall>> {
  const out: Record<TestQuery['kind'], Recall> = {
    policy: { kind: 'policy', total: 0, hits: 0, misses: [] },
    everyday: { kind: 'everyday', total: 0, hits: 0, misses: [] },
  };
  for (const t of queries) {
    const top = (await searchWith(index, t.q)).slice(0, 5);
    const r = out[t.kind];
    r.total++;
    if (top.some((x) => t.expect.some((e) => fits(x.entry, e)))) r.hits++;
    else r.misses.push({ q: t.q, top: top.map((x) => `${x.entry.kind} ${x.entry.doc ?? ''}#${x.entry.kind === 'duty' ? x.entry.clause : x.entry.url.split('#')[1] ?? ''}`) });
  }
  return out;
}

export const percent = (r: Recall) => (r.total ? (100 * r.hits) / r.total : 0);
