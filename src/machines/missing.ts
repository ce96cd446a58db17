/** 孩子不见了: a child missing. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const missing = walkMachine('missing', {
  start: next([['reachable', 'reachable']], 'outcome'),
  reachable: ask('reachable', 'outcome', 'unreachable'),
  outcome: outcome('missing'),
  unreachable: outcome('missing', 'parents-unreachable'),
});
