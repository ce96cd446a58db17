/** Words of the walkthrough 孩子不来上学 (src/machines/dropout.ts). */
import type { Wording } from './types.ts';

export const wording: Wording = {
  title: '孩子不来上学',
  lead: '孩子没有请假，好几天没来学校，或者不想上学了。',
  questions: {
    'over-week': {
      text: '孩子无故不到校，超过一个星期了吗？',
      yes: '超过一个星期',
      no: '还没有',
    },
    'return-failed': {
      text: '已经劝过孩子回来上学，但孩子还是没回来？',
      yes: '劝了，没回来',
      no: '还没劝，或已回来',
    },
  },
};
