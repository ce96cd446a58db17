/**
 * The frontmatter of a compiled document (src/content/documents/<id>.mdx).
 * Written by the compiler from sources/<id>.meta.yaml and the declared corrections;
 * read by every page. A bad value stops the build naming the file and the field.
 */
import * as z from 'zod';
import { LevelId } from '../../glossary.ts';
import { ClauseSchema } from './clause.ts';
import { CorrectionSummarySchema } from './correction.ts';

/** A document id: the URL slug, lowercase ASCII words and a year (ids from the seeds README). */
export const DocumentId = z.string().regex(/^[a-z]+(-[a-z0-9]+)*$/, 'lowercase ASCII words joined by "-", e.g. "ningcheng-2017"');

/** A date as an ISO day (2016-11-23), month (2020-03) or year (2017). */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

/** A source file's path from the project root. */
export const SourceFile = z.string().regex(/^sources\/[^/]+\.txt$/, 'a path under sources/, e.g. sources/000_87af91fe3ddee97b.txt');

/** A sha256 as sha256sum prints it. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits (sha256sum of the file)');

export const DocumentMetaSchema = z.strictObject({
  /** The document's id and URL slug. */
  id: DocumentId,
  /** The document's own title, as printed (without the 印发…的通知 wrapper). */
  title: z.string().min(2),
  /** A short name for lists and buttons, e.g. 宁城县 (2017). */
  shortTitle: z.string().min(2),
  /** The issuing office, as printed; null for the township template, which has none. */
  issuer: z.string().min(2).nullable(),
  /** The document number (文号) as printed or as restored; null where none is printed. */
  number: z.string().min(2).nullable(),
  /** Level of government. */
  level: LevelId,
  /** Where the document applies; each part null when the document is not that specific. */
  region: z.strictObject({
    province: z.string().nullable(),
    city: z.string().nullable(),
    county: z.string().nullable(),
  }),
  /** Dates; `asPrinted` keeps the document's own words for the date line, if it has one. */
  dates: z.strictObject({
    signed: PartialDate.nullable(),
    published: PartialDate.nullable(),
    asPrinted: z.string().nullable(),
  }),
  /** Validity as the document or its publisher states it. */
  status: z.strictObject({
    /** 有效 (in force), 试行 (trial), or null when nothing is stated. */
    validity: z.enum(['有效', '试行']).nullable(),
    /** A campaign period the document sets, in its own words, where it gives one. */
    campaign: z.strictObject({ from: PartialDate, to: PartialDate, words: z.string() }).nullable(),
  }),
  /**
   * A law's version: the date of its last amendment (or adoption) and the words a page shows for it
   * (2024年4月26日修正); absent for local documents, which are dated by `dates`.
   */
  version: z.strictObject({ date: PartialDate, label: z.string().min(6) }).optional(),
  /** Documents this one cites, by number (null where it cites one by title only); `inLibrary` is the id when we hold its text. */
  cites: z.array(
    z.strictObject({
      number: z.string().nullable(),
      title: z.string(),
      inLibrary: DocumentId.nullable(),
    }),
  ),
  /** The byte-identical source this was compiled from, with its sha256 (from sources/registry.yaml). */
  source: z.strictObject({
    file: SourceFile,
    sha256: Sha256,
  }),
});

/**
 * sources/<id>.meta.yaml: the frontmatter's particulars, naming the source file only. Its sha256
 * is in sources/registry.yaml alone, so a meta file cannot vouch for a source it names.
 */
export const MetaFileSchema = DocumentMetaSchema.extend({
  /** The source file, from the project root (sources/<name>.txt); its sha256 is in sources/registry.yaml. */
  source: z.strictObject({ file: SourceFile }),
});

export const DocumentSchema = DocumentMetaSchema.extend({
  /** Every correction applied to the source, in source order, as shown to readers. */
  corrections: z.array(CorrectionSummarySchema),
  /** The clause index: every heading and paragraph id, in order. */
  clauses: z.array(ClauseSchema),
});

export type DocumentMeta = z.output<typeof DocumentMetaSchema>;
export type DocumentData = z.output<typeof DocumentSchema>;
