/** 孩子受伤或被人伤害: accidental injury or unlawful harm. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const harm = walkMachine('harm', {
  start: next([['minor', 'minor']], 'outcome'),
  minor: ask('minor', 'outcome', 'outcome'),
  outcome: outcome('harm'),
});
