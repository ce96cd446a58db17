/**
 * One duty: who must do what, on which trigger, by when, telling whom, resting on a verbatim quote.
 * Entries live in src/content/duties/<document-id>.yaml (a list per document). The action is our
 * plain Chinese; the quote, deadline words and conditions are the document's own words and the
 * build checks each of them verbatim against the compiled text of the cited clause.
 */
import * as z from 'zod';
import { DeadlineId, MechanismId, RoleId, SituationId } from '../glossary.ts';
import { ClauseId } from '../documents/schemas/clause.ts';
import { DocumentId } from '../documents/schemas/document.ts';

/** A duty id: <document-id>/<short-kebab-name>, unique across the catalogue. */
export const DutyId = z.string().regex(/^[a-z]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, 'an id "<document-id>/<kebab-name>", e.g. "ningcheng-2017/school-report-police"');

export const DutySchema = z.object({
  id: DutyId,
  /** The document the duty comes from. */
  document: DocumentId,
  /** The clause the quote stands in (a heading id takes in its whole section). */
  clause: ClauseId,
  /** Who carries the duty (glossary role ids); at least one. */
  roles: z.array(RoleId).min(1, 'a duty needs at least one role: who must act?'),
  /** The situations that trigger it (glossary situation ids); at least one. */
  situations: z.array(SituationId).min(1),
  /** The mechanism it belongs to. */
  mechanism: MechanismId,
  /** What to do, in our own plain Chinese: one short sentence. */
  action: z.string().min(4).max(80),
  /** The time limit: a glossary id plus the document's own words (checked verbatim), or null where the document sets none. */
  deadline: z.object({ id: DeadlineId, words: z.string().min(1) }).nullable(),
  /** The bodies told or handed the case (glossary role ids); empty when nobody is told. */
  notify: z.array(RoleId).default([]),
  /** Conditions the document sets, in its own words (checked verbatim), e.g. 情节较轻, 劝返无效. */
  conditions: z.array(z.string().min(2)).default([]),
  /** Duties (ids) that the notified bodies take up next: the hand-off chain. */
  then: z.array(DutyId).default([]),
  /** The document's exact words (checked verbatim against the clause's compiled text). */
  quote: z.string().min(6),
});

export type Duty = z.output<typeof DutySchema>;

/** A duty as the site holds it: checked, with the anchor of the block where its quote stands. */
export const CataloguedDutySchema = DutySchema.extend({
  /** The block id (paragraph, item or table row) of the cited clause that holds the quote. */
  anchor: ClauseId,
});

export type CataloguedDuty = z.output<typeof CataloguedDutySchema>;
