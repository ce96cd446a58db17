/**
 * The shapes of the open data files (/data/*.json), built from the layers' own zod schemas so the
 * published JSON Schemas can never drift from what the site checks.
 */
import * as z from 'zod';
import { ClauseSchema } from '../documents/schemas/clause.ts';
import { DocumentSchema } from '../documents/schemas/document.ts';
import { CataloguedDesignationSchema, CataloguedDutySchema, DutyId } from '../duties/schema.ts';
import { DocumentId } from '../documents/schemas/document.ts';
import { LevelId, RoleId, SituationId } from '../glossary.ts';
import { FACTS } from '../machines/routing.ts';
import { DATA } from '../urls.ts';

/** A path on this site, e.g. /documents/sixian-2020/#s3-2 */
const SitePath = z.string().regex(/^\/[^\s]*$/);

/** One document: its metadata, corrections and clause index (/data/documents/<id>.json). */
export const DocumentPartSchema = DocumentSchema.extend({
  /** The document's page on this site. */
  url: SitePath,
  clauses: z.array(ClauseSchema.extend({ /** The clause's anchor on the document page. */ url: SitePath })),
});

/** Each published entry adds the link to the block holding its quote. */
const withUrl = { /** The cited clause on the document page (the block holding the quote). */ url: SitePath };
/** And whether it is national law (its document's level is `national`), binding every county, or a local document's rule. */
const published = {
  ...withUrl,
  /** true: the entry is a national law's (its document's level is `national`) and binds every county; false: a local document's. */
  national: z.boolean(),
  /** Its document's level (glossary LEVELS): national, province, city, county, township-template. */
  level: LevelId,
};
const [caseEntry, programme, consequence, entitlement] = CataloguedDutySchema.options;

/**
 * The open data of duties and walkthroughs is cut into parts, one per document, each its own file
 * (/data/duties/<id>.json, /data/walkthroughs/<id>.json), and the file at the old address is the
 * index of the parts: no file lists every document's entries however large the library grows
 * (docs/010-scale.md). A part's `scope` says what it covers: a document today; the national laws
 * will be parts of their own (`national`).
 */
export const PartScope = z.enum(['document', 'national']);

/** One part as an index lists it. */
const PartLink = z.object({
  /** The document's id (a part of scope document). */
  id: DocumentId,
  scope: PartScope,
  /** The part's file. */
  url: SitePath,
});

/** /data/documents.json: every document's id, title and page, and its part (DocumentPartSchema). */
export const DocumentsFileSchema = z.object({
  parts: z.array(PartLink.extend({ title: z.string(), shortTitle: z.string(), page: SitePath })),
});

export const DutiesPartSchema = z.object({
  id: DocumentId,
  scope: PartScope,
  duties: z.array(z.discriminatedUnion('kind', [caseEntry.extend(published), programme.extend(published), consequence.extend(published), entitlement.extend(published)])),
  /** Who does another body's work (the child director for the village committee), with the designating clause. */
  designations: z.array(CataloguedDesignationSchema.extend(withUrl)),
});

/** /data/duties.json: the parts, with how many entries each holds. */
export const DutiesFileSchema = z.object({
  parts: z.array(PartLink.extend({ duties: z.number().int(), designations: z.number().int() })),
});

export const WalkthroughsPartSchema = z.object({
  id: DocumentId,
  scope: PartScope,
  /** Every outcome page of this part's document. */
  outcomes: z.array(
    z.object({
      url: SitePath,
      /** The walkthrough it ends. */
      walkthrough: SituationId,
      /** The document, or `national`: the national laws alone (「我的县不在这里」). */
      document: DocumentId,
      role: RoleId,
      /** The situations its entries are drawn from (glossary ids). */
      situations: z.array(SituationId),
      /** The answers that lead to it, in the order asked (question id → yes or no). */
      answers: z.partialRecord(z.enum(FACTS), z.enum(['yes', 'no'])),
      /** The duties shown as the role's own (numbered steps first); on a national outcome (document `national`), the laws' entries. */
      duties: z.array(DutyId),
      /** The national entries shown beside a county's steps (「法律还规定」), or the law's steps where the county is silent; [] on national outcomes. */
      law: z.array(DutyId),
      /** The hand-off chain shown (what the other bodies do next), depth first. */
      next: z.array(DutyId),
    }),
  ),
});

/** /data/walkthroughs.json: every walkthrough, and the parts holding their outcome pages. */
export const WalkthroughsFileSchema = z.object({
  walkthroughs: z.array(
    z.object({
      /** The walkthrough's id: the glossary id of the situation it starts from. */
      id: SituationId,
      /** What the person met, in plain words. */
      title: z.string(),
      /** Its first page (the emergency screen). */
      url: SitePath,
      /** Every situation its outcomes draw on. */
      situations: z.array(SituationId),
      /** The roles it offers. */
      roles: z.array(RoleId),
    }),
  ),
  parts: z.array(PartLink.extend({ outcomes: z.number().int() })),
});

export type OutcomeRecordData = z.infer<typeof WalkthroughsPartSchema>['outcomes'][number];

/**
 * Every outcome of the open data, read part by part through `read` (a site path → its JSON):
 * what the build's search, the snapshot, the benchmark and the tests read the outcomes with.
 */
export function readOutcomes(read: (path: string) => unknown): OutcomeRecordData[] {
  const index = read(DATA.walkthroughs) as z.infer<typeof WalkthroughsFileSchema>;
  return index.parts.flatMap((p) => (read(p.url) as z.infer<typeof WalkthroughsPartSchema>).outcomes);
}

/** JSON Schema (draft 2020-12) for a published file. */
export const jsonSchema = (schema: z.ZodType, title: string) => ({ title, ...z.toJSONSchema(schema, { io: 'output' }) });
