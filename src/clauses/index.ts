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

/** Whether a block lies within a clause by its id: the clause itself or anything numbered below it (s3-2-p1 in s3). */
export const isWithin = (blockId: string, clauseId: string) => blockId === clauseId || blockId.startsWith(`${clauseId}-`);

/**
 * Whether a block lies within a clause, for one document: by its id, or below it in the clause
 * index (a law's article a22 lies in its chapter c2, whose id it does not extend).
 */
export function withinOf(doc: Pick<CompiledDocument, 'clauses'>): (blockId: string, clauseId: string) => boolean {
  const parent = new Map(doc.clauses.map((c) => [c.id, c.parent] as const));
  return (blockId, clauseId) => {
    if (isWithin(blockId, clauseId)) return true;
    for (let p = parent.get(blockId) ?? null; p; p = parent.get(p) ?? null) if (p === clauseId) return true;
    return false;
  };
}

/** The blocks of one clause (a heading id takes in its whole section, a law's chapter its articles). */
export function blocksOf(doc: CompiledDocument, clauseId: string): ClauseBlock[] {
  const within = withinOf(doc);
  return clauseBlocks(doc).filter((b) => within(b.id, clauseId));
}

/** The block of a clause where the words stand (words never span two blocks), or null. */
export function findWords(doc: CompiledDocument, clauseId: string, words: string): ClauseBlock | null {
  return blocksOf(doc, clauseId).find((b) => b.text.includes(words)) ?? null;
}
