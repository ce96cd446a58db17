/** 联系不上孩子父母: the parents working away cannot be reached. */
import { setup } from 'xstate';
import { ask, next, outcome, walkActions, walkContext, walkGuards, type WalkContext, type WalkEvent, type WalkInput } from './routing.ts';

export const parentsUnreachable = setup({
  types: { input: {} as WalkInput, context: {} as WalkContext, events: {} as WalkEvent },
  guards: walkGuards,
  actions: walkActions,
}).createMachine({
  id: 'parents-unreachable',
  context: walkContext,
  initial: 'start',
  states: {
    start: next([['cared-for', 'caredFor']], 'outcome'),
    // With nobody looking after the child, the documents' rules for a child living alone apply too.
    caredFor: ask('cared-for', 'outcome', 'alone'),
    outcome: outcome('parents-unreachable'),
    alone: outcome('parents-unreachable', 'living-alone'),
  },
});
