/**
 * A query → what to look for, in order: the phrase exactly as typed; then the documents' own
 * words for it (synonyms); then, only as a last resort and labelled as such, its longer words.
 */
import { compact, hasHan, normalizeQuery } from './normalize.ts';
import { relatedTerms, type Related, type SearchTerm } from './synonyms.ts';

export interface QueryPlan {
  /** The query as shown back to the reader. */
  text: string;
  /** Phrases that must all occur in a page for it to be a match (space-separated parts). */
  phrases: string[];
  /** The documents' words for what was asked, searched when looking for related results. */
  related: Related[];
  /** Words of two or more characters (or numbers) in the query, for a labelled partial match. */
  words: string[];
}

export function planQuery(raw: string, glossary: readonly SearchTerm[]): QueryPlan {
  const text = normalizeQuery(raw);
  const phrases = [...new Set(text.split(' ').map(compact).filter(Boolean))];
  return { text, phrases, related: text ? relatedTerms(text, glossary) : [], words: queryWords(phrases) };
}

/**
 * Pagefind's query string for a phrase: quoted, so Pagefind looks for the words in sequence
 * instead of any of their characters.
 */
export function pagefindQuery(phrases: readonly string[]): string {
  return phrases.map((p) => `"${p}"`).join(' ');
}

/**
 * The words of a query that carry meaning on their own: Chinese words of two or more
 * characters (by the browser's word segmenter) and runs of digits or Latin letters.
 * Single characters (一, 个, 人) are never used: they match almost every page.
 */
export function queryWords(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null;
  for (const p of phrases) {
    const parts = segmenter ? [...segmenter.segment(p)].filter((s) => s.isWordLike).map((s) => s.segment) : [p];
    for (const w of parts) {
      if (hasHan(w) ? [...w].length >= 2 : w.length >= 2) out.add(w);
    }
  }
  return [...out].filter((w) => !STOP.has(w));
}

/** Words too common in these documents to mean anything on their own. */
const STOP = new Set(['怎么办', '怎么样', '一个', '没有', '什么', '怎么', '如何', '可以', '我们', '他们', '孩子', '儿童', '工作', '我的', '自己', '时候', '应该', '需要', '这个', '那个', '的话']);
