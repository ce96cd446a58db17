/**
 * Declared corrections (sources/<id>.corrections.yaml): every repair of a source, and the
 * structure hints the compiler cannot guess. Nothing in a source changes unless declared here.
 */
import * as z from 'zod';

/** Where a correction applies: a string that must occur exactly once in the source. */
const Anchor = {
  /** The text to find. With wholeLine, a whole line (trimmed) must equal it. */
  find: z.string().min(1),
  /** Match whole lines only (for short texts that also occur inside longer lines). */
  wholeLine: z.boolean().default(false),
  /** Which match to take when the same text occurs more than once (1-based); default: it must be unique. */
  occurrence: z.number().int().min(1).optional(),
};

/** Why: shown to readers beside the correction. */
const note = z.string().min(4);

export const CorrectionSchema = z.discriminatedUnion('kind', [
  /** Page furniture or a repeated line, left out of the compiled text (and listed for readers). */
  z.strictObject({ kind: z.literal('remove'), ...Anchor, wholeLine: z.literal(true).default(true), reason: z.enum(['furniture', 'repeated']), note }),
  /** A word or sentence split across a page break: the line ending with `find` continues on the next non-blank line. */
  z.strictObject({ kind: z.literal('join'), ...Anchor, note }),
  /** Characters lost in the source, restored where the document itself gives them: `basis` must occur in the source. */
  z.strictObject({ kind: z.literal('restore'), ...Anchor, text: z.string().min(1), basis: z.string().min(1), note }),
  /** Text lost in the source and not given anywhere: marked as lost, never filled in. */
  z.strictObject({
    kind: z.literal('lost'),
    ...Anchor,
    /** Mark the loss before or after the anchor. */
    place: z.enum(['before', 'after']),
    /** heading: a whole heading is missing (give the number the sequence implies); passage; characters. */
    what: z.enum(['heading', 'passage', 'characters']),
    /** For a lost heading: the number implied by its neighbours, e.g. 二、 */
    number: z.string().optional(),
    note,
  }),
  /** An entry printed twice: both kept, the second marked. */
  z.strictObject({ kind: z.literal('duplicate'), ...Anchor, note }),
]);

/** Structure the compiler cannot infer from numbering alone. */
export const StructureSchema = z.discriminatedUnion('kind', [
  /** Flattened lines that form a table, from the line `find` to the line `through` (or the end). */
  z.strictObject({
    kind: z.literal('table'),
    ...Anchor,
    wholeLine: z.literal(true).default(true),
    through: z.string().nullable(),
    /** groups: blank-line separated groups of cells, the first group the header; members: 职务：姓名（职务） lines; fields: label value pairs. */
    parser: z.enum(['groups', 'members', 'fields']),
    /** Column headers for parsers whose source has none. */
    columns: z.array(z.string()).optional(),
    /** For the fields parser: the labels to split lines at. */
    labels: z.array(z.string()).optional(),
    caption: z.string(),
  }),
  /** Lines that form a list (e.g. attachments listed by title). */
  z.strictObject({ kind: z.literal('list'), ...Anchor, wholeLine: z.literal(true).default(true), through: z.string(), caption: z.string() }),
  /** A named part that starts at the line `find` (closing lines, annex). */
  z.strictObject({ kind: z.literal('part'), ...Anchor, wholeLine: z.literal(true).default(true), id: z.enum(['closing', 'annex']), label: z.string() }),
]);

/**
 * Markup and layout characters of a markdown law (docs/clause-ids.md, National laws), declared with
 * how many the source holds: the compile counts them and stops on any other number, so nothing is
 * dropped that was not declared.
 */
export const FurnitureSchema = z.strictObject({
  /**
   * heading-marks: the `#`, `##`, `###` at the start of the title, chapter and section lines;
   * spacing: a character that only spaces out a heading's words (U+2002 in 民法典), read as one space;
   * line-end: a character padding the end of a line (U+3000), left out.
   */
  kind: z.enum(['heading-marks', 'spacing', 'line-end']),
  /** The character as U+XXXX (spacing and line-end). */
  char: z.string().regex(/^U\+[0-9A-F]{4}$/, 'a code point written U+XXXX, e.g. U+2002').optional(),
  /** How many the source holds: lines with marks, or characters. */
  count: z.number().int().min(1),
  note,
});

export const DeclarationSchema = z.strictObject({
  /** The document these corrections belong to. */
  document: z.string(),
  /** How the source is laid out: text (numbered headings 一、（一）1.), or markdown-law (a national law: `##` chapters, 第X条 articles). */
  format: z.enum(['text', 'markdown-law']).default('text'),
  /** A markdown law's markup and layout characters, each declared with its count. */
  furniture: z.array(FurnitureSchema).default([]),
  /** The source starts with a byte-order mark (U+FEFF), which the compile leaves out; never assumed. */
  byteOrderMark: z.boolean().default(false),
  /** How the source's lines end: lf, or crlf (read as lf); the compile stops on any other ending. */
  lineEndings: z.enum(['lf', 'crlf']).default('lf'),
  /** Lines starting with these words are a task row (牵头单位 / 责任单位 / 完成时限) of the enclosing （n） section. */
  taskRows: z.array(z.string()).default([]),
  structure: z.array(StructureSchema).default([]),
  corrections: z.array(CorrectionSchema).default([]),
});

/** How a correction appears in the compiled document's frontmatter and on the page. */
export const CorrectionSummarySchema = z.strictObject({
  /** Stable id, c1, c2, … in declaration order; the page anchors it as #fix-c1. */
  id: z.string().regex(/^c\d+$/),
  kind: z.enum(['remove', 'join', 'restore', 'lost', 'duplicate']),
  /** The clause where it applies (null for removed lines, which have no place in the text). */
  clause: z.string().nullable(),
  /** The source's text as received (empty for a loss). */
  original: z.string(),
  /** What the compiled text shows instead (empty for a removal). */
  result: z.string(),
  note: z.string(),
});

export type Correction = z.output<typeof CorrectionSchema>;
export type Structure = z.output<typeof StructureSchema>;
export type Furniture = z.output<typeof FurnitureSchema>;
export type Declaration = z.output<typeof DeclarationSchema>;
export type CorrectionSummary = z.output<typeof CorrectionSummarySchema>;
