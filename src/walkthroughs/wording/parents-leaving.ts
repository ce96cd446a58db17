/** Words of the walkthrough 父母要外出打工 (src/machines/parents-leaving.ts). */
import type { Wording } from './types.ts';

export const wording: Wording = {
  title: '父母要外出打工',
  lead: '孩子的父母准备外出务工，孩子要留在家里。',
  questions: {
    'both-away': {
      text: '父母两个人都要外出吗？',
      hint: '一方外出、留在家的一方没有能力照顾孩子，也选「都外出」。',
      yes: '都外出',
      no: '有一方留在家',
    },
  },
};
