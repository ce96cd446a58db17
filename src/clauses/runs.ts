/**
 * The runs of text a reader sees in each addressable block of a compiled document, in order.
 * Between two runs the page shows something else (a correction mark, a lost-text note, the struck
 * original of a restoration, a table cell border), so a browser's find-in-page, and a text
 * directive, never match words across them.
 */
import type { CompiledDocument, Inline } from '../documents/model.ts';

export interface BlockRuns {
  /** The block's anchor id (heading, paragraph, item or table row). */
  id: string;
  /** The document's words in the block, in order, split where the page shows something else. */
  runs: string[];
}

/** Text runs read through; anything else is a break. A restoration reads as restored, on its own. */
function runsOf(inlines: readonly Inline[]): string[] {
  const runs: string[] = [];
  let current = '';
  for (const i of inlines) {
    if (i.t === 'text') {
      current += i.text;
      continue;
    }
    runs.push(current, i.t === 'restore' ? i.text : '');
    current = '';
  }
  runs.push(current);
  return runs.filter(Boolean);
}

/** Every addressable block of a compiled document with its runs of text, in document order. */
export function blockRuns(doc: Pick<CompiledDocument, 'blocks'>): BlockRuns[] {
  return doc.blocks.flatMap((b): BlockRuns[] => {
    if (b.type === 'heading' || b.type === 'paragraph') return [{ id: b.id, runs: runsOf(b.inlines) }];
    if (b.type === 'table') return b.rows.map((r) => ({ id: r.id, runs: r.cells.flatMap(runsOf) }));
    return [];
  });
}
