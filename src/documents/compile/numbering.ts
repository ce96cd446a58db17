/**
 * The documents' own numbering: 一、 (part), （一） (section), 1. (item).
 * Ids are built from these numbers so that 三（二） is s3-2 in every document.
 */

import { chineseNumber } from '../chinese-number.ts';

export { chineseNumber };

export interface Numbered {
  /** 1 for 一、, 2 for （一）, 3 for 1. */
  level: 1 | 2 | 3;
  /** The number's value. */
  value: number;
  /** The number as printed, e.g. "(二) " or "（二）" or "3." */
  printed: string;
}

const PATTERNS: { level: 1 | 2 | 3; re: RegExp; value: (m: RegExpMatchArray) => number }[] = [
  { level: 1, re: /^([一二三四五六七八九十]{1,3})、/, value: (m) => chineseNumber(m[1]!) },
  { level: 2, re: /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/, value: (m) => chineseNumber(m[1]!) },
  { level: 3, re: /^(\d{1,2})\s*[.．、]\s*/, value: (m) => Number(m[1]) },
];

/** The numbering a line starts with, if any. */
export function numbering(text: string): Numbered | null {
  for (const p of PATTERNS) {
    const m = text.match(p.re);
    if (m) return { level: p.level, value: p.value(m), printed: m[0] };
  }
  return null;
}

/** A numbered line's first sentence longer than this is an item, not a heading with a title. */
export const MAX_TITLE_LENGTH = 40;
