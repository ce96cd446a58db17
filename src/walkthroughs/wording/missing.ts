/** Words of the walkthrough 孩子不见了 (src/machines/missing.ts). */
import type { Wording } from './types.ts';

export const wording: Wording = {
  title: '孩子不见了',
  lead: '找不到孩子，不知道孩子在哪里。',
  questions: {
    reachable: {
      text: '能联系上孩子的父母吗？',
      hint: '暂时没有联系上，也选「联系不上」。',
      yes: '能联系上',
      no: '联系不上',
    },
  },
};
