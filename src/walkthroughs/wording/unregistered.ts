/** Words of the walkthrough 孩子没有户口 (src/machines/unregistered.ts). */
import type { Wording } from './types.ts';

export const wording: Wording = {
  title: '孩子没有户口',
  lead: '孩子没有登记户口（无户籍）。',
  questions: {},
};
