/** 孩子生活困难、重病或残疾: a child in difficulty who needs support. */
import { ask, next, outcome, walkMachine } from './routing.ts';

export const childInDifficulty = walkMachine('child-in-difficulty', {
  start: next([['unsupported', 'unsupported'], ['poor', 'poor']], 'outcome'),
  // With no parent able to raise the child, the rules for a de facto unsupported child apply too.
  unsupported: ask('unsupported', 'unsupportedNext', 'supportedNext'),
  supportedNext: next([['poor', 'poor']], 'outcome'),
  unsupportedNext: next([['poor', 'poorUnsupported']], 'unsupportedOutcome'),
  poor: ask('poor', 'outcome', 'outcome'),
  poorUnsupported: ask('poor', 'unsupportedOutcome', 'unsupportedOutcome'),
  outcome: outcome('child-in-difficulty'),
  unsupportedOutcome: outcome('child-in-difficulty', 'de-facto-unsupported'),
});
