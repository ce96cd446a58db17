/** Words of the walkthrough 联系不上孩子父母 (src/machines/parents-unreachable.ts). */
import type { Wording } from './types.ts';

export const wording: Wording = {
  title: '联系不上孩子父母',
  lead: '孩子的父母在外打工，电话、微信都联系不上。',
  questions: {
    'cared-for': {
      text: '孩子现在有大人照看吗？',
      hint: '比如爷爷奶奶、亲戚或受父母委托照看孩子的人。',
      yes: '有大人照看',
      no: '没有人照看',
    },
    'carer-able': {
      text: '照看孩子的人能照顾好孩子吗？',
      hint: '比如照看的人年老、重病，或者不管孩子。',
      yes: '能照顾好',
      no: '照顾不了或不管',
    },
  },
};
