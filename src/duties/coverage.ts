/**
 * Coverage: is every clause of every document either the source of a duty, or left out with a
 * reason? A unit is a leaf block (paragraph, item, table row, or a heading with nothing below it);
 * a duty covers the block its quote stands in; a reason given for a section covers all below it.
 */
import * as z from 'zod';
import { clauseBlocks, isWithin } from '../clauses/index.ts';
import type { CompiledDocument } from '../documents/model.ts';
import { ClauseId } from '../documents/schemas/clause.ts';
import type { CataloguedDuty } from './schema.ts';

/** src/content/coverage/<document-id>.yaml: the clauses deliberately left out, each with a reason. */
export const CoverageFileSchema = z.array(
  z.object({
    /** A clause id; the reason applies to everything below it. */
    clause: ClauseId,
    /** Why no duty comes from it, in one line (e.g. 组织领导，无针对儿童的具体职责). */
    reason: z.string().min(4),
  }),
);
export type CoverageFile = z.output<typeof CoverageFileSchema>;

export interface CoverageUnit {
  id: string;
  status: 'covered' | 'left-out' | 'unclassified';
  /** The duties whose quotes stand here, or the reason it is left out. */
  duties: string[];
  reason: string | null;
}

export interface DocumentCoverage {
  document: string;
  units: CoverageUnit[];
  /** Reasons that name a clause the document does not have. */
  unknownClauses: string[];
}

export function coverageOf(doc: CompiledDocument, duties: readonly CataloguedDuty[], leftOut: CoverageFile): DocumentCoverage {
  const blocks = clauseBlocks(doc);
  // s0, the text before the first heading, has no heading of its own but can be left out as a whole.
  const ids = new Set(['s0', ...doc.clauses.map((c) => c.id)]);
  const leaves = blocks.filter((b, i) => !blocks.slice(i + 1).some((later) => isWithin(later.id, b.id) && later.id !== b.id));
  const own = duties.filter((d) => d.document === doc.meta.id);
  const units = leaves.map((b): CoverageUnit => {
    const here = own.filter((d) => d.anchor === b.id).map((d) => d.id);
    if (here.length) return { id: b.id, status: 'covered', duties: here, reason: null };
    const why = leftOut.find((r) => isWithin(b.id, r.clause));
    return why ? { id: b.id, status: 'left-out', duties: [], reason: why.reason } : { id: b.id, status: 'unclassified', duties: [], reason: null };
  });
  return { document: doc.meta.id, units, unknownClauses: leftOut.map((r) => r.clause).filter((c) => !ids.has(c)) };
}
