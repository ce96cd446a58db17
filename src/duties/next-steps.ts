/** What happens next: the hand-off chain after a duty, read off the case entries' `then` links. */
import type { SituationId } from '../glossary.ts';
import { thenOf, type CataloguedDuty, type ThenLink } from './schema.ts';

export interface NextStep {
  duty: CataloguedDuty;
  /** The link that leads here: the situations it applies to, its basis (text or inferred) and note. */
  link: ThenLink;
  /** What the bodies of this duty hand on in turn (each duty appears once in a whole chain). */
  next: NextStep[];
}

/**
 * The hand-off chain after a duty: the duties named in `then`, and theirs, depth first; only the
 * links that apply in `situation`, when one is given. Cycle-safe and without repeats: a duty
 * already in the chain (or the start) is not listed again.
 */
export function thenChain(duty: CataloguedDuty, byId: ReadonlyMap<string, CataloguedDuty>, situation?: SituationId): NextStep[] {
  const seen = new Set<string>([duty.id]);
  const walk = (links: readonly ThenLink[]): NextStep[] => {
    const fresh = links.filter((l) => !seen.has(l.duty) && byId.has(l.duty) && (!situation || l.when.includes(situation)));
    fresh.forEach((l) => seen.add(l.duty)); // siblings claim their place before any is expanded
    return fresh.map((link) => {
      const d = byId.get(link.duty)!;
      return { duty: d, link, next: walk(thenOf(d)) };
    });
  };
  return walk(thenOf(duty));
}

/** Counts the steps of a chain. */
export const chainSize = (steps: readonly NextStep[]): number => steps.reduce((n, s) => n + 1 + chainSize(s.next), 0);
