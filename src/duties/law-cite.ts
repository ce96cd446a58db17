/**
 * How a page names a law and its articles (「《未成年人保护法》第十一条第二款」) and its versions
 * (「2024年4月26日修正」, 「此后…于2020年修订、2024年修正」). Pure: read from the law's title, its
 * clause ids (docs/clause-ids.md, National laws) and its history lines, never written by hand.
 */
import { documentUrl } from '../urls.ts';
import type { Cite } from './citation.ts';

const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];

/** A number as a law prints it: 11 → 十一, 20 → 二十, 101 → 一百零一, 117 → 一百一十七. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) throw new Error(`chineseNumeral: ${n} is not 1–9999`);
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && i === 0 ? '' : DIGITS[d]) + unit;
  });
  return out;
}

/**
 * A law's clause id as its article, paragraph and item: a11-p2 → 第十一条第二款, a92-i3 →
 * 第九十二条第（三）项; null for any other id. The first paragraph of an article that has only
 * one (`single`) is the article itself: a117-p1 → 第一百一十七条.
 */
export function articleLabel(clause: string, single: (article: string) => boolean = () => false): string | null {
  const m = /^a(\d+)(?:-p(\d+))?(?:-i(\d+))?$/.exec(clause);
  if (!m) return null;
  const [, a, p, i] = m;
  const paragraph = p && !(p === '1' && single(`a${a}`)) ? `第${chineseNumeral(Number(p))}款` : '';
  return `第${chineseNumeral(Number(a))}条${paragraph}${i ? `第（${chineseNumeral(Number(i))}）项` : ''}`;
}

/** A law's name in 《》 as people cite it: the title without 中华人民共和国, a book of a code by its code (《民法典》). */
export const lawName = (title: string): string => `《${title.replace(/^中华人民共和国/, '').trim().split(/\s+/)[0]}》`;

/** One step of a law's history: adopted or promulgated, revised (修订) or amended (修正). */
export interface LawChange {
  /** YYYY-MM-DD */
  date: string;
  act: '通过' | '公布' | '修订' | '修正';
}

const HISTORY = /^(\d{4})年(\d{1,2})月(\d{1,2})日.*?(通过|公布|修订|修正)[）)]?\s*$/;
const pad = (n: string) => n.padStart(2, '0');

/**
 * A law's history from the lines that head its text (「2020年10月17日 …第二次修订」), and its
 * version (the date of the last change, from its meta) where the lines stop short of it.
 */
export function lawHistory(lines: readonly string[], version?: { date: string; label: string }): LawChange[] {
  const out: LawChange[] = [];
  for (const line of lines) {
    const m = HISTORY.exec(line.trim());
    if (m) out.push({ date: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, act: m[4] as LawChange['act'] });
  }
  const act = version && /(通过|公布|修订|修正)/.exec(version.label)?.[1];
  if (version && act && !out.some((c) => c.date === version.date)) out.push({ date: version.date, act: act as LawChange['act'] });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** The revisions and amendments after a (partial) date: a change in the date's own year, month or day is not after it. */
export function changesAfter(history: readonly LawChange[], date: string): LawChange[] {
  const end = date.length === 4 ? `${date}-99-99` : date.length === 7 ? `${date}-99` : date;
  return history.filter((c) => (c.act === '修订' || c.act === '修正') && c.date > end);
}

/** 「2020年修订、2024年修正」: the changes by year, in order. */
export const changesWords = (changes: readonly LawChange[]): string =>
  changes.map((c) => `${c.date.slice(0, 4)}年${c.act}`).join('、');

/**
 * A law entry's citation as the pages' citation links take it: the article (第十一条第二款) as the
 * clause's name, linking to its place on the law's page (/documents/<law>/#a11-p2).
 */
export const lawCite = (entry: { document: string; anchor: string }, single?: (article: string) => boolean): Cite => ({
  href: documentUrl(entry.document, entry.anchor),
  name: { path: articleLabel(entry.anchor, single) ?? entry.anchor, title: null, entry: entry.anchor },
  offset: 0,
});
