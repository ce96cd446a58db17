/**
 * What happens next: the hand-off chain after a duty, read off the case entries' `then` links.
 * One walk serves the duty cards (thenChain) and the walkthrough outcomes (src/duties/outcome.ts).
 */
import type { SituationId } from '../glossary.ts';
import type { CataloguedDuty } from './schema.ts';

/** A `then` link as a chain reads it: a checked entry's, or a walkthrough entry's. */
export interface HandoffLink {
  duty: string;
  when: readonly SituationId[];
  basis: 'text' | 'inferred';
  note?: string | undefined;
}

/** A hand-off in a chain: the entry the link leads to, on what basis (and why, where inferred), and what follows. */
export interface Handoff<E> {
  entry: E;
  basis: 'text' | 'inferred';
  note: string | null;
  /** What the bodies of this entry hand on in turn (each entry appears once in a whole chain). */
  next: Handoff<E>[];
}

export type NextStep = Handoff<CataloguedDuty>;

/**
 * The hand-off chain after `starts`: the entries their `then` links name, and theirs, depth first,
 * following only the links `keep` accepts. Cycle-safe and without repeats: an entry already in
 * the chain (or a start) is not listed again.
 */
export function handoffChain<E extends { id: string; then?: readonly HandoffLink[] }>(
  starts: readonly E[],
  byId: ReadonlyMap<string, E>,
  keep: (link: HandoffLink, to: E) => boolean,
): Handoff<E>[] {
  const seen = new Set(starts.map((e) => e.id));
  const walk = (from: E): Handoff<E>[] => {
    const fresh = (from.then ?? []).filter((l) => !seen.has(l.duty) && byId.has(l.duty) && keep(l, byId.get(l.duty)!));
    fresh.forEach((l) => seen.add(l.duty)); // siblings claim their place before any is expanded
    return fresh.map((l) => {
      const entry = byId.get(l.duty)!;
      return { entry, basis: l.basis, note: l.note ?? null, next: walk(entry) };
    });
  };
  return starts.flatMap(walk);
}

/** The hand-off chain after a duty; only the links that apply in `situation`, when one is given. */
export const thenChain = (duty: CataloguedDuty, byId: ReadonlyMap<string, CataloguedDuty>, situation?: SituationId): NextStep[] =>
  handoffChain([duty], byId, (l) => !situation || l.when.includes(situation));

/** The entries of a chain, depth first. */
export const chainEntries = <E>(steps: readonly Handoff<E>[]): E[] => steps.flatMap((s) => [s.entry, ...chainEntries(s.next)]);

/** Counts the steps of a chain. */
export const chainSize = (steps: readonly Handoff<unknown>[]): number => chainEntries(steps).length;

/** The chain after a duty for some of its situations (those whose chains are the same). */
export interface SituationChain {
  situations: SituationId[];
  steps: NextStep[];
}

const chainKey = (steps: readonly NextStep[]): string => steps.map((s) => `${s.entry.id}:${s.basis}(${chainKey(s.next)})`).join(',');

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
