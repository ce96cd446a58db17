/**
 * What every walkthrough machine shares: its input, its events and the two named implementations
 * its config refers to. Routing only: no wording, no duty text, no component (STYLE.md, XState).
 *
 * A machine starts once the person has chosen the document (county) and their role. Its questions
 * are facts (FactId) that the documents' own conditions and thresholds turn on; the walkthrough
 * layer works out which facts change the outcome for this document and role (`asks`), and a
 * question whose answer would change nothing is never put to a person in a hurry.
 */
import { assign, setup } from 'xstate';
import type { AnswerValue, Answers, FactId, RoleId, SituationId } from '../glossary.ts';

/** The facts a machine may ask about (the glossary's; YES means it holds). */
export { FACTS } from '../facts.ts';
export type { AnswerValue, Answers, FactId } from '../glossary.ts';


/** What a machine is started with: the chosen document and role, and the facts worth asking there. */
export interface WalkInput {
  document: string;
  role: RoleId;
  /** The facts whose answer changes the outcome for this document and role. */
  asks: readonly FactId[];
}

export interface WalkContext extends WalkInput {
  answers: Answers;
}

/** An answer to the current question. */
export type WalkEvent = { type: 'YES' } | { type: 'NO' };

/** Each outcome state's meta: the situations its duties are drawn from, and facts the walkthrough itself establishes. */
export interface OutcomeMeta {
  situations: readonly SituationId[];
  /** Facts that hold in every outcome of this walkthrough without being asked (联系不上父母: reachable no). */
  given?: Answers;
}

/** The implementations every machine's setup() takes, by name. */
export const walkGuards = {
  /** Is this fact worth asking for this document and role? */
  asks: ({ context }: { context: WalkContext }, params: { fact: FactId }) => context.asks.includes(params.fact),
};

export const walkActions = {
  /** Records the answer to the question just put. */
  answer: assign<WalkContext, WalkEvent, { fact: FactId; value: AnswerValue }, WalkEvent, never>(({ context }, params) => ({
    answers: { ...context.answers, [params.fact]: params.value },
  })),
};

export const walkContext = ({ input }: { input: WalkInput }): WalkContext => ({ ...input, answers: {} });

/**
 * A question state: tagged `question`, YES and NO each record the answer and lead on.
 * (A helper, so each machine file reads as its routing table and nothing else.)
 */
export const ask = (fact: FactId, yes: string, no: string) => ({
  tags: 'question' as const,
  meta: { fact },
  on: {
    YES: { target: yes, actions: { type: 'answer' as const, params: { fact, value: 'yes' as const } } },
    NO: { target: no, actions: { type: 'answer' as const, params: { fact, value: 'no' as const } } },
  },
});

/** A passing state: on to the first of `[fact, state]` worth asking, else to `otherwise`. */
export const next = (steps: readonly (readonly [FactId, string])[], otherwise: string) => ({
  always: [
    ...steps.map(([fact, target]) => ({ guard: { type: 'asks' as const, params: { fact } }, target })),
    { target: otherwise },
  ],
});

/** An outcome state: final, tagged `outcome`, its meta naming the situations it draws on. */
export const outcome = (...situations: SituationId[]) => ({
  type: 'final' as const,
  tags: 'outcome' as const,
  meta: { situations } as OutcomeMeta,
});

/** An outcome in which facts hold that the walkthrough's own premise gives (never asked). */
export const outcomeGiven = (given: Answers, ...situations: SituationId[]) => ({
  ...outcome(...situations),
  meta: { situations, given } as OutcomeMeta,
});

/** The setup every walkthrough shares: its input, context and events, and the named guard and action. */
const walkSetup = setup({
  types: { input: {} as WalkInput, context: {} as WalkContext, events: {} as WalkEvent },
  guards: walkGuards,
  actions: walkActions,
});

type WalkStates = NonNullable<Parameters<typeof walkSetup.createMachine>[0]['states']>;

/**
 * A walkthrough machine: its id (the situation's glossary id) and its routing table, which begins
 * at `start`. (So each machine file holds its states and nothing else.)
 */
export const walkMachine = <const S extends WalkStates>(id: SituationId, states: S) =>
  walkSetup.createMachine({ id, context: walkContext, initial: 'start', states });
