/** Every walkthrough's words, by walkthrough id. */
import type { WalkthroughId } from '../../machines/index.ts';
import type { Wording } from './types.ts';
import { wording as abuse } from './abuse.ts';
import { wording as childInDifficulty } from './child-in-difficulty.ts';
import { wording as dropout } from './dropout.ts';
import { wording as guardianFailing } from './guardian-failing.ts';
import { wording as harm } from './harm.ts';
import { wording as livingAlone } from './living-alone.ts';
import { wording as missing } from './missing.ts';
import { wording as parentsLeaving } from './parents-leaving.ts';
import { wording as parentsUnreachable } from './parents-unreachable.ts';
import { wording as unregistered } from './unregistered.ts';

export const WORDING: Record<WalkthroughId, Wording> = {
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
};
