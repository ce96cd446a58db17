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

/** The chain after a duty for some of its situations (those whose chains are the same). */
export interface SituationChain {
  situations: SituationId[];
  steps: NextStep[];
}

const chainKey = (steps: readonly NextStep[]): string => steps.map((s) => `${s.duty.id}:${s.link.basis}(${chainKey(s.next)})`).join(',');

/**
 * The hand-off chains after a duty, one per situation, situations with the same chain merged
 * (in the duty's own order of situations). An empty `steps` is a situation in which nothing follows.
 */
export function chainsBySituation(duty: CataloguedDuty, byId: ReadonlyMap<string, CataloguedDuty>): SituationChain[] {
  const out: SituationChain[] = [];
  for (const situation of duty.situations) {
    const steps = thenChain(duty, byId, situation);
    const same = out.find((c) => chainKey(c.steps) === chainKey(steps));
    if (same) same.situations.push(situation);
    else out.push({ situations: [situation], steps });
  }
  return out;
}
