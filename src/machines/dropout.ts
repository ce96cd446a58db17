/** 孩子不来上学: a child not coming to school. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const dropout = walkMachine('dropout', {
  start: next([['over-week', 'overWeek'], ['return-failed', 'returnFailed']], 'outcome'),
  // 超过一个星期 is the threshold for organising a return; 劝返无效 for reporting it upward. Each is
  // asked only where the document says it, and neither answer skips the other question.
  overWeek: ask('over-week', 'afterWeek', 'afterWeek'),
  afterWeek: next([['return-failed', 'returnFailed']], 'outcome'),
  returnFailed: ask('return-failed', 'outcome', 'outcome'),
  outcome: outcome('dropout'),
});
