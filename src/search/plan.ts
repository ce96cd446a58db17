/**
 * A query → what to look up, in order: the phrase exactly as typed (quoted phrases are searched
 * only as typed); its core (less question words and words for "child"); the documents' own words
 * for it (synonyms.ts); and, only when all of these find nothing, its longer words one by one.
 */
import { COMMON, LAW_WORDS } from './everyday.ts';
import { noFold, type Fold } from './fold.ts';
import { compact, hasHan, normalizeQuery } from './normalize.ts';
import { MAX_RELATED, understand, vocabularyPhrases, type Related, type SearchTerm } from './synonyms.ts';

export interface QueryPlan {
  /** The query as shown back to the reader (normalized: no control characters, ≤ 100 characters; traditional characters folded to simplified). */
  text: string;
  /** Phrases that must all occur in a record for it to be an exact match (space-separated parts). */
  phrases: string[];
  /** The reader quoted the query: look for it exactly as typed, nothing else. */
  quoted: boolean;
  /** The documents' words for what was asked. */
  related: Related[];
  /** Roles the query names: their duties rank first. */
  roles: string[];
  /** Everyday language (matched the everyday table): duties and walkthroughs rank first. */
  everyday: boolean;
  /**
   * The query holds question words or words for child around other words (强制报告怎么办): it is
   * looked up less them (its core, the first related phrase), and as typed only when that finds nothing.
   */
  question: boolean;
  /** The query asks what the law says (法律, 国家规定 …, everyday.ts LAW_WORDS): the national laws' records rank first. */
  national: boolean;
  /** Words of two or more characters (or numbers) in the query, for a labelled partial match. */
  words: string[];
}

/** One look-up: the phrases a record must contain, and why it is made. */
export interface Lookup {
  phrases: string[];
  via: 'exact' | 'related' | 'partial';
  /** The words shown to the reader for it. */
  label: string;
  /**
   * What of the query it stands for (a related look-up: the phrase that led to it). A result
   * found by several look-ups of one idea counts that idea once (rank.ts); none: its own idea.
   */
  idea?: string;
}

export function planQuery(raw: string, glossary: readonly SearchTerm[], fold: Fold = noFold): QueryPlan {
  const text = fold(normalizeQuery(raw));
  const quoted = text.includes('"') && !!text.replace(/"/g, '').trim();
  // 法律 in 强制报告 法律 says where to look, not what: it is no phrase a record must hold.
  const asked = quoted ? text : withoutLawWords(text, glossary);
  const national = asked !== text;
  const phrases = [...new Set(asked.replace(/"/g, ' ').split(' ').map(compact).filter(Boolean))];
  const u = quoted || !asked ? null : understand(asked, glossary);
  // The query less its filler, looked up when it is not everyday language (强制报告怎么办 → 强制报告).
  const core = u && !u.everyday && u.core !== phrases.join('') && [...u.core].length >= 2 ? [{ words: u.core, from: text }] : [];
  const related = u ? [...core, ...u.related] : [];
  return { text, phrases, quoted, related, roles: u?.roles ?? [], everyday: u?.everyday ?? false, question: core.length > 0, national, words: queryWords(phrases) };
}

/**
 * The query less the words that ask for the law (LAW_WORDS), unless one stands inside a longer
 * phrase of the vocabulary (法律援助 is legal aid, not a question about the law) or nothing else is left.
 */
function withoutLawWords(text: string, glossary: readonly SearchTerm[]): string {
  const q = compact(text);
  const longer = vocabularyPhrases(glossary);
  let out = text;
  for (const w of [...LAW_WORDS].sort((a, b) => b.length - a.length)) {
    if (!out.includes(w) || longer.some((p) => p !== w && p.includes(w) && q.includes(p))) continue;
    out = out.split(w).join(' ');
  }
  out = out.replace(/\s+/g, ' ').trim();
  return out ? out : text;
}

/**
 * The look-ups of a first search: the exact phrase, then its related words (at most MAX_RELATED).
 * Everyday language is looked up in the documents' words only, and a question in its core (less
 * question words and words for child): a whole question as people ask it is printed nowhere, and
 * looking it up would load most of the index on a phone for nothing (docs/007-search-answers.md).
 * Either is looked up as typed only when those words find nothing.
 */
export function lookups(plan: QueryPlan): Lookup[] {
  if (!plan.phrases.length) return [];
  const related = plan.related.slice(0, MAX_RELATED).map((r): Lookup => ({ phrases: [r.words], via: 'related', label: r.words, idea: r.from }));
  return (plan.everyday || plan.question) && related.length ? related : [asTyped(plan), ...related];
}

const asTyped = (plan: QueryPlan): Lookup => ({ phrases: plan.phrases, via: 'exact', label: plan.text });

/** The look-ups made only when the first ones found nothing: everyday language or a question as typed, then each longer word on its own. */
export function fallbackLookups(plan: QueryPlan): Lookup[] {
  if (plan.quoted) return [];
  const typed = (plan.everyday || plan.question) && plan.related.length && plan.phrases.length ? [asTyped(plan)] : [];
  return [...typed, ...plan.words.filter((w) => !plan.phrases.includes(w)).map((w): Lookup => ({ phrases: [w], via: 'partial', label: w }))];
}

/**
 * Pagefind's query strings for a look-up: quoted (Pagefind looks for the words in sequence, so
 * an unknown phrase never falls back to its single characters), and loose (Pagefind's ranking
 * score, used for order only among the records the quoted search found).
 */
export function pagefindQueries(l: Lookup): { exact: string; loose: string } {
  return { exact: l.phrases.map((p) => `"${p}"`).join(' '), loose: l.phrases.join(' ') };
}

/**
 * The words of a query that carry meaning on their own: Chinese words of two or more
 * characters (by the browser's word segmenter) and runs of digits or Latin letters.
 * Single characters (一, 个, 人) are never used: they match almost every record.
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

const STOP = new Set(COMMON);
