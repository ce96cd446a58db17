/** 孩子一个人在家: a child living alone or without anyone looking after them. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const livingAlone = walkMachine('living-alone', {
  start: next([['reachable', 'reachable']], 'outcome'),
  // Whether the parents can be reached decides who takes the child in (the documents' 联系不上父母).
  reachable: ask('reachable', 'outcome', 'unreachable'),
  outcome: outcome('living-alone'),
  unreachable: outcome('living-alone', 'parents-unreachable'),
});
