/**
 * 联系不上孩子父母: the parents working away cannot be reached. The documents give this fact mostly
 * inside other situations (「上述两种情形联系不上父母的」: a child living alone, or a carer who fails),
 * so the walkthrough asks which of those holds; reachable is `no` in every outcome (its premise).
 */
import { ask, next, outcomeGiven, walkMachine } from './routing.ts';

const UNREACHABLE = { reachable: 'no' } as const;

export const parentsUnreachable = walkMachine('parents-unreachable', {
  start: next([['cared-for', 'caredFor'], ['carer-able', 'carerAble']], 'outcome'),
  // Nobody looking after the child: the documents' rules for a child living alone apply.
  caredFor: ask('cared-for', 'afterCaredFor', 'alone'),
  afterCaredFor: next([['carer-able', 'carerAble']], 'outcome'),
  // Someone looks after the child but cannot or does not: the rules for a failing carer apply.
  carerAble: ask('carer-able', 'outcome', 'failing'),
  outcome: outcomeGiven(UNREACHABLE, 'parents-unreachable'),
  alone: outcomeGiven(UNREACHABLE, 'parents-unreachable', 'living-alone'),
  failing: outcomeGiven(UNREACHABLE, 'parents-unreachable', 'guardian-failing'),
});
