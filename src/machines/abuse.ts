/** 孩子被打、被虐待或被遗弃: suspected domestic violence, maltreatment or abandonment. */
import { setup } from 'xstate';
import { ask, next, outcome, walkActions, walkContext, walkGuards, type WalkContext, type WalkEvent, type WalkInput } from './routing.ts';

export const abuse = setup({
  types: { input: {} as WalkInput, context: {} as WalkContext, events: {} as WalkEvent },
  guards: walkGuards,
  actions: walkActions,
}).createMachine({
  id: 'abuse',
  context: walkContext,
  initial: 'start',
  states: {
    start: next([['removal', 'removal'], ['minor', 'minor']], 'outcome'),
    removal: ask('removal', 'afterRemoval', 'afterRemoval'),
    afterRemoval: next([['minor', 'minor']], 'outcome'),
    // 情节较轻 or 情节严重 sends the case down different roads (告诫书, or a criminal case).
    minor: ask('minor', 'outcome', 'outcome'),
    outcome: outcome('abuse'),
  },
});
