/**
 * The search's state ↔ the page address. Everything is in the URL (?q=…&文件=…&级别=…&地区=…),
 * so a search can be shared, bookmarked and reloaded; nothing is stored anywhere else.
 */

/** Pagefind filter names, as written on document pages (data-pagefind-filter). */
export const FILTERS = ['文件', '级别', '地区'] as const;
export type FilterName = (typeof FILTERS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const f of FILTERS) {
    const v = params.get(f)?.trim();
    if (v) filters[f] = v;
  }
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** The query string for a state ("" when empty), in a fixed order so equal states give equal URLs. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FILTERS) {
    const v = state.filters[f];
    if (v) params.set(f, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind's `filters` option: only the filters that are set. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, v]) => !!v)) as Record<string, string>;
}
