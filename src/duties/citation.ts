/**
 * Citations: where a duty's quote stands, named the way the document numbers it, and a link that
 * opens the document page at that block with the quoted words highlighted.
 *
 * The link is `/documents/<doc>/#<anchor>:~:text=<words>`. The anchor (a paragraph, item or table
 * row) is the fallback every browser honours (the document page marks it with :target); the text
 * directive makes Chromium-based browsers highlight the words themselves. Chromium only accepts a
 * text directive whose ends fall on word boundaries (for Chinese: ICU's dictionary words), whose
 * words lie in runs of the page's text, and it takes the first match on the page, so the words are
 * trimmed to word boundaries, split where a correction mark interrupts them, and checked against
 * the text that comes before the block (the contents list, earlier blocks). When no safe directive
 * exists the link is the plain anchor.
 *
 * Pure functions over the compiled document: its blocks give the runs of text the page shows.
 */
import { clauseName, type ClauseName } from '../clauses/names.ts';
import { blockRuns, type BlockRuns } from '../clauses/runs.ts';
import type { CompiledDocument } from '../documents/model.ts';
import type { Clause } from '../documents/schemas/clause.ts';
import { documentUrl } from '../urls.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Word boundaries of a run (0 and its length included), as Chromium's ICU finds them. */
function boundaries(run: string): number[] {
  const b = new Set<number>([0, run.length]);
  for (const s of segmenter.segment(run)) b.add(s.index);
  return [...b].sort((x, y) => x - y);
}

/** Percent-encoding for a text directive: also `-`, `,` and `&`, which the syntax uses. */
export const encodeDirective = (words: string) =>
  encodeURIComponent(words).replace(/-/g, '%2D');

/** Words at least this long make a unique-enough start or end term for a range. */
const TERM = 8;
/** Up to this length the words are sent whole; longer quotes are sent as start,end. */
const WHOLE = 24;

/**
 * The text directive (the part after `:~:text=`) that highlights `quote` in block `anchor`, or
 * null when there is none safe. `before` is the page text that precedes the block (contents list,
 * earlier blocks); the start term must not occur in it (as whole words), or Chromium would
 * highlight that occurrence instead.
 */
export function textDirective(quote: string, block: BlockRuns, before: string): string | null {
  // Where the quote lies in each run of the block.
  const at = block.runs.join('').indexOf(quote);
  if (at < 0) return null;
  const pieces: { k: number; run: string; from: number; to: number }[] = [];
  let offset = 0;
  block.runs.forEach((run, k) => {
    const from = Math.max(at, offset) - offset;
    const to = Math.min(at + quote.length, offset + run.length) - offset;
    if (to > from) pieces.push({ k, run, from, to });
    offset += run.length;
  });
  const last = pieces[pieces.length - 1]!;
  const lastB = boundaries(last.run);
  const e = lastB.findLast((b) => b <= last.to)!; // trimmed inward to a word boundary

  // The start term goes in the first piece where a unique one exists (a piece of one or two
  // characters before a mark, found all over the page, is skipped: the highlight starts later).
  for (const [i, first] of pieces.entries()) {
    const firstB = i === pieces.length - 1 ? lastB : boundaries(first.run);
    const s = firstB.find((b) => b >= first.from)!;
    const earlier = `${before}\n${[...block.runs.slice(0, first.k), first.run.slice(0, s)].join('\n')}`;
    const unique = (term: string) => term.length > 0 && !occursAsWords(earlier, term);
    /** The shortest start term (TERM long or up to `limit`, ending on a boundary) found nowhere earlier. */
    const startTerm = (limit: number): string | null => {
      for (const b of firstB) {
        if (b > s && b <= limit && (b - s >= TERM || b === limit) && unique(first.run.slice(s, b))) return first.run.slice(s, b);
      }
      return null;
    };
    if (first === last) {
      if (e <= s) return null;
      const whole = first.run.slice(s, e);
      if (whole.length <= WHOLE) return unique(whole) ? encodeDirective(whole) : null;
      const endFrom = firstB.findLast((b) => b > s && b <= e - TERM);
      const start = endFrom === undefined ? null : startTerm(endFrom);
      return start ? `${encodeDirective(start)},${encodeDirective(first.run.slice(endFrom!, e))}` : null;
    }
    // The quote runs across a mark: the start term in this run, the end term in the last.
    const start = startTerm(first.to);
    if (!start) continue;
    const endFrom = lastB.findLast((b) => b <= Math.max(0, e - TERM)) ?? 0;
    const end = last.run.slice(endFrom, e);
    return end ? `${encodeDirective(start)},${encodeDirective(end)}` : encodeDirective(start);
  }
  return null;
}

/**
 * Whether `term` occurs in `text` as Chromium would match it: starting and ending on word
 * boundaries (judged on a window of context around each occurrence).
 */
function occursAsWords(text: string, term: string): boolean {
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    const from = Math.max(0, i - 12);
    const b = boundaries(text.slice(from, i + term.length + 12));
    if (b.includes(i - from) && b.includes(i - from + term.length)) return true;
  }
  return false;
}

/** The text the document page shows before each block: title, contents list, earlier blocks. */
export function textBefore(blocks: readonly BlockRuns[], clauses: readonly Clause[], title: string): Map<string, string> {
  const toc = clauses
    .filter((c) => c.kind === 'heading' || c.kind === 'item' || c.kind === 'table')
    .map((c) => `${c.number ?? ''}${c.label}`);
  const map = new Map<string, string>();
  let acc = [title, ...toc].join('\n');
  for (const b of blocks) {
    map.set(b.id, acc);
    acc += `\n${b.runs.join('\n')}`;
  }
  return map;
}

/** The document page URL of a block, with the quote's text directive when there is a safe one. */
export function citationHref(document: string, anchor: string, directive: string | null): string {
  return documentUrl(document, `${anchor}${directive ? `:~:text=${directive}` : ''}`);
}

/** A duty's citation as pages show it. */
export interface Cite {
  /** The document page URL at the block, with the text directive where there is a safe one. */
  href: string;
  /** The block named by the document's numbering. */
  name: ClauseName;
  /** Where the quote begins in its block's text (orders duties that cite the same block). */
  offset: number;
}

/** What citing needs of a compiled document: its id and title, clause index and blocks. */
export type CitableDocument = Pick<CompiledDocument, 'clauses' | 'blocks'> & { meta: Pick<CompiledDocument['meta'], 'id' | 'title'> };

/** The citation of every duty (by duty id). A duty whose block is not in the document gets the plain anchor. */
export function citeAll(duties: readonly { id: string; document: string; anchor: string; quote: string }[], docs: readonly CitableDocument[]): Map<string, Cite> {
  const prepared = new Map(docs.map((d) => {
    const blocks = blockRuns(d);
    return [d.meta.id, { doc: d, blocks: new Map(blocks.map((b) => [b.id, b])), before: textBefore(blocks, d.clauses, d.meta.title) }] as const;
  }));
  const out = new Map<string, Cite>();
  for (const duty of duties) {
    const p = prepared.get(duty.document);
    const block = p?.blocks.get(duty.anchor);
    const directive = p && block ? textDirective(duty.quote, block, p.before.get(duty.anchor) ?? '') : null;
    out.set(duty.id, {
      href: citationHref(duty.document, duty.anchor, directive),
      name: p ? clauseName(p.doc.clauses, duty.anchor) : { path: duty.anchor, title: null, entry: duty.anchor },
      offset: block ? Math.max(0, block.runs.join('').indexOf(duty.quote)) : 0,
    });
  }
  return out;
}
