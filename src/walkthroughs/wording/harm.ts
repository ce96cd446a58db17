/** Words of the walkthrough 孩子受伤或被人伤害 (src/machines/harm.ts). */
import type { Wording } from './types.ts';

export const wording: Wording = {
  title: '孩子受伤或被人伤害',
  lead: '孩子意外受伤，或者被别人欺负、伤害。',
  questions: {
    minor: {
      text: '按您的判断，情节较轻吗？',
      hint: '由办案单位依法判断；文件对情节较轻和情节严重的规定不同。',
      yes: '情节较轻',
      no: '情节严重',
    },
  },
};
