/**
 * Where a quote stands in its clause, and, when it does not stand there once, what a maintainer
 * needs to see: the places it stands (a quote found twice would anchor the highlight, the duty list
 * and coverage at whichever came first), or the first character that differs from the text, with
 * its code point (a zero-width space looks like nothing when the quote is echoed).
 */
import type { CompiledDocument } from '../documents/model.ts';
import { blocksOf, clauseBlocks, type ClauseBlock } from './index.ts';

export type Placement =
  | { kind: 'once'; block: ClauseBlock }
  /** The block of each occurrence, in document order (one block twice when it holds the words twice). */
  | { kind: 'more'; blocks: string[] }
  | { kind: 'none'; difference: string; elsewhere: string | null };

/** A character as a message shows it: visible ones quoted, with the code point always. */
export function showChar(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) ? `"${c}" ${code}` : code;
}

/** Every offset where `words` starts in `text`. */
const offsets = (text: string, words: string): number[] => {
  const out: number[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) out.push(i);
  return out;
};

/** Where the quote first leaves the clause's text: the longest start of it that some block holds, then what follows. */
function firstDifference(blocks: readonly ClauseBlock[], quote: string): string {
  const chars = [...quote];
  let best = 0;
  let after: string | null = null;
  for (const b of blocks) {
    for (let n = chars.length - 1; n > best; n--) {
      const start = chars.slice(0, n).join('');
      const at = b.text.indexOf(start);
      if (at < 0) continue;
      best = n;
      after = [...b.text.slice(at + start.length)][0] ?? null;
      break;
    }
  }
  const differs = chars[best]!;
  if (best === 0) return `its first character ${showChar(differs)} starts no passage of the clause`;
  const before = chars.slice(Math.max(0, best - 6), best).join('');
  return `the first character that differs is ${showChar(differs)} after ${before} (${after === null ? 'where the paragraph ends: a quote stays within one paragraph' : `the text has ${showChar(after)}`})`;
}

/** Where a quote stands in a clause (a heading id takes in its whole section). */
export function placeQuote(doc: CompiledDocument, clauseId: string, quote: string): Placement {
  const blocks = blocksOf(doc, clauseId);
  const hits = blocks.flatMap((b) => offsets(b.text, quote).map(() => b));
  if (hits.length === 1) return { kind: 'once', block: hits[0]! };
  if (hits.length > 1) return { kind: 'more', blocks: hits.map((b) => b.id) };
  const elsewhere = clauseBlocks(doc).find((b) => b.text.includes(quote))?.id ?? null;
  return { kind: 'none', difference: firstDifference(blocks, quote), elsewhere };
}

/** The problem and fix of a quote not placed once, for a message (null when it stands once). */
export function placementProblem(p: Placement, clauseId: string, document: string, quote: string): { problem: string; fix: string } | null {
  if (p.kind === 'once') return null;
  if (p.kind === 'more') {
    const distinct = [...new Set(p.blocks)];
    return {
      problem: `found ${p.blocks.length} times in clause ${clauseId} of ${document} (in ${p.blocks.join(' and ')}): "${quote}"`,
      fix: distinct.length > 1 ? `cite the paragraph you mean as its clause (${distinct.join(' or ')})` : `quote more of the words, so that they stand once in ${distinct[0]}`,
    };
  }
  return {
    problem: `not found verbatim in clause ${clauseId} of ${document}: ${p.difference}`,
    fix: p.elsewhere ? `the words stand in ${p.elsewhere}: cite that clause` : 'copy the words from the compiled document exactly (punctuation too), within one paragraph',
  };
}
