/** 孩子没有户口: a child without household registration. No fact the documents set changes the answer. */
import { setup } from 'xstate';
import { next, outcome, walkActions, walkContext, walkGuards, type WalkContext, type WalkEvent, type WalkInput } from './routing.ts';

export const unregistered = setup({
  types: { input: {} as WalkInput, context: {} as WalkContext, events: {} as WalkEvent },
  guards: walkGuards,
  actions: walkActions,
}).createMachine({
  id: 'unregistered',
  context: walkContext,
  initial: 'start',
  states: {
    start: next([], 'outcome'),
    outcome: outcome('unregistered'),
  },
});
