/**
 * What the search page is given at build time (the data island of src/pages/search/index.astro),
 * and the form's filters as a test on records.
 */
import type { CatalogEntry } from './catalog.ts';
import type { DocFilter } from './rank.ts';
import { FILTERS, type SearchState } from './state.ts';
import type { SearchTerm } from './synonyms.ts';

/** What the page knows of each document (embedded at build time): for the filters and labels. */
export interface DocInfo {
  short: string;
  level: string;
  region: string;
}

export interface PageData {
  glossary: readonly SearchTerm[];
  docs: Record<string, DocInfo>;
  /** Role ids → their names (for the remembered role). */
  roles: Record<string, string>;
  /** The walkthroughs' list of situations, when the site has it. */
  situations: string | null;
  /** Traditional → simplified for queries (fold-table.ts: "key value|key value"). */
  fold: string;
}

/** The form's filters (document, level, region: the words shown in the selects) as a test on records. */
export function docFilter(state: SearchState, docs: Record<string, DocInfo>): DocFilter {
  const set = FILTERS.filter((f) => state.filters[f]);
  if (!set.length) return null;
  const field = { 文件: 'short', 级别: 'level', 地区: 'region' } as const;
  return (e: CatalogEntry) => {
    const d = e.doc ? docs[e.doc] : undefined;
    return !!d && set.every((f) => d[field[f]] === state.filters[f]);
  };
}
