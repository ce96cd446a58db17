/** 联系不上孩子父母: the parents working away cannot be reached. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const parentsUnreachable = walkMachine('parents-unreachable', {
  start: next([['cared-for', 'caredFor']], 'outcome'),
  // With nobody looking after the child, the documents' rules for a child living alone apply too.
  caredFor: ask('cared-for', 'outcome', 'alone'),
  outcome: outcome('parents-unreachable'),
  alone: outcome('parents-unreachable', 'living-alone'),
});
