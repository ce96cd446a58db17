/**
 * The nearest existing page for an address that is not there (the 404 page's suggestion).
 * A stale or mistyped address usually still names a page: a document without its year
 * (/documents/longli/ → /documents/longli-2017/), a role in another word (/roles/teacher/ →
 * /roles/school/, from the glossary's English glosses), a typo, or a page below one that exists.
 * Pure, so it is unit-tested; the 404 page runs it in the browser.
 */

/** `alias → id`: other words for a path segment (lower case). */
export type Aliases = Readonly<Record<string, string>>;

/**
 * One segment decoded; a malformed % escape (/documents/longli-2017%E4%/) never throws: the
 * escapes that decode are kept, the broken ones and stray % dropped, so what was meant remains.
 */
function decodeSegment(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg
      .replace(/(%[0-9a-f]{2})+/gi, (run) => {
        try {
          return decodeURIComponent(run);
        } catch {
          return '';
        }
      })
      .replace(/%/g, '');
  }
}

/** The address as a list of lower-case segments. */
export function pathSegments(pathname: string): string[] {
  return pathname.split('/').map((s) => decodeSegment(s).toLowerCase()).filter(Boolean);
}

/** Levenshtein distance, bounded: returns max + 1 as soon as the distance must exceed max. */
export function editDistance(a: string, b: string, max = 8): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * How far a typed segment is from a known one: 0 when equal or an alias of it; 1 when one is a
 * prefix of the other at a word boundary (longli ↔ longli-2017); else the edit distance, counted
 * only when small for the length (at most a third, at least 1, at most 3). Infinity otherwise.
 */
export function segmentCost(typed: string, known: string, aliases: Aliases = {}): number {
  if (typed === known || aliases[typed] === known) return 0;
  if (known.startsWith(`${typed}-`) || typed.startsWith(`${known}-`)) return 1;
  const limit = Math.min(3, Math.max(1, Math.floor(Math.min(typed.length, known.length) / 3)));
  const d = editDistance(typed, known, limit);
  return d <= limit ? d + 1 : Infinity;
}

/**
 * The known page nearest to the address: the best match for its full depth, else for the
 * address less its last segment, and so on; null when only the home page would do.
 * `known` holds paths with a trailing slash (/roles/school/).
 */
export function nearestPage(pathname: string, known: readonly string[], aliases: Aliases = {}): string | null {
  const typed = pathSegments(pathname);
  const pages = known.map((p) => ({ path: p, segs: p.split('/').filter(Boolean) }));
  for (let depth = typed.length; depth > 0; depth--) {
    const want = typed.slice(0, depth);
    let best: { path: string; cost: number } | null = null;
    for (const p of pages) {
      if (p.segs.length !== depth) continue;
      let cost = 0;
      for (let i = 0; i < depth && cost < Infinity; i++) cost += segmentCost(want[i]!, p.segs[i]!, aliases);
      if (cost < (best?.cost ?? Infinity)) best = { path: p.path, cost };
    }
    if (best) return best.path;
  }
  return null;
}
