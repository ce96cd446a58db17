/**
 * The walkthroughs: one machine per situation a frontline worker meets, in the order the start
 * page offers them (danger first). The id of a walkthrough is the glossary id of its situation.
 */
import type { SituationId } from '../glossary.ts';
import { abuse } from './abuse.ts';
import { childInDifficulty } from './child-in-difficulty.ts';
import { dropout } from './dropout.ts';
import { guardianFailing } from './guardian-failing.ts';
import { harm } from './harm.ts';
import { livingAlone } from './living-alone.ts';
import { missing } from './missing.ts';
import { parentsLeaving } from './parents-leaving.ts';
import { parentsUnreachable } from './parents-unreachable.ts';
import { unregistered } from './unregistered.ts';

export const MACHINES = {
  'living-alone': livingAlone,
  'parents-unreachable': parentsUnreachable,
  missing,
  'guardian-failing': guardianFailing,
  abuse,
  harm,
  dropout,
  unregistered,
  'child-in-difficulty': childInDifficulty,
  'parents-leaving': parentsLeaving,
} as const satisfies Partial<Record<SituationId, unknown>>;

export type WalkthroughId = keyof typeof MACHINES;
export const WALKTHROUGH_IDS = Object.keys(MACHINES) as WalkthroughId[];
export type WalkMachine = (typeof MACHINES)[WalkthroughId];
