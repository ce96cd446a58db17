/**
 * What people say → the words the documents use. Two sources:
 * - the everyday table (everyday.ts): everyday words, whole questions, dialect and typos, mapped
 *   to glossary terms and to words the documents print;
 * - the glossary (src/glossary.ts): a term's Chinese name and its `also` list are the same thing
 *   in the documents' own words, so a search for one also looks for the others.
 * Without this, a phrase no document prints finds nothing, or (unquoted) single-character junk.
 *
 * The glossary's terms are passed in (the search page embeds them as JSON at build time), so
 * the browser does not load the glossary module and the schema library it brings.
 */
import type { Term } from '../glossary.ts';
import { CHILD_WORDS, COMMON, EVERYDAY, FILLER, LEADING, TRAILING, type EverydayRow } from './everyday.ts';
import { compact } from './normalize.ts';

/** The parts of a glossary term search needs. */
export type SearchTerm = Pick<Term, 'id' | 'zh' | 'also'>;

export interface Related {
  /** A phrase to search for, in the documents' words. */
  words: string;
  /** Why it is offered: the phrase of the query that led to it. */
  from: string;
}

export interface Understood {
  /** The documents' words for what was asked, the most telling first. */
  related: Related[];
  /** Roles the query names (glossary ids): their duties rank first. */
  roles: string[];
  /** The query is everyday language: it matched the everyday table, not only the documents' terms. */
  everyday: boolean;
  /** The query less filler and words for "child" (what is left to match as a phrase). */
  core: string;
}

const byLength = (a: string, b: string) => b.length - a.length;
const FILLERS = [...FILLER, ...CHILD_WORDS].map(compact).sort(byLength);

/** The query without question words, dialect words for "child" and punctuation. */
export function coreOf(query: string): string {
  let q = compact(query);
  for (const f of FILLERS) q = q.split(f).join('');
  for (let before = ''; before !== q; ) {
    before = q;
    for (const f of LEADING) if (q.startsWith(f)) q = q.slice(f.length);
    for (const f of TRAILING) if (q.endsWith(f)) q = q.slice(0, -f.length);
  }
  return q;
}

/** Typos are read only in phrases this long: in a shorter one, one character changed is another word (不上学, 不上班). */
const TYPO_FROM = 4;

/**
 * Where `text` holds `phrase` with one character mistyped, as a phone's keyboard does (一个人再家,
 * 没人照故, 外出务公), the words as typed; else null. Only for phrases of TYPO_FROM characters or more.
 */
export function nearly(text: string | readonly string[], phrase: string | readonly string[]): string | null {
  const t = typeof text === 'string' ? [...text] : text;
  const p = typeof phrase === 'string' ? [...phrase] : phrase;
  if (p.length < TYPO_FROM) return null;
  for (let i = 0; i + p.length <= t.length; i++) {
    let differ = 0;
    for (let j = 0; j < p.length && differ < 2; j++) if (t[i + j] !== p[j]) differ++;
    if (differ < 2) return t.slice(i, i + p.length).join('');
  }
  return null;
}

/** Each row with its ways of saying, compacted, longest first (and as characters, for typos). */
const SAYS = EVERYDAY.map((row) => {
  const says = [...row.say].map(compact).sort(byLength);
  return { row, says, chars: says.filter((s) => [...s].length >= TYPO_FROM).map((s) => [...s]) };
});

/** A term's names: its Chinese name and its `also` words (the same thing in the documents' words). */
const names = (t: SearchTerm) => [t.zh, ...(t.also ?? [])];

/** A glossary's names compacted, worked out once per glossary (understand runs on every query). */
const compacted = new WeakMap<readonly SearchTerm[], { term: SearchTerm; names: string[] }[]>();
function compactNames(glossary: readonly SearchTerm[]) {
  let out = compacted.get(glossary);
  if (!out) compacted.set(glossary, (out = glossary.map((term) => ({ term, names: names(term).map(compact) }))));
  return out;
}

/** What a row of the everyday table looks for: its printed words, then its terms' names. */
function rowWords(glossary: readonly SearchTerm[]): (row: EverydayRow) => string[] {
  const byId = new Map(glossary.map((t) => [t.id, t]));
  return (row) => [...(row.words ?? []), ...(row.terms ?? []).flatMap((id) => (byId.get(id) ? names(byId.get(id)!) : []))];
}

/**
 * Every phrase `understand` can offer as related (compacted): the everyday table's words and the
 * glossary's names. A finite list, so the build answers each once (the table of answers in
 * records.json) and a first search for them needs none of Pagefind's index.
 */
export function vocabulary(glossary: readonly SearchTerm[]): string[] {
  const words = [...EVERYDAY.flatMap(rowWords(glossary)), ...glossary.flatMap(names)];
  return [...new Set(words.map(compact).filter(Boolean))].sort();
}

/** Every phrase of the vocabulary and every way of saying of the everyday table, compacted, once per glossary. */
const phrasesOf = new WeakMap<readonly SearchTerm[], string[]>();
export function vocabularyPhrases(glossary: readonly SearchTerm[]): string[] {
  let out = phrasesOf.get(glossary);
  if (!out) phrasesOf.set(glossary, (out = [...new Set([...vocabulary(glossary), ...SAYS.flatMap((s) => s.says)])]));
  return out;
}

/**
 * At most this many related phrases are searched. Each is one phrase of the vocabulary, answered
 * from the table (answers.json) at no further cost, so a query saying two things (家长不管要批评教育吗)
 * gets at least two words for each, round-robin, instead of three for the first and one for the next.
 */
export const MAX_RELATED = 6;

/**
 * What the query says in the documents' words. Rows are matched on the whole query and on its
 * core; a longer match wins over a shorter one inside it (被打 inside 被打了 counts once). Each
 * matched row offers its words round-robin, so every matched idea is searched before any gets
 * a second word.
 */
export function understand(query: string, glossary: readonly SearchTerm[]): Understood {
  const q = compact(query);
  const core = coreOf(query);
  if (!q) return { related: [], roles: [], everyday: false, core };
  const candidates = rowWords(glossary);

  // 他 and 她 in these questions are the child (后爸打他, 叔叔打她): read as 孩子, so 打孩子 is heard in them.
  const pronounsAsChild = q.replace(/[他她]/g, '孩子');
  const found: { row: EverydayRow; said: string }[] = [];
  const rest: (typeof SAYS)[number][] = [];
  for (const entry of SAYS) {
    const said = entry.says.find((s) => q.includes(s) || core.includes(s) || pronounsAsChild.includes(s));
    if (said) found.push({ row: entry.row, said });
    else rest.push(entry);
  }
  // A typo only where the reader's words are no row's own (上不了学 is said as it is, not 上不起学
  // mistyped), and only in the query less words for child (孩子不肯 is not 孩子不见 mistyped).
  const coreChars = [...core];
  for (const { row, chars } of rest) {
    const said = chars.map((s) => nearly(coreChars, s)).find(Boolean);
    if (said && !found.some((f) => f.said.includes(said) || said.includes(f.said))) found.push({ row, said });
  }
  // A row matched only by words inside another row's longer match is not asked (生活费 inside 不给生活费).
  const matched = found.filter((m) => !found.some((o) => o.said.length > m.said.length && o.said.includes(m.said)));
  const who = matched.filter((m) => m.row.roles?.length && !m.row.situation);
  const what = matched.filter((m) => !m.row.roles?.length || m.row.situation);
  const searched = what.length ? what : who;

  // Everyday language is not looked up as typed (plan.ts), so a documents' word the reader typed
  // inside it (残疾 in 残疾孩子上不了学) is looked up on its own; in a policy term, the term covers it.
  const terms = compactNames(glossary);
  const everyday = matched.length > 0 && !terms.some((t) => t.names.includes(q));
  const out: Related[] = [];
  const add = (words: string, from: string) => {
    const w = compact(words);
    if (w && w !== q && (everyday || !q.includes(w)) && !COMMON.includes(w) && !out.some((r) => r.words === w)) out.push({ words: w, from });
  };
  const lists = searched.map((m) => ({ from: m.said, words: candidates(m.row) }));
  for (let i = 0; lists.some((l) => i < l.words.length); i++) for (const l of lists) if (l.words[i]) add(l.words[i]!, l.from);

  // The glossary's synonyms: a query that is one name of a term also looks for the others.
  // A name inside a longer query counts only from four characters: 监护人 inside 撤销监护人资格
  // is not a search for 父母.
  for (const t of terms) {
    const said = t.names.find((c) => c === q || c === core || (c.length >= 4 && q.includes(c)));
    if (said) for (const n of t.names) add(n, said);
  }
  return {
    related: out,
    roles: [...new Set(who.flatMap((m) => m.row.roles ?? []))],
    everyday,
    core,
  };
}

/** The documents' words for what the query says (see understand). */
export function relatedTerms(query: string, glossary: readonly SearchTerm[]): Related[] {
  return understand(query, glossary).related;
}
