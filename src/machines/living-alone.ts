/** 孩子一个人在家: a child living alone or without anyone looking after them. */
import { setup } from 'xstate';
import { ask, next, outcome, walkActions, walkContext, walkGuards, type WalkContext, type WalkEvent, type WalkInput } from './routing.ts';

export const livingAlone = setup({
  types: { input: {} as WalkInput, context: {} as WalkContext, events: {} as WalkEvent },
  guards: walkGuards,
  actions: walkActions,
}).createMachine({
  id: 'living-alone',
  context: walkContext,
  initial: 'start',
  states: {
    start: next([['reachable', 'reachable']], 'outcome'),
    // Whether the parents can be reached decides who takes the child in (the documents' 联系不上父母).
    reachable: ask('reachable', 'outcome', 'unreachable'),
    outcome: outcome('living-alone'),
    unreachable: outcome('living-alone', 'parents-unreachable'),
  },
});
