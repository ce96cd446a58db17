/**
 * The glossary's fact ids (src/glossary.ts re-exports them beside their schema, FactId). Apart from
 * the glossary because the walkthrough island's script needs these ids and nothing of zod: the
 * glossary's schemas would bring zod (about 13 KB gzip) into every question page.
 */
/**
 * Facts a walkthrough asks about and a duty entry turns on (its `facts`), each named so that YES
 * means it holds. The documents' words for a fact are in each entry's data, never matched here.
 */
export const FACTS = [
  /** 能联系上孩子的父母 */
  'reachable',
  /** 孩子现在有大人照看 */
  'cared-for',
  /** 受委托照看孩子的人能照顾好孩子 */
  'carer-able',
  /** 情节较轻（民警、检察等办案机关判断） */
  'minor',
  /** 情节严重，构成犯罪（办案机关判断） */
  'crime',
  /** 孩子需要马上被带离家 */
  'removal',
  /** 孩子无故不到校超过一个星期 */
  'over-week',
  /** 已经劝返，孩子还是没回来 */
  'return-failed',
  /** 家庭经济困难 */
  'poor',
  /** 父母都不能抚养孩子（去世、失踪、重病、服刑等） */
  'unsupported',
  /** 父母两人都外出 */
  'both-away',
  /** 法院的人身保护令已送达公安机关和村（居）民委员会 */
  'protection-order',
] as const;
