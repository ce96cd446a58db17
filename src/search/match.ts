/**
 * A result's snippet, from its Pagefind fragment (the record's text): a window around the first
 * of the phrases, escaped once, the phrases marked, 12355 and 110 as tap-to-call links. Also the
 * last check that a record really contains the phrases (a record that does not is dropped).
 */
import { compact } from './normalize.ts';

/** The part of Pagefind's fragment used here. */
export interface Fragment {
  url: string;
  content: string;
  /** Pagefind's meta: title, kind and the record's row (catalog.ts ROW_META). */
  meta?: Record<string, string>;
  /** The record's elements with an id (a section's heading and paragraphs), with their text. */
  anchors?: readonly { id: string; text: string }[];
}

/**
 * The first element of a record (a paragraph of a section) whose text has one of the phrases: a
 * result links there, not to the section's heading above it (s5-2-1's item 2 is #s5-2-2).
 */
export function anchorFor(f: Fragment, phrases: readonly string[]): string | null {
  return f.anchors?.find((a) => phrases.some((p) => containsAll(a.text, [p])))?.id ?? null;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Every phrase occurs in the text (ignoring whitespace and full-width digits). */
export function containsAll(text: string, phrases: readonly string[]): boolean {
  const t = compact(text);
  return phrases.length > 0 && phrases.every((p) => t.includes(compact(p)));
}

/** The phone numbers a reader may need at once: tap to call. */
const PHONE = /(?<![\d])(12355|110)(?![\d])/g;

/** Escaped HTML → the same, with 12355 and 110 (outside tags) as tel: links. */
export function linkPhones(html: string): string {
  return html
    .split(/(<[^>]+>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(PHONE, '<a class="tel" href="tel:$1">$1</a>')))
    .join('');
}

/**
 * A window of `radius` characters either side of the first phrase found, escaped, with every
 * occurrence of every phrase marked. Whitespace is collapsed first, as the record text has none.
 */
export function excerptAround(text: string, phrases: readonly string[], radius = 36): string {
  const t = compact(text);
  const ps = phrases.map(compact).filter(Boolean).sort((a, b) => b.length - a.length);
  const first = Math.min(...ps.map((p) => t.indexOf(p)).filter((i) => i >= 0));
  if (!Number.isFinite(first)) return linkPhones(escapeHtml(t.slice(0, radius * 2)) + (t.length > radius * 2 ? '…' : ''));
  const start = Math.max(0, first - radius);
  const end = Math.min(t.length, first + radius + (ps[0]?.length ?? 0));
  const slice = t.slice(start, end);
  return linkPhones((start > 0 ? '…' : '') + markAll(slice, ps) + (end < t.length ? '…' : ''));
}

function markAll(text: string, phrases: readonly string[]): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const p = phrases.find((x) => text.startsWith(x, i));
    if (p) {
      out += `<mark>${escapeHtml(p)}</mark>`;
      i += p.length;
    } else {
      out += escapeHtml(text[i]!);
      i++;
    }
  }
  return out;
}
