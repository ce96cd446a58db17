/**
 * Pages that would list every document list a group of them instead, and an index links every
 * group (docs/010-scale.md): a page's size then stays the same however large the library grows.
 * Plain functions: no Astro.
 */

/** Documents per page: the comparison table (a column each on a wide screen), a role's duties in one situation, the parents' comparison, the printed cards. */
export const PER_PAGE = { table: 10, role: 20, parents: 20 } as const;

/** The items in groups of `size`, in order; none for no items. */
export function groupsOf<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

/** The 1-based page of a group, as a route's rest parameter: undefined for the first, "2" … for the rest. */
export const pageParam = (page: number): string | undefined => (page > 1 ? String(page) : undefined);

/** The page number a route's rest parameter names (undefined: the first); NaN for anything else. */
export const pageOfParam = (param: string | undefined): number => (param === undefined ? 1 : /^[2-9]\d*$|^1\d+$/.test(param) ? Number(param) : Number.NaN);
