/** Words of the walkthrough 孩子一个人在家 (src/machines/living-alone.ts). */
import type { Wording } from './types.ts';

export const wording: Wording = {
  title: '孩子一个人在家',
  lead: '孩子独自住在家里，身边没有大人照看。',
  questions: {
    reachable: {
      text: '能联系上孩子的父母吗？',
      hint: '打电话、发微信都算。暂时没有联系上，也选「联系不上」。',
      yes: '能联系上',
      no: '联系不上',
    },
  },
};
