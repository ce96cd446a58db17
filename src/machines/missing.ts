/** 孩子不见了: a child missing. */
import { setup } from 'xstate';
import { ask, next, outcome, walkActions, walkContext, walkGuards, type WalkContext, type WalkEvent, type WalkInput } from './routing.ts';

export const missing = setup({
  types: { input: {} as WalkInput, context: {} as WalkContext, events: {} as WalkEvent },
  guards: walkGuards,
  actions: walkActions,
}).createMachine({
  id: 'missing',
  context: walkContext,
  initial: 'start',
  states: {
    start: next([['reachable', 'reachable']], 'outcome'),
    reachable: ask('reachable', 'outcome', 'unreachable'),
    outcome: outcome('missing'),
    unreachable: outcome('missing', 'parents-unreachable'),
  },
});
