/** 父母要外出打工: a parent about to leave for work. */
import { setup } from 'xstate';
import { ask, next, outcome, walkActions, walkContext, walkGuards, type WalkContext, type WalkEvent, type WalkInput } from './routing.ts';

export const parentsLeaving = setup({
  types: { input: {} as WalkInput, context: {} as WalkContext, events: {} as WalkEvent },
  guards: walkGuards,
  actions: walkActions,
}).createMachine({
  id: 'parents-leaving',
  context: walkContext,
  initial: 'start',
  states: {
    start: next([['both-away', 'bothAway']], 'outcome'),
    bothAway: ask('both-away', 'outcome', 'outcome'),
    outcome: outcome('parents-leaving'),
  },
});
