/**
 * Coverage, per sentence: is every sentence of every document either covered by an entry of the
 * catalogue (its quote, an `also` quote or its trigger overlaps the sentence), or left out with a
 * one-line reason? Units are the sentences (clauses/sentences.ts) of the leaf blocks: paragraphs,
 * items, table rows, and headings with nothing below them (a title above its text is no unit).
 *
 * src/content/coverage/<document-id>.yaml lists what is left out, each with a reason:
 *   - { clause: s1, reason: 总体要求，无针对儿童的具体职责 }            a clause and all below it
 *   - { sentence: s2-1-5-p1.4, reason: 倡导性表述，未交给任何单位 }    one sentence (npm run coverage lists their ids)
 */
import * as z from 'zod';
import { clauseBlocks, withinOf } from '../clauses/index.ts';
import { sentencesCovered, sentencesOf, type Sentence } from '../clauses/sentences.ts';
import type { CompiledDocument } from '../documents/model.ts';
import { ClauseId } from '../documents/schemas/clause.ts';
import type { CataloguedDuty } from './schema.ts';

/** A sentence id: a block id, a dot, its number in the block (s2-1-5-p1.3). */
export const SentenceId = z.string().regex(/^[a-z0-9-]+\.\d+$/, 'a sentence id "<block-id>.<n>", e.g. s2-1-5-p1.3 (npm run coverage lists them)');

/** src/content/coverage/<document-id>.yaml: what is deliberately left out, each with a reason. */
export const CoverageFileSchema = z.array(
  z.union([
    z.object({
      /** A clause id; the reason applies to every sentence in it and below it. */
      clause: ClauseId,
      /** Why nothing in it gives a body something to do about a child, in one line. */
      reason: z.string().min(4),
    }).strict(),
    z.object({
      /** One sentence: `<block-id>.<n>`. */
      sentence: SentenceId,
      /** Why this sentence gives no body anything to do about a child (or why it is not an entry), in one line. */
      reason: z.string().min(4),
    }).strict(),
  ]),
);
export type CoverageFile = z.output<typeof CoverageFileSchema>;

export interface CoverageUnit {
  /** The sentence id. */
  id: string;
  text: string;
  status: 'covered' | 'left-out' | 'unclassified';
  /** The entries whose quotes overlap it. */
  duties: string[];
  /** The reason it is left out (a reason given for a covered sentence is kept, to be pruned). */
  reason: string | null;
}

export interface DocumentCoverage {
  document: string;
  units: CoverageUnit[];
  /** Reasons that name a clause or sentence the document does not have. */
  unknown: string[];
}

/** Every quote of an entry in this document: its own, its `also` citations, its trigger. */
function quotesOf(duty: CataloguedDuty): { clause: string; words: string }[] {
  const out = [{ clause: duty.clause, words: duty.quote }, ...duty.also.map((a) => ({ clause: a.clause, words: a.quote }))];
  if (duty.kind === 'case') out.push({ clause: duty.clause, words: duty.trigger });
  return out;
}

export function coverageOf(doc: CompiledDocument, duties: readonly CataloguedDuty[], leftOut: CoverageFile): DocumentCoverage {
  const blocks = clauseBlocks(doc);
  const isWithin = withinOf(doc);
  const leaves = blocks.filter((b, i) => !blocks.slice(i + 1).some((later) => isWithin(later.id, b.id) && later.id !== b.id));
  const sentences = new Map<string, Sentence[]>(leaves.map((b) => [b.id, sentencesOf(b)]));
  const by = new Map<string, Set<string>>();
  for (const duty of duties.filter((d) => d.document === doc.meta.id)) {
    for (const { clause, words } of quotesOf(duty)) {
      for (const b of leaves.filter((l) => isWithin(l.id, clause))) {
        for (let at = b.text.indexOf(words); at >= 0; at = b.text.indexOf(words, at + 1)) {
          for (const s of sentencesCovered(sentences.get(b.id)!, at, at + words.length)) by.set(s.id, (by.get(s.id) ?? new Set()).add(duty.id));
        }
      }
    }
  }
  // s0, the text before the first heading, has no heading of its own but can be left out as a whole.
  const clauses = new Set(['s0', ...doc.clauses.map((c) => c.id)]);
  const all = new Set([...sentences.values()].flat().map((s) => s.id));
  const reasonFor = (s: Sentence) => {
    const own = leftOut.find((r) => 'sentence' in r && r.sentence === s.id);
    return own?.reason ?? leftOut.find((r) => 'clause' in r && isWithin(s.block, r.clause))?.reason ?? null;
  };
  const units = [...sentences.values()].flat().map((s): CoverageUnit => {
    const here = [...(by.get(s.id) ?? [])];
    const reason = reasonFor(s);
    return { id: s.id, text: s.text, status: here.length ? 'covered' : reason ? 'left-out' : 'unclassified', duties: here, reason };
  });
  const unknown = leftOut.map((r) => ('clause' in r ? (clauses.has(r.clause) ? null : r.clause) : all.has(r.sentence) ? null : r.sentence)).filter((x): x is string => x !== null);
  return { document: doc.meta.id, units, unknown };
}
