/**
 * Which of a walkthrough's questions an entry turns on: the documents' own words for conditions,
 * triggers and thresholds, read as facts a person can answer (联系不上父母 → "能联系上孩子的父母吗？"
 * answered 不能). Policy arithmetic in one small pure module, apart from the machines' routing.
 *
 * An entry applies unless an answer given contradicts one of its words. A question not asked (its
 * answer would change nothing here) contradicts nothing, so the entry stays, its conditions shown.
 */
import { PENDING_TRIGGER } from '../duties/schema.ts';
import type { AnswerValue, Answers, FactId } from '../machines/routing.ts';

export interface FactRule {
  fact: FactId;
  /** The documents' words that state the fact (matched in conditions, trigger and threshold). */
  words: RegExp;
  /** The answer under which an entry with those words applies. */
  holds: AnswerValue;
}

export const FACT_RULES: readonly FactRule[] = [
  { fact: 'reachable', words: /联系不上.{0,10}父母/, holds: 'no' },
  { fact: 'cared-for', words: /正处于事实无人监护状态/, holds: 'no' },
  { fact: 'carer-able', words: /受委托人缺乏照护能力/, holds: 'no' },
  { fact: 'carer-able', words: /受委托人监护能力进行初步评估合格/, holds: 'yes' },
  { fact: 'minor', words: /情节较轻/, holds: 'yes' },
  { fact: 'minor', words: /情节严重、符合刑事立案条件|情节恶劣构成犯罪/, holds: 'no' },
  { fact: 'removal', words: /需被紧急带离/, holds: 'yes' },
  { fact: 'over-week', words: /超过一个星期/, holds: 'yes' },
  { fact: 'return-failed', words: /劝返无效/, holds: 'yes' },
  { fact: 'poor', words: /家庭经济困难/, holds: 'yes' },
  { fact: 'unsupported', words: /法定抚养人无抚养能力|父母没有监护能力且无其他监护人/, holds: 'yes' },
  { fact: 'both-away', words: /双方外出务工/, holds: 'yes' },
  { fact: 'protection-order', words: /人身保护令送达/, holds: 'yes' },
];

/** What an entry says that a fact may decide. */
export interface Worded {
  conditions: readonly string[];
  trigger?: string | undefined;
  threshold?: { words: string } | null | undefined;
}

/** The document's words of an entry that facts are read from. */
export const wordsOf = (e: Worded): string[] => [...e.conditions, ...(e.trigger && e.trigger !== PENDING_TRIGGER ? [e.trigger] : []), ...(e.threshold ? [e.threshold.words] : [])];

/** The facts an entry turns on, each with the answer under which it applies. */
export function factsOf(e: Worded): { fact: FactId; holds: AnswerValue; words: string }[] {
  const out: { fact: FactId; holds: AnswerValue; words: string }[] = [];
  for (const w of wordsOf(e)) {
    for (const rule of FACT_RULES) if (rule.words.test(w)) out.push({ fact: rule.fact, holds: rule.holds, words: w });
  }
  return out;
}

/** Whether an entry applies under the answers given. */
export const applies = (e: Worded, answers: Answers): boolean =>
  factsOf(e).every(({ fact, holds }) => answers[fact] === undefined || answers[fact] === holds);
