/**
 * A clause: an addressable unit of a document (a numbered heading or a paragraph).
 * Ids follow the document's own numbering: 三（二）1. → s3-2-1; a paragraph is its section's id
 * plus -p<n> (s3-2-p1); the text before the first 一、 is s0; declared parts are named
 * (closing, annex); tables are <section>-t<n> with rows -r<n>.
 * A national law (docs/clause-ids.md, National laws): chapter c2, section c2-s1, article a22, its
 * paragraphs a22-p1 …, items a92-i3 (a92-p2-i3 where two paragraphs of one article have lists).
 */
import * as z from 'zod';

export const ClauseId = z.string().regex(
  /^((s\d+(-\d+)*|closing|annex)(-(p|t)\d+)?(-r\d+)?|c\d+(-s\d+)?|a\d+(-p\d+)?(-i\d+)?)$/,
  'a clause id such as s3, s3-2, s3-2-1, s3-2-p1, s3-t1-r2, closing-p1, annex-t1; in a law c2, c2-s1, a22, a22-p2, a92-i3',
);

export const ClauseSchema = z.strictObject({
  /** The anchor id, unique within the document. */
  id: ClauseId,
  /** heading: a numbered heading (a law's chapter, section, article); item: a numbered item with no short title (a law's （一）); paragraph; table; row. */
  kind: z.enum(['heading', 'item', 'paragraph', 'table', 'row']),
  /** The document's own number for headings and items (一、 （二） 3.), else null. */
  number: z.string().nullable(),
  /** Short label for tables of contents: the heading text, or the start of a paragraph. */
  label: z.string(),
  /** Nesting depth: 1 for 一、, 2 for （一）, 3 for 1.; paragraphs take their section's depth + 1. */
  depth: z.number().int().min(0).max(5),
  /** The id of the enclosing section, or null at the top. */
  parent: ClauseId.nullable(),
});

export type Clause = z.output<typeof ClauseSchema>;
