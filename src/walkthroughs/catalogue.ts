/**
 * Reads checked catalogue entries as the walkthroughs select from them. A v2 entry is read as it
 * is; an entry without a kind (the v1 shape, until the catalogue is migrated) reads as a case whose
 * hand-offs apply in all its situations, stated in the text.
 */
import type { Entry } from './select.ts';

type Loose = Omit<Entry, 'kind' | 'then'> & { kind?: Entry['kind']; then?: readonly (string | NonNullable<Entry['then']>[number])[] };

export function walkEntries<E extends Loose>(duties: readonly E[]): (E & Entry)[] {
  return duties.map((d) => {
    if (d.kind) return d as E & Entry;
    const then = (d.then ?? []).map((t) => (typeof t === 'string' ? { duty: t, when: d.situations, basis: 'text' as const } : t));
    return { ...d, kind: 'case', then } as E & Entry;
  });
}
