/** Words of the walkthrough 孩子生活困难、重病或残疾 (src/machines/child-in-difficulty.ts). */
import type { Wording } from './types.ts';

export const wording: Wording = {
  title: '孩子生活困难、重病或残疾',
  lead: '孩子家里很困难，或者孩子重病、残疾，需要帮助。',
  questions: {
    unsupported: {
      text: '孩子的父母都不能抚养孩子吗？',
      hint: '比如父母去世、失踪、重病、服刑，或者没有能力抚养。',
      yes: '都不能抚养',
      no: '至少有一方能抚养',
    },
    poor: {
      text: '孩子家里经济困难吗？',
      yes: '经济困难',
      no: '不困难',
    },
  },
};
