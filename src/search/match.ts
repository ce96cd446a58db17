/**
 * Pagefind's results → what the page shows, checked against the page text.
 * Pagefind answers a phrase it does not know with pages that share single characters; here a
 * page counts only if its text contains the whole phrase, and its sections are found from the
 * page's own anchors (every heading, paragraph and table row has an id).
 * Pure functions over Pagefind's data shapes, so they run in unit tests without a browser.
 */
import { compact } from './normalize.ts';

/** The parts of Pagefind's result data used here (PagefindSearchFragment). */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: Anchor;
}
export interface Fragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: Anchor[];
  /** Word positions of the matches (for a quoted search, the phrase's words). */
  locations: number[];
  sub_results: SubResult[];
}

export interface SectionHit {
  /** The heading's id, or null for the text before the first heading. */
  id: string | null;
  title: string;
  url: string;
  /** Safe HTML: escaped text with the phrase in <mark>. */
  excerpt: string;
  /** The address of the first paragraph or row with the phrase (for a direct link), else null. */
  target: string | null;
  /** How many paragraphs or rows in this section contain the phrase. */
  count: number;
  /** The heading itself contains the phrase. */
  inTitle: boolean;
  /** Order on the page. */
  order: number;
}

export interface DocumentHit {
  url: string;
  title: string;
  short: string;
  /** The phrase (as searched) this hit is for. */
  term: string;
  sections: SectionHit[];
  /** Matching paragraphs and rows, headings counting three. */
  score: number;
  /** A model text (乡镇范本), not a government's own rule: it yields to real documents on a tie. */
  template: boolean;
}

const HEADING = /^h[1-6]$/;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Pagefind's excerpt HTML → plain text. */
export function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&amp;/g, '&');
}

/** Every phrase occurs in the text (ignoring whitespace and full-width digits). */
export function containsAll(text: string, phrases: readonly string[]): boolean {
  const t = compact(text);
  return phrases.length > 0 && phrases.every((p) => t.includes(compact(p)));
}

function occurrences(text: string, phrase: string): number {
  const t = compact(text);
  const p = compact(phrase);
  if (!p) return 0;
  let n = 0;
  for (let i = t.indexOf(p); i !== -1; i = t.indexOf(p, i + p.length)) n++;
  return n;
}

/**
 * A window of `radius` characters either side of the first phrase found, escaped, with every
 * occurrence of every phrase marked. Whitespace is collapsed first, as the page text has none.
 */
export function excerptAround(text: string, phrases: readonly string[], radius = 36): string {
  const t = compact(text);
  const ps = phrases.map(compact).filter(Boolean).sort((a, b) => b.length - a.length);
  const first = Math.min(...ps.map((p) => t.indexOf(p)).filter((i) => i >= 0));
  if (!Number.isFinite(first)) return escapeHtml(t.slice(0, radius * 2));
  const start = Math.max(0, first - radius);
  const end = Math.min(t.length, first + radius + (ps[0]?.length ?? 0));
  const slice = t.slice(start, end);
  return (start > 0 ? '…' : '') + markAll(slice, ps) + (end < t.length ? '…' : '');
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

/**
 * One page's match for a set of phrases, with the sections they occur in; null when the page
 * text does not contain every phrase (Pagefind's single-character fallbacks end here).
 */
export function documentHit(fragment: Fragment, phrases: readonly string[], term = phrases.join(' ')): DocumentHit | null {
  if (!containsAll(fragment.content, phrases)) return null;
  const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
  const base = fragment.url.split('#')[0]!;
  const title = fragment.meta.title ?? base;
  const sections = new Map<string, SectionHit>();
  let heading: Anchor | null = null;

  const sectionOf = (h: Anchor | null, order: number): SectionHit => {
    const key = h?.id ?? '';
    let s = sections.get(key);
    if (!s) {
      s = {
        id: h?.id ?? null,
        title: h ? compact(h.text ?? '') || '（标题原文缺失的一节）' : '文件开头',
        url: h ? `${base}#${h.id}` : base,
        excerpt: '',
        target: null,
        count: 0,
        inTitle: false,
        order,
      };
      sections.set(key, s);
    }
    return s;
  };

  // Anchors whose own text contains a phrase: headings and paragraphs.
  const hitIds = new Set<string>();
  for (const [order, a] of anchors.entries()) {
    if (HEADING.test(a.element)) heading = a;
    const n = phrases.reduce((sum, p) => sum + occurrences(a.text ?? '', p), 0);
    if (!n) continue;
    hitIds.add(a.id);
    const s = sectionOf(heading, order);
    if (HEADING.test(a.element)) s.inTitle = true;
    else {
      s.count += n;
      if (!s.excerpt) s.excerpt = excerptAround(a.text ?? '', phrases);
      s.target ??= `${base}#${a.id}`;
    }
  }

  // Table rows carry no text of their own in Pagefind's anchors: place Pagefind's match
  // positions on the row they fall in (only rows and tables, whose text we cannot check here).
  for (const loc of fragment.locations) {
    let at = -1;
    for (let i = 0; i < anchors.length && anchors[i]!.location <= loc; i++) at = i;
    const a = anchors[at];
    if (!a || a.text || hitIds.has(a.id) || !/^(tr|table|td)$/.test(a.element)) continue;
    hitIds.add(a.id);
    let h: Anchor | null = null;
    for (let i = at; i >= 0; i--) if (HEADING.test(anchors[i]!.element)) { h = anchors[i]!; break; }
    const s = sectionOf(h, at);
    s.count += 1;
    s.target ??= `${base}#${a.id}`;
    if (!s.excerpt) {
      const sub = fragment.sub_results.find((r) => containsAll(stripTags(r.excerpt), phrases));
      s.excerpt = excerptAround(stripTags(sub?.excerpt ?? fragment.excerpt), phrases);
    }
  }

  // The phrase is in the text but in no anchor we could read (e.g. split by an inline mark):
  // fall back to the page's excerpt.
  if (!sections.size) {
    const s = sectionOf(null, 0);
    s.count = 1;
    s.excerpt = excerptAround(stripTags(fragment.excerpt), phrases);
  }

  const list = [...sections.values()].sort(bySectionRank);
  for (const s of list) if (!s.excerpt && s.inTitle) s.excerpt = markAll(s.title, phrases.map(compact));
  const score = list.reduce((n, s) => n + s.count + (s.inTitle ? 3 : 0), 0);
  // The document page marks the township template with data-pagefind-meta="template".
  const template = fragment.meta.template === 'yes';
  return { url: base, title, short: fragment.meta.short ?? '', term, sections: list, score, template };
}

/**
 * Best first: the most matching paragraphs (headings count three); on a tie a government's
 * own document before the township template; then the order given.
 */
export function rankHits(hits: readonly DocumentHit[]): DocumentHit[] {
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => b.h.score - a.h.score || Number(a.h.template) - Number(b.h.template) || a.i - b.i)
    .map(({ h }) => h);
}

/**
 * Hits for several related terms → one hit per page, best first. A page's sections are the
 * union of its sections for every term (counts added), so a page that uses several of the
 * words ranks first and shows where each occurs.
 */
export function mergeHits(groups: readonly DocumentHit[][]): DocumentHit[] {
  const byUrl = new Map<string, DocumentHit>();
  for (const hits of groups) {
    for (const h of hits) {
      const cur = byUrl.get(h.url);
      if (!cur) {
        byUrl.set(h.url, { ...h, sections: h.sections.map((s) => ({ ...s })) });
        continue;
      }
      cur.score += h.score;
      if (!cur.term.split('、').includes(h.term)) cur.term += `、${h.term}`;
      for (const s of h.sections) {
        const same = cur.sections.find((x) => x.id === s.id);
        if (!same) cur.sections.push({ ...s });
        else {
          same.count += s.count;
          same.inTitle ||= s.inTitle;
          same.excerpt ||= s.excerpt;
          same.target ??= s.target;
        }
      }
    }
  }
  const merged = [...byUrl.values()];
  for (const h of merged) h.sections.sort(bySectionRank);
  return rankHits(merged);
}

function bySectionRank(a: SectionHit, b: SectionHit): number {
  return Number(b.inTitle) - Number(a.inTitle) || b.count - a.count || a.order - b.order;
}
