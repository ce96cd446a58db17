/** Words of the walkthrough 孩子被打、被虐待或被遗弃 (src/machines/abuse.ts). */
import type { Wording } from './types.ts';

export const wording: Wording = {
  title: '孩子被打、被虐待或被遗弃',
  lead: '怀疑孩子在家里挨打、被虐待，或者被家人丢下不管。',
  questions: {
    removal: {
      text: '孩子需要马上离开这个家吗？',
      hint: '比如孩子留在家里还会受到严重伤害。',
      yes: '需要马上带离',
      no: '不需要',
    },
    minor: {
      text: '按你们的判断，情节较轻吗？',
      hint: '由办案单位依法判断；文件对情节较轻和情节严重的规定不同。',
      yes: '情节较轻',
      no: '情节严重',
    },
  },
};
