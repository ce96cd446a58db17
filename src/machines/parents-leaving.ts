/** 父母要外出打工: a parent about to leave for work. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const parentsLeaving = walkMachine('parents-leaving', {
  start: next([['both-away', 'bothAway']], 'outcome'),
  bothAway: ask('both-away', 'outcome', 'outcome'),
  outcome: outcome('parents-leaving'),
});
