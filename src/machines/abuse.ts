/** 孩子被打、被虐待或被遗弃: suspected domestic violence, maltreatment or abandonment. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const abuse = walkMachine('abuse', {
  start: next([['removal', 'removal'], ['minor', 'minor']], 'outcome'),
  removal: ask('removal', 'afterRemoval', 'afterRemoval'),
  afterRemoval: next([['minor', 'minor']], 'outcome'),
  // 情节较轻 or 情节严重 sends the case down different roads (告诫书, or a criminal case).
  minor: ask('minor', 'outcome', 'outcome'),
  outcome: outcome('abuse'),
});
