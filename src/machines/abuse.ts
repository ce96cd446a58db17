/** 孩子被打、被虐待或被遗弃: suspected domestic violence, maltreatment or abandonment. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const abuse = walkMachine('abuse', {
  start: next([['removal', 'removal'], ['minor', 'minor'], ['protection-order', 'protectionOrder']], 'outcome'),
  removal: ask('removal', 'afterRemoval', 'afterRemoval'),
  afterRemoval: next([['minor', 'minor'], ['protection-order', 'protectionOrder']], 'outcome'),
  // 情节较轻 or 情节严重 sends the case down different roads (告诫书, or a criminal case).
  minor: ask('minor', 'afterMinor', 'afterMinor'),
  afterMinor: next([['protection-order', 'protectionOrder']], 'outcome'),
  // A 人身保护令 served on the police and the village committee starts their part in enforcing it.
  protectionOrder: ask('protection-order', 'outcome', 'outcome'),
  outcome: outcome('abuse'),
});
