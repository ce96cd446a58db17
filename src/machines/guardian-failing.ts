/** 家里大人照顾不了孩子: a guardian or entrusted carer unable or failing to care. */
import { setup } from 'xstate';
import { ask, next, outcome, walkActions, walkContext, walkGuards, type WalkContext, type WalkEvent, type WalkInput } from './routing.ts';

export const guardianFailing = setup({
  types: { input: {} as WalkInput, context: {} as WalkContext, events: {} as WalkEvent },
  guards: walkGuards,
  actions: walkActions,
}).createMachine({
  id: 'guardian-failing',
  context: walkContext,
  initial: 'start',
  states: {
    start: next([['carer-able', 'carerAble']], 'outcome'),
    // Whether the entrusted carer can care decides whether the parents are told to find another.
    carerAble: ask('carer-able', 'outcome', 'outcome'),
    outcome: outcome('guardian-failing'),
  },
});
