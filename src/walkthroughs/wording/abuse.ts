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
      text: '按您的判断，情节较轻吗？',
      hint: '由办案单位依法判断；文件对情节较轻和情节严重的规定不同。',
      yes: '情节较轻',
      no: '情节严重',
    },
    crime: {
      text: '办案单位认定已经构成犯罪吗？',
      hint: '由公安、检察等办案单位依法认定；文件对构成犯罪的情形另有规定。',
      yes: '已认定构成犯罪',
      no: '没有或还不知道',
    },
    'protection-order': {
      text: '法院的人身保护令已经送到公安机关和村（居）民委员会了吗？',
      hint: '孩子（或有人代孩子）向法院申请了人身保护令，法院已把保护令送到双方和公安机关、村（居）民委员会。',
      yes: '已经送到',
      no: '没有或不知道',
    },
  },
};
