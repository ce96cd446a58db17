/** What happens next: the hand-off chain after a duty, read off the duties' `then`. */
import type { CataloguedDuty } from './schema.ts';

export interface NextStep {
  duty: CataloguedDuty;
  /** What the bodies of this duty hand on in turn (each duty appears once in a whole chain). */
  next: NextStep[];
}

/**
 * The hand-off chain after a duty: the duties named in `then`, and theirs, depth first.
 * Cycle-safe and without repeats: a duty already in the chain (or the start) is not listed again.
 */
export function thenChain(duty: Pick<CataloguedDuty, 'id' | 'then'>, byId: ReadonlyMap<string, CataloguedDuty>): NextStep[] {
  const seen = new Set<string>([duty.id]);
  const walk = (ids: readonly string[]): NextStep[] => {
    const fresh = ids.filter((id) => !seen.has(id) && byId.has(id));
    fresh.forEach((id) => seen.add(id)); // siblings claim their place before any is expanded
    return fresh.map((id) => {
      const d = byId.get(id)!;
      return { duty: d, next: walk(d.then) };
    });
  };
  return walk(duty.then);
}

/** Counts the steps of a chain. */
export const chainSize = (steps: readonly NextStep[]): number => steps.reduce((n, s) => n + 1 + chainSize(s.next), 0);
