/** One form for what people type and for page text, so that comparing the two is fair. */

/** Full-width ASCII (１２３５５, ＡＢ) → half-width; ideographic space → space. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The longest query kept (in characters): a shared link never grows beyond it. */
export const MAX_QUERY = 100;

/**
 * Control and direction characters: C0/C1 controls (NUL …), bidi embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069), marks (U+200E/F, U+061C), zero-width and BOM characters.
 * They are invisible, can reverse how the rest of a line is shown, and never help a search.
 */
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Strips control and direction characters (tabs and line breaks become spaces). */
export const stripInvisible = (s: string): string => s.replace(/[\t\n\r]/g, ' ').replace(INVISIBLE, '');

/** The search box's maxlength: twice MAX_QUERY, room for the spaces and marks normalizing drops. */
export const MAX_TYPED = MAX_QUERY * 2;

/** A query as typed → without control or direction characters, half-width, single-spaced, its quotes (any kind) as ASCII ". */
function cleanQuery(raw: string): string {
  return toHalfWidth(stripInvisible(raw))
    .replace(/[“”「」『』]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A query as typed, cleaned (cleanQuery: a quoted query is looked up only as typed), at most
 * MAX_QUERY characters (whole code points).
 */
export function normalizeQuery(raw: string): string {
  return [...cleanQuery(raw)].slice(0, MAX_QUERY).join('').trim();
}

/** The query is longer than MAX_QUERY once cleaned: the search uses its beginning only, and says so. */
export const isCut = (raw: string): boolean => [...cleanQuery(raw)].length > MAX_QUERY;

/**
 * Text for matching: no whitespace at all. Chinese has no spaces between words, and a page's
 * text may break a phrase across a line or an inline mark.
 */
export function compact(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}

const HAN = /\p{Script=Han}/u;
export const hasHan = (s: string): boolean => HAN.test(s);
