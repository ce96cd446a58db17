/** One form for what people type and for page text, so that comparing the two is fair. */

/** Full-width ASCII (１２３５５, ＡＢ) → half-width; ideographic space → space. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A query as typed → trimmed, half-width, single-spaced, without the quotes people add. */
export function normalizeQuery(raw: string): string {
  return toHalfWidth(raw)
    .replace(/["“”「」『』]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}

/**
 * Text for matching: no whitespace at all. Chinese has no spaces between words, and a page's
 * text may break a phrase across a line or an inline mark.
 */
export function compact(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}

const HAN = /\p{Script=Han}/u;
export const hasHan = (s: string): boolean => HAN.test(s);
