/**
 * Clauses: the addressable units of the compiled documents, and their text as a reader sees it.
 * Duties are checked against this text, and cite the block where their quote stands.
 */
import { inlineText, type Block, type CompiledDocument } from '../documents/model.ts';

export interface ClauseBlock {
  /** The block's anchor id (heading, paragraph, item or table row). */
  id: string;
  /** Its text, restorations read as restored; table cells separated by tabs. */
  text: string;
}

/** Every addressable block of a document with its text, in document order. */
export function clauseBlocks(doc: CompiledDocument): ClauseBlock[] {
  return doc.blocks.flatMap((b: Block): ClauseBlock[] => {
    if (b.type === 'heading' || b.type === 'paragraph') return [{ id: b.id, text: inlineText(b.inlines) }];
    if (b.type === 'table') return b.rows.map((r) => ({ id: r.id, text: r.cells.map(inlineText).join('\t') }));
    return [];
  });
}

/** Whether a block lies within a clause: the clause itself or anything numbered below it. */
export const isWithin = (blockId: string, clauseId: string) => blockId === clauseId || blockId.startsWith(`${clauseId}-`);

/** The blocks of one clause (a heading id takes in its whole section). */
export function blocksOf(doc: CompiledDocument, clauseId: string): ClauseBlock[] {
  return clauseBlocks(doc).filter((b) => isWithin(b.id, clauseId));
}

/** The block of a clause where the words stand (words never span two blocks), or null. */
export function findWords(doc: CompiledDocument, clauseId: string, words: string): ClauseBlock | null {
  return blocksOf(doc, clauseId).find((b) => b.text.includes(words)) ?? null;
}
