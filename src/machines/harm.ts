/** 孩子受伤或被人伤害: accidental injury or unlawful harm. */
import { setup } from 'xstate';
import { ask, next, outcome, walkActions, walkContext, walkGuards, type WalkContext, type WalkEvent, type WalkInput } from './routing.ts';

export const harm = setup({
  types: { input: {} as WalkInput, context: {} as WalkContext, events: {} as WalkEvent },
  guards: walkGuards,
  actions: walkActions,
}).createMachine({
  id: 'harm',
  context: walkContext,
  initial: 'start',
  states: {
    start: next([['minor', 'minor']], 'outcome'),
    minor: ask('minor', 'outcome', 'outcome'),
    outcome: outcome('harm'),
  },
});
