/** 孩子被打、被虐待或被遗弃: suspected domestic violence, maltreatment or abandonment. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const abuse = walkMachine('abuse', {
  start: next([['removal', 'removal'], ['minor', 'minor'], ['crime', 'crime'], ['protection-order', 'protectionOrder']], 'outcome'),
  removal: ask('removal', 'afterRemoval', 'afterRemoval'),
  afterRemoval: next([['minor', 'minor'], ['crime', 'crime'], ['protection-order', 'protectionOrder']], 'outcome'),
  // 情节较轻 sends the case to 告诫书 or 批评教育; a crime to a criminal case. Neither is the other's
  // opposite (情节严重 is not yet 构成犯罪), so each is its own question, asked only where it matters.
  minor: ask('minor', 'afterMinor', 'afterMinor'),
  afterMinor: next([['crime', 'crime'], ['protection-order', 'protectionOrder']], 'outcome'),
  crime: ask('crime', 'afterCrime', 'afterCrime'),
  afterCrime: next([['protection-order', 'protectionOrder']], 'outcome'),
  // A 人身保护令 served on the police and the village committee starts their part in enforcing it.
  protectionOrder: ask('protection-order', 'outcome', 'outcome'),
  outcome: outcome('abuse'),
});
