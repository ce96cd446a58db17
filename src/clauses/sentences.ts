/**
 * Sentences: the unit of coverage. A block's text is split after each 。；！？ (a table row is
 * one unit: its cells are one task with its lead, partners and date). Each sentence is named
 * `<block-id>.<n>` (1-based), e.g. s2-1-5-p1.3, and knows where it lies in its block's text, so a
 * quote found in the block can say which sentences it covers.
 */
import type { ClauseBlock } from './index.ts';

export interface Sentence {
  /** `<block-id>.<n>`, n counting from 1 within the block. */
  id: string;
  block: string;
  text: string;
  /** Where it lies in the block's text: [from, to). */
  from: number;
  to: number;
}

const END = /[。；！？]/;

/** The sentences of a block (blank runs between marks are dropped, and do not count). */
export function sentencesOf(block: ClauseBlock): Sentence[] {
  const out: Sentence[] = [];
  const push = (from: number, to: number) => {
    const text = block.text.slice(from, to);
    if (text.trim()) out.push({ id: `${block.id}.${out.length + 1}`, block: block.id, text, from, to });
  };
  if (/-r\d+$/.test(block.id)) {
    push(0, block.text.length);
    return out;
  }
  let from = 0;
  for (let i = 0; i < block.text.length; i++) {
    if (END.test(block.text[i]!)) {
      // A closing quote mark after the stop belongs to the sentence (……”。 or 。”).
      let to = i + 1;
      while (to < block.text.length && /[”’」』）)]/.test(block.text[to]!)) to++;
      push(from, to);
      from = to;
      i = to - 1;
    }
  }
  push(from, block.text.length);
  return out;
}

/** The sentences a span of a block's text overlaps (by two characters or more, or whole if shorter). */
export function sentencesCovered(sentences: readonly Sentence[], from: number, to: number): Sentence[] {
  return sentences.filter((s) => Math.min(to, s.to) - Math.max(from, s.from) >= Math.min(2, to - from));
}
