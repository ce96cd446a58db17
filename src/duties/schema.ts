/**
 * The duty catalogue, v2 (docs/005-duty-model-v2.md): one list of entries per document in
 * src/content/duties/<document-id>.yaml, each entry of one kind — `case` (something found about a
 * child → who acts → by when → telling whom → what comes next), `programme` (a standing task),
 * `consequence` (the sanction for not doing a duty) or `entitlement` (what a child or family can get).
 * The action is our plain Chinese; quotes, triggers, conditions and every time word are the
 * document's own words, and the build checks each of them verbatim against the cited clauses.
 */
import * as z from 'zod';
import { DeadlineId, FactId, MechanismId, RoleId, SituationId } from '../glossary.ts';
import { ClauseId } from '../documents/schemas/clause.ts';
import { DocumentId } from '../documents/schemas/document.ts';

/** A duty id: <document-id>/<short-kebab-name>, unique across the catalogue. */
export const DutyId = z.string().regex(/^[a-z]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, 'an id "<document-id>/<kebab-name>", e.g. "ningcheng-2017/school-report-police"');

export const DUTY_KINDS = ['case', 'programme', 'consequence', 'entitlement'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** The document's words, as printed (checked verbatim). */
const Words = z.string().min(1);

/** Act within a time: 第一时间, 立即, 及时, 七十二小时内, 一个月以内 (the only times ever labelled 时限). */
export const DeadlineSchema = z.object({
  /** The kind of time limit (glossary deadline id). */
  id: DeadlineId.extract(['immediately', 'within-72-hours', 'within-a-month']),
  /** The document's words for it. */
  words: Words,
});
/** A fact that triggers the entry: 超过一个星期, 六个月以上. */
export const ThresholdSchema = z.object({
  /** The kind of threshold (glossary deadline id). */
  id: DeadlineId.extract(['after-one-week', 'six-months']),
  /** The document's words for it. */
  words: Words,
});
/** A recurring rhythm: 至少每周, 每季度, 寒暑假, 定期, 每年. */
export const PeriodSchema = z.object({
  /** The kind of rhythm (glossary deadline id). */
  id: DeadlineId.extract(['weekly', 'quarterly', 'holidays', 'regularly', 'annually']),
  /** The document's words for it. */
  words: Words,
});
/** A calendar date by which a programme task is due. */
export const DueSchema = z.object({
  /** The last day it names: YYYY-MM (the month's end) or YYYY-MM-DD; pages mark it 已过 against the build date. */
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'a date YYYY-MM or YYYY-MM-DD'),
  /** The document's words for it (2020年10月, 2016年12月21日-2017年7月31日). */
  words: Words,
});

/** A further citation of the same entry (the annex row that repeats a body sentence, or the reverse). */
export const AlsoSchema = z.object({
  /** The clause the quote stands in. */
  clause: ClauseId,
  /** The document's exact words there (checked verbatim). */
  quote: z.string().min(4),
});

/** A hand-off: the duty the notified body takes up next, in which situations, and on what basis. */
export const ThenSchema = z.object({
  /** The next duty (same document). */
  duty: DutyId,
  /** The situations the link applies to; must overlap the next duty's situations. */
  when: z.array(SituationId).min(1, 'a link needs the situations it applies to'),
  /** `text`: the document says this step follows; `inferred`: our reading (pages say 文件未写明，此步为推断). */
  basis: z.enum(['text', 'inferred']),
  /** Why, where the link is inferred (required then). */
  note: z.string().min(4).optional(),
});

/**
 * A fact the entry turns on: a walkthrough question (glossary FACTS) and the answer under which the
 * entry applies, with the document's words that state it (checked verbatim in the entry's quote,
 * trigger or conditions). An entry applies unless an answer given contradicts one of its facts.
 */
export const FactSchema = z.object({
  /** The fact (glossary FACTS id): reachable, cared-for, minor, crime … */
  fact: FactId,
  /** The answer under which the entry applies: yes (the fact holds) or no. */
  holds: z.enum(['yes', 'no']),
  /** The document's words for it, as printed in the entry's quote, trigger or conditions. */
  words: Words,
});

/**
 * An earlier sentence the quote points back to (上述两种情形, 有关报告, 相关情况): shown with the
 * quote, so the reader knows which cases are meant without opening the document.
 */
export const RefersToSchema = z.object({
  /** The clause the earlier sentence stands in. */
  clause: ClauseId,
  /** Its exact words (checked verbatim). */
  quote: z.string().min(4),
});

/**
 * Where a step stands in an outcome: `protect` stops harm or secures the child now (制止, 出警,
 * 带离/护送, 安置) and comes first; `report` reports or notifies and comes next; `rest` (the default)
 * follows in the document's order. A case entry that tells someone is `report` unless marked.
 */
export const URGENCIES = ['protect', 'report', 'rest'] as const;
export const Urgency = z.enum(URGENCIES);
export type Urgency = z.output<typeof Urgency>;

/** Fields every kind has. */
const common = {
  /** `<document-id>/<kebab-name>`, unique. */
  id: DutyId,
  /** The document the entry comes from. */
  document: DocumentId,
  /** The clause the quote stands in (a heading id takes in its whole section). */
  clause: ClauseId,
  /** The document's exact words (checked verbatim against the clause's compiled text). */
  quote: z.string().min(6),
  /** Further citations of the same entry: [{ clause, quote }]. */
  also: z.array(AlsoSchema).default([]),
  /** The situations the entry applies to (glossary situation ids); at least one. */
  situations: z.array(SituationId).min(1),
  /** The mechanism it belongs to (glossary id). */
  mechanism: MechanismId,
  /** What to do (or what is given), in our own plain Chinese: one short sentence. */
  action: z.string().min(4).max(80),
  /** Further conditions, in the document's own words (checked verbatim), e.g. 情节较轻. */
  conditions: z.array(z.string().min(2)).default([]),
  /** Act within a time, or null. */
  deadline: DeadlineSchema.nullable().default(null),
  /** A fact that triggers the entry, or null. */
  threshold: ThresholdSchema.nullable().default(null),
  /** A recurring rhythm, or null. */
  period: PeriodSchema.nullable().default(null),
  /** A calendar date (programme tasks), or null. */
  due: DueSchema.nullable().default(null),
  /** The facts it turns on (walkthrough questions), each with the document's words. */
  facts: z.array(FactSchema).default([]),
  /** The earlier sentence its quote points back to, where it does (上述…, 有关报告). */
  refersTo: RefersToSchema.optional(),
  /** Where it stands among a role's steps: protect, report or rest (see URGENCIES); unset: report if it tells someone, else rest. */
  urgency: Urgency.optional(),
};

const someone = (what: string) => z.array(RoleId).min(1, `a ${what} entry needs at least one role: who must act?`);

/** Something found about a child → who acts → by when → telling whom → what the notified body does next. */
export const CaseSchema = z.object({
  kind: z.literal('case'),
  ...common,
  /** Who acts (glossary role ids); at least one. */
  roles: someone('case'),
  /** The document's own words for when the duty applies (checked verbatim), e.g. 疑似遭受家庭暴力. */
  trigger: z.string().min(2),
  /** The bodies told or handed the case (role ids). */
  notify: z.array(RoleId).default([]),
  /** Bodies the lead acts together with (会同, 配合): named as partners, never as actors with the lead's trigger. */
  partners: z.array(RoleId).default([]),
  /** The document's words for what a report must contain, where it says. */
  report: z.string().min(2).optional(),
  /** What the notified bodies do next, per situation. */
  then: z.array(ThenSchema).default([]),
});

/** A standing task: lead, partners, due date or rhythm. */
export const ProgrammeSchema = z.object({
  kind: z.literal('programme'),
  ...common,
  /** The lead (the annex's 牵头单位); [] where the text names none (pages say 文件未写明由谁办理). */
  roles: z.array(RoleId),
  /** The partners (the annex's 配合单位 and the like), role ids. */
  partners: z.array(RoleId).default([]),
  /**
   * A standing task that acts on the particular child found (督促家长安排入学, 劝返复学): shown among
   * the lead's own steps on that child's walkthrough outcome, not only on the role page.
   */
  forChild: z.boolean().default(false),
});

/** The sanction for not doing a duty, attached to the duty it enforces. */
export const ConsequenceSchema = z.object({
  kind: z.literal('consequence'),
  ...common,
  /** The body that sanctions; [] where the text names none. */
  roles: z.array(RoleId),
  /** The duties it enforces (ids, same document); at least one. */
  enforces: z.array(DutyId).min(1, 'a consequence enforces at least one duty'),
  /** Who is sanctioned (role ids), named apart from who sanctions. */
  sanctioned: z.array(RoleId).default([]),
});

/** What a child or family can get, and from whom. */
export const EntitlementSchema = z.object({
  kind: z.literal('entitlement'),
  ...common,
  /** The provider; [] where the text names none (pages say 文件未写明由谁办理). */
  roles: z.array(RoleId),
  /** The partners (the annex's 配合单位, where an annex row gives the same thing), role ids. */
  partners: z.array(RoleId).default([]),
});

export const DutySchema = z.discriminatedUnion('kind', [CaseSchema, ProgrammeSchema, ConsequenceSchema, EntitlementSchema]);

export type Duty = z.output<typeof DutySchema>;
export type CaseDuty = z.output<typeof CaseSchema>;
export type ThenLink = z.output<typeof ThenSchema>;

/** What the build adds to a checked entry: where its quotes stand. */
const placed = {
  /** The block id (paragraph, item or table row) of the cited clause that holds the quote. */
  anchor: ClauseId,
  /** The further citations, each with the block that holds its quote. */
  also: z.array(AlsoSchema.extend({ /** The block holding this quote. */ anchor: ClauseId })).default([]),
};

/** An entry as the site holds it: checked, with the anchors of the blocks where its quotes stand. */
export const CataloguedDutySchema = z.discriminatedUnion('kind', [
  CaseSchema.extend(placed),
  ProgrammeSchema.extend(placed),
  ConsequenceSchema.extend(placed),
  EntitlementSchema.extend(placed),
]);

export type CataloguedDuty = z.output<typeof CataloguedDutySchema>;
export type CataloguedCase = Extract<CataloguedDuty, { kind: 'case' }>;

/** Who is told (case entries only; other kinds tell no one). */
export const notifyOf = (d: CataloguedDuty): readonly string[] => (d.kind === 'case' ? d.notify : []);
/** The hand-offs (case entries only). */
export const thenOf = (d: CataloguedDuty): readonly ThenLink[] => (d.kind === 'case' ? d.then : []);

/** Who does another body's work (src/content/designations/<document-id>.yaml). */
export const DesignationSchema = z.object({
  /** The designated role (e.g. child-director). */
  role: RoleId,
  /** The role whose case entries it carries out (e.g. village-committee). */
  actsFor: RoleId,
  /** The designating clause. */
  clause: ClauseId,
  /** The designating words (checked verbatim). */
  quote: z.string().min(6),
});
export const DesignationFileSchema = z.array(DesignationSchema);
export type Designation = z.output<typeof DesignationSchema>;

/** A designation as the site holds it: with its document and the block holding its quote. */
export const CataloguedDesignationSchema = DesignationSchema.extend({
  /** The document it comes from. */
  document: DocumentId,
  /** The block holding the quote. */
  anchor: ClauseId,
});
export type CataloguedDesignation = z.output<typeof CataloguedDesignationSchema>;
