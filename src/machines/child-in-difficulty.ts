/** 孩子生活困难、重病或残疾: a child in difficulty who needs support. */
import { setup } from 'xstate';
import { ask, next, outcome, walkActions, walkContext, walkGuards, type WalkContext, type WalkEvent, type WalkInput } from './routing.ts';

export const childInDifficulty = setup({
  types: { input: {} as WalkInput, context: {} as WalkContext, events: {} as WalkEvent },
  guards: walkGuards,
  actions: walkActions,
}).createMachine({
  id: 'child-in-difficulty',
  context: walkContext,
  initial: 'start',
  states: {
    start: next([['unsupported', 'unsupported'], ['poor', 'poor']], 'outcome'),
    // With no parent able to raise the child, the rules for a de facto unsupported child apply too.
    unsupported: ask('unsupported', 'unsupportedNext', 'supportedNext'),
    supportedNext: next([['poor', 'poor']], 'outcome'),
    unsupportedNext: next([['poor', 'poorUnsupported']], 'unsupportedOutcome'),
    poor: ask('poor', 'outcome', 'outcome'),
    poorUnsupported: ask('poor', 'unsupportedOutcome', 'unsupportedOutcome'),
    outcome: outcome('child-in-difficulty'),
    unsupportedOutcome: outcome('child-in-difficulty', 'de-facto-unsupported'),
  },
});
