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
 * Pure functions: the block texts are read off the compiled MDX body (a generated, regular format).
 */
import type { Clause } from '../documents/schemas/clause.ts';

/** A block of the compiled document as the page renders it: its id and its runs of document text. */
export interface BlockRuns {
  id: string;
  /**
   * The document's words in the block, in order. Between two runs the page shows something else
   * (a correction mark, a lost-text note, a table cell border), so words never match across them.
   */
  runs: string[];
}

const BLOCK_LINE = /^<(P|Heading|tr) id="([^"]+)"/;

/**
 * Every addressable block (paragraphs, items, headings, table rows) of a compiled MDX body, with
 * its runs of text. Restorations read as restored (the damaged original, shown struck through,
 * is a break); notes, marks and attributes are breaks.
 */
export function blockRuns(body: string): BlockRuns[] {
  const blocks: BlockRuns[] = [];
  for (const line of body.split('\n')) {
    const m = BLOCK_LINE.exec(line);
    if (m) blocks.push({ id: m[2]!, runs: lineRuns(line) });
  }
  return blocks;
}

/** The text runs of one generated line: `{"…"}` literals in content position, outside <del>. */
function lineRuns(line: string): string[] {
  const runs: string[] = [];
  let current: string | null = null;
  let inDel = 0;
  let i = 0;
  const flush = () => {
    if (current) runs.push(current);
    current = null;
  };
  while (i < line.length) {
    if (line.startsWith('{"', i)) {
      const end = stringEnd(line, i + 1);
      const text = JSON.parse(line.slice(i + 1, end)) as string;
      i = end + 1; // past the closing brace
      if (inDel) continue;
      current = (current ?? '') + text;
      continue;
    }
    if (line[i] === '<') {
      // A tag (its attributes may hold quoted strings with > in them): a break in the text.
      const close = tagEnd(line, i);
      const tag = line.slice(i, close + 1);
      if (/^<del\b/.test(tag)) inDel++;
      else if (/^<\/del>/.test(tag)) inDel--;
      if (!/^<\/?ins\b/.test(tag)) flush(); // <ins> is the restored text: read through it.
      i = close + 1;
      continue;
    }
    i++;
  }
  flush();
  return runs;
}

/** Index of the closing quote of the JSON string starting at `start` (a `"`). */
function stringEnd(s: string, start: number): number {
  for (let j = start + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '"') return j + 1 < s.length && s[j + 1] === '}' ? j + 1 : j;
  }
  return s.length;
}

function tagEnd(s: string, start: number): number {
  for (let j = start + 1; j < s.length; j++) {
    if (s[j] === '"') {
      j++;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
    } else if (s[j] === '>') return j;
  }
  return s.length - 1;
}

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
  return `/documents/${document}/#${anchor}${directive ? `:~:text=${directive}` : ''}`;
}

export interface ClauseName {
  /** The document's own numbers down to the block: 三、（二）1. / 附件 重点任务分工表 第3行. */
  path: string;
  /** The title of the nearest heading, where it has one (unnumbered paragraphs have none). */
  title: string | null;
}

/** Names a block the way the document numbers it, from the clause index. */
export function clauseName(clauses: readonly Clause[], id: string): ClauseName {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const chain: Clause[] = [];
  for (let c = byId.get(id); c; c = c.parent ? byId.get(c.parent) : undefined) chain.unshift(c);
  const parts: string[] = [];
  let title: string | null = null;
  for (const c of chain) {
    if (c.kind === 'row') parts.push(`第${c.id.replace(/^.*-r/, '')}行`);
    else if (c.kind === 'table') parts.push(c.label);
    else if (c.number) parts.push(c.number);
    else if (c.kind === 'heading' && c.depth <= 1 && !c.id.startsWith('s')) parts.push(c.label);
    // An item's label is the start of its own text, not a title.
    if (c.kind === 'heading' && c.number) title = stripNumber(c.label, c.number);
    else if (c.kind === 'item') title = null;
  }
  const path = parts.length ? parts.join(parts.some((p) => /[行表]$/.test(p)) ? ' ' : '') : id === 's0' || id.startsWith('s0-') ? '文首' : '';
  return { path: path || '文首', title };
}

function stripNumber(label: string, number: string | null): string {
  const l = label.trim();
  return number && l.startsWith(number) ? l.slice(number.length).trim() : l;
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

/** What citing needs of a document: its clause index, title, and compiled MDX body. */
export interface CitableDocument {
  id: string;
  title: string;
  clauses: readonly Clause[];
  body: string;
}

/** The citation of every duty (by duty id). A duty whose block is not in the body gets the plain anchor. */
export function citeAll(duties: readonly { id: string; document: string; anchor: string; quote: string }[], docs: readonly CitableDocument[]): Map<string, Cite> {
  const prepared = new Map(docs.map((d) => {
    const blocks = blockRuns(d.body);
    return [d.id, { doc: d, blocks: new Map(blocks.map((b) => [b.id, b])), before: textBefore(blocks, d.clauses, d.title) }] as const;
  }));
  const out = new Map<string, Cite>();
  for (const duty of duties) {
    const p = prepared.get(duty.document);
    const block = p?.blocks.get(duty.anchor);
    const directive = p && block ? textDirective(duty.quote, block, p.before.get(duty.anchor) ?? '') : null;
    out.set(duty.id, {
      href: citationHref(duty.document, duty.anchor, directive),
      name: p ? clauseName(p.doc.clauses, duty.anchor) : { path: duty.anchor, title: null },
      offset: block ? Math.max(0, block.runs.join('').indexOf(duty.quote)) : 0,
    });
  }
  return out;
}
