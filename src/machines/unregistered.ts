/** 孩子没有户口: a child without household registration. No fact the documents set changes the answer. */
import { next, outcome, walkMachine } from './routing.ts';

export const unregistered = walkMachine('unregistered', {
  start: next([], 'outcome'),
  outcome: outcome('unregistered'),
});
