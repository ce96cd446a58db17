/**
 * Every state a walkthrough can reach for one document and role, enumerated from the machine's
 * graph (xstate/graph): each becomes a static page whose address is the answers given so far.
 * Build-time only (pages, open data, tests); the browser island never loads the graph helpers.
 */
import { getShortestPaths } from 'xstate/graph';
import type { SituationId } from '../glossary.ts';
import type { WalkMachine } from '../machines/index.ts';
import { segmentOf } from './segments.ts';
import { type AnswerValue, type Answers, type FactId, type OutcomeMeta, type WalkInput } from '../machines/routing.ts';

export interface WalkState {
  /** The answers so far as address segments, in the order asked: ['reachable-no']. */
  segments: string[];
  answers: Answers;
  kind: 'question' | 'outcome';
  /** The fact a question state asks about. */
  fact: FactId | null;
  /** The situations an outcome state draws on (its meta). */
  situations: SituationId[];
  /** What selection reads: the answers given, and the facts the walkthrough's premise gives. */
  facts: Answers;
}

const EVENTS = [{ type: 'YES' }, { type: 'NO' }] as const;

/** The facts a machine's question states ask about, in the order of its states. */
export function questionFacts(machine: WalkMachine): FactId[] {
  const facts = Object.values(machine.root.states).flatMap((s) => {
    const fact = (s.meta as { fact?: FactId } | undefined)?.fact;
    return fact ? [fact] : [];
  });
  return [...new Set(facts)];
}

/** Every reachable state of the machine started with `input`, shortest path first. */
export function walkStates(machine: WalkMachine, input: WalkInput): WalkState[] {
  const paths = getShortestPaths(machine, { input, events: EVENTS });
  return paths
    .map(({ state }) => {
      const answers = state.context.answers;
      const meta = Object.values(state.getMeta()) as ({ fact?: FactId } & Partial<OutcomeMeta>)[];
      const outcome = state.hasTag('outcome');
      return {
        segments: Object.entries(answers).map(([f, v]) => segmentOf(f as FactId, v)),
        answers,
        kind: outcome ? ('outcome' as const) : ('question' as const),
        fact: outcome ? null : (meta.find((m) => m.fact)?.fact ?? null),
        situations: outcome ? [...(meta.find((m) => m.situations)?.situations ?? [])] : [],
        facts: { ...(outcome ? meta.find((m) => m.given)?.given : undefined), ...answers },
      };
    })
    .sort((a, b) => a.segments.length - b.segments.length || a.segments.join('/').localeCompare(b.segments.join('/')));
}

/**
 * The facts worth asking for this document and role: those whose answer changes what the outcome
 * shows. Every question is walked; a fact matters when the outcomes reached answering 是 differ
 * from those reached answering 否 (`signature` says what an outcome shows).
 */
export function factsThatMatter(
  machine: WalkMachine,
  input: Omit<WalkInput, 'asks'>,
  signature: (situations: readonly SituationId[], answers: Answers) => string,
): FactId[] {
  const all = questionFacts(machine);
  const outcomes = walkStates(machine, { ...input, asks: all }).filter((s) => s.kind === 'outcome');
  return all.filter((fact) => {
    const sigs = (value: AnswerValue) => new Set(outcomes.filter((o) => o.answers[fact] === value).map((o) => signature(o.situations, o.facts)));
    const yes = sigs('yes');
    const no = sigs('no');
    return yes.size !== no.size || [...yes].some((s) => !no.has(s));
  });
}
