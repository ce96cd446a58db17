/**
 * Chinese numerals as the documents print them: the text reader's 一、（二）, a law's 第一百三十二条,
 * and a reader's 第二十三条 typed into a law page's jump box or the search. Pure; no compiler, so pages may use it.
 */

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 一百零四 → 104, 一百三十二 → 132 (a law's articles); NaN for anything else. */
export function chineseNumber(text: string): number {
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit) return NaN; // two digits with no unit between them (二二) are no number
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      // 十 alone stands for 一十; 一百零四 carries its 零 as a place holder.
      total += (digit ?? (ch === '十' ? 1 : NaN)) * UNITS[ch]!;
      digit = null;
    } else return NaN;
  }
  return text ? total + (digit ?? 0) : NaN;
}

/**
 * What a reader types for a law's article, as its number: 23, 第23条, 第二十三条, 二十三, 23条,
 * full-width ２３ → 23; anything else → null. The jump box of a law page and the search read it so.
 */
export function articleNumber(typed: string): number | null {
  const t = typed.normalize('NFKC').replace(/\s+/g, '').replace(/^第/, '').replace(/条$/, '');
  if (/^\d{1,4}$/.test(t)) return Number(t) || null;
  const n = chineseNumber(t);
  return Number.isFinite(n) && n > 0 ? n : null;
}
