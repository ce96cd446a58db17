/** Words of the walkthrough 家里大人照顾不了孩子 (src/machines/guardian-failing.ts). */
import type { Wording } from './types.ts';

export const wording: Wording = {
  title: '家里大人照顾不了孩子',
  lead: '父母或受委托照看孩子的人没有能力照顾，或者不管孩子。',
  questions: {
    'carer-able': {
      text: '受父母委托照看孩子的人，能照顾好孩子吗？',
      hint: '比如爷爷奶奶年纪太大、生病，或者根本不管孩子，就选「照顾不好」。',
      yes: '能照顾好',
      no: '照顾不好',
    },
  },
};
