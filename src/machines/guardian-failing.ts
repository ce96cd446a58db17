/** 家里大人照顾不了孩子: a guardian or entrusted carer unable or failing to care. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const guardianFailing = walkMachine('guardian-failing', {
  start: next([['carer-able', 'carerAble']], 'outcome'),
  // Whether the entrusted carer can care decides whether the parents are told to find another.
  carerAble: ask('carer-able', 'outcome', 'outcome'),
  outcome: outcome('guardian-failing'),
});
