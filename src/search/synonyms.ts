/**
 * What people say → the words the documents use. Two sources:
 * - the glossary (src/glossary.ts): a term's Chinese name and its `also` list are the same thing
 *   in the documents' own words, so a search for one also looks for the others;
 * - a small colloquial table: everyday phrases (一个人在家, 没上户口, 家暴) that appear in no
 *   document, mapped to glossary terms or to the documents' words.
 * Without this, Pagefind splits an unknown phrase into single characters and finds junk.
 *
 * The glossary's terms are passed in (the search page embeds them as JSON at build time), so
 * the browser does not load the glossary module and the schema library it brings.
 */
import type { Term } from '../glossary.ts';
import { compact } from './normalize.ts';

/** The parts of a glossary term search needs. */
export type SearchTerm = Pick<Term, 'id' | 'zh' | 'also'>;

interface Colloquial {
  /** Phrases people type (matched when the query contains one). */
  say: readonly string[];
  /** Glossary ids they mean: the term's name and `also` words are searched. */
  terms?: readonly string[];
  /** Document words to search that are not glossary names. */
  words?: readonly string[];
}

/** Everyday phrases → the documents' terms. Keep each row to what the documents really say. */
export const COLLOQUIAL: readonly Colloquial[] = [
  { say: ['一个人在家', '独自在家', '自己在家', '一个人住', '独自生活', '独居', '没人管', '没人照顾', '无人照顾', '没大人'], terms: ['living-alone'] },
  { say: ['没有户口', '没上户口', '没户口', '无户口', '黑户', '上户口', '落户'], terms: ['unregistered', 'household-registration'] },
  { say: ['不上学', '不去学校', '没去上学', '没来上学', '不来上学', '辍学', '逃学', '旷课', '退学', '失学'], terms: ['dropout', 'dropout-prevention'], words: ['不到校'] },
  { say: ['打孩子', '家暴', '打骂', '殴打', '虐待孩子', '身上有伤', '被打'], terms: ['abuse'] },
  { say: ['走丢', '找不到孩子', '孩子丢了', '失联', '离家出走', '不见了', '走失'], terms: ['missing', 'missing-child-search'] },
  { say: ['12355', '热线', '求助电话', '举报电话', '青少年服务台'], words: ['12355'] },
  { say: ['报警', '打110'], terms: ['police'], words: ['报案'] },
  { say: ['一星期', '一周', '七天', '7天', '一个礼拜'], words: ['一个星期'] },
  { say: ['临时照顾', '临时看护', '临时照看', '暂时照顾'], terms: ['temporary-care'] },
  { say: ['取消监护', '剥夺监护', '监护权', '不让当监护人'], terms: ['revoke-guardianship'] },
  { say: ['警告信', '警告书', '书面警告'], terms: ['warning-letter'] },
  { say: ['托人照顾', '托付', '找人带孩子', '爷爷奶奶带', '老人带'], terms: ['entrusted-care'], words: ['受委托监护人'] },
  { say: ['打工', '外出打工', '出去打工', '外地打工'], terms: ['parents-leaving'], words: ['外出务工'] },
  { say: ['不管孩子', '不尽责', '不照顾孩子', '父母不管'], terms: ['guardian-failing'], words: ['不履行监护职责'] },
  { say: ['受伤', '出事', '溺水', '被欺负', '性侵'], terms: ['harm'], words: ['不法侵害', '意外伤害'] },
  { say: ['上报', '怎么报告', '向谁报告'], terms: ['mandatory-report'] },
  { say: ['档案', '建档', '台账'], terms: ['case-record'] },
  { say: ['心理辅导', '心理问题'], terms: ['care-services'], words: ['心理健康'] },
  { say: ['村干部', '村委会'], terms: ['village-committee'] },
  { say: ['老师'], terms: ['school'] },
  { say: ['医生', '护士', '医院'], terms: ['medical'] },
  { say: ['民警', '警察'], terms: ['police'] },
];

export interface Related {
  /** A phrase to search for, in the documents' words. */
  words: string;
  /** Why it is offered: the phrase of the query that led to it. */
  from: string;
}

/**
 * The documents' words for what the query says, most specific first, without the query's own
 * words and without repeats. Empty when the query says nothing we know another name for.
 */
export function relatedTerms(query: string, glossary: readonly SearchTerm[]): Related[] {
  const q = compact(query);
  if (!q) return [];
  const byId = new Map(glossary.map((t) => [t.id, t]));
  const names = (t: SearchTerm) => [t.zh, ...(t.also ?? [])];
  const out: Related[] = [];
  const add = (words: string, from: string) => {
    const w = compact(words);
    if (w && w !== q && !q.includes(w) && !out.some((r) => r.words === w)) out.push({ words: w, from });
  };
  for (const row of COLLOQUIAL) {
    const said = row.say.find((s) => q.includes(compact(s)));
    if (!said) continue;
    for (const id of row.terms ?? []) {
      const t = byId.get(id);
      if (t) for (const w of names(t)) add(w, said);
    }
    for (const w of row.words ?? []) add(w, said);
  }
  // The glossary's synonyms: a query that is one name of a term also looks for the others.
  // A name inside a longer query counts only from four characters: 监护人 inside 撤销监护人资格
  // is not a search for 父母.
  for (const t of glossary) {
    const said = names(t).find((n) => {
      const c = compact(n);
      return c === q || (c.length >= 4 && q.includes(c));
    });
    if (said) for (const n of names(t)) add(n, said);
  }
  return out;
}
