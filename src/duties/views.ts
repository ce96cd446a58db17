/**
 * Views over the duty catalogue: the shapes the role, compare and deadline pages draw.
 * Pure functions over catalogued duties and document metadata (no Astro, no DOM), so the
 * grouping, the marks of difference and the order of deadlines are unit-tested on fixtures.
 *
 * Documents are never merged: every view keeps each document's duties apart, and where a
 * document says nothing the view says so (an empty cell) rather than borrowing another's rule.
 */
import { DEADLINES, MECHANISMS, ROLES, SITUATIONS, type Term, type DeadlineId, type MechanismId, type RoleId, type SituationId } from '../glossary.ts';
import type { DocumentData } from '../documents/schemas/document.ts';
import { notifyOf, thenOf, type CataloguedDuty, type ThenLink } from './schema.ts';
import { timesOf } from './time.ts';

/** What the views need of a document. */
export type DocumentView = Pick<DocumentData, 'id' | 'title' | 'shortTitle' | 'level' | 'region' | 'dates' | 'clauses'>;

/** The place a document governs, for short marks (仅泗县有): county, else city, else its short title. */
export function placeName(doc: Pick<DocumentData, 'region' | 'shortTitle'>): string {
  return doc.region.county ?? doc.region.city ?? doc.shortTitle;
}

/**
 * Documents in reading order: the counties' and cities' own documents oldest first, then the
 * township template (a model text, not any county's rule).
 */
export function orderDocuments<T extends Pick<DocumentView, 'id' | 'level' | 'dates'>>(docs: readonly T[]): T[] {
  const key = (d: T) => `${d.level === 'township-template' ? 1 : 0}|${d.dates.signed ?? d.dates.published ?? '9999'}|${d.id}`;
  return [...docs].sort((a, b) => key(a).localeCompare(key(b)));
}

/**
 * Situations in the order a person in front of a child needs them: danger first (alone, missing,
 * abuse, harm), then failing care, schooling and papers, then the standing care of every child.
 */
export const SITUATION_ORDER: readonly SituationId[] = [
  'living-alone', 'parents-unreachable', 'missing', 'abuse', 'harm', 'guardian-failing', 'de-facto-unsupported',
  'dropout', 'unregistered', 'child-in-difficulty', 'left-behind-child', 'parents-leaving',
];
// Every glossary situation has a place in the order (a new one must be placed on purpose).
for (const s of SITUATIONS) if (!SITUATION_ORDER.includes(s.id)) throw new Error(`views: situation "${s.id}" missing from SITUATION_ORDER`);

const ROLE_ORDER = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));
const MECHANISM_ORDER = new Map<string, number>(MECHANISMS.map((m, i) => [m.id, i]));

/**
 * Reading order: documents in the given order, then the clause index order of each duty's anchor,
 * then where its quote begins in the block (`offset`, when known), then its id.
 */
export function clauseOrder(
  docs: readonly Pick<DocumentView, 'id' | 'clauses'>[],
  offset: (duty: CataloguedDuty) => number = () => 0,
): (a: CataloguedDuty, b: CataloguedDuty) => number {
  const pos = new Map<string, number>();
  for (const d of docs) d.clauses.forEach((c, i) => pos.set(`${d.id}#${c.id}`, i));
  const docRank = new Map(docs.map((d, i) => [d.id, i]));
  const at = (x: CataloguedDuty) => pos.get(`${x.document}#${x.anchor}`) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => (docRank.get(a.document) ?? 99) - (docRank.get(b.document) ?? 99) || at(a) - at(b) || offset(a) - offset(b) || a.id.localeCompare(b.id);
}

// ─── Roles ────────────────────────────────────────────────────────────────────────────────────

export interface RoleSummary {
  role: RoleId;
  /** Duties of this role across all documents. */
  count: number;
  /** The documents where the role has duties, in document order, with their counts. */
  documents: { document: string; count: number }[];
}

/** Every role that carries at least one duty, in glossary order, with counts per document. */
export function roleIndex(duties: readonly CataloguedDuty[], docs: readonly Pick<DocumentView, 'id'>[]): RoleSummary[] {
  const out: RoleSummary[] = [];
  for (const { id: role } of ROLES) {
    const mine = duties.filter((d) => d.roles.includes(role));
    if (!mine.length) continue;
    const documents = docs
      .map((doc) => ({ document: doc.id, count: mine.filter((d) => d.document === doc.id).length }))
      .filter((x) => x.count > 0);
    out.push({ role, count: mine.length, documents });
  }
  return out;
}

/** role → document → situation → duties (clause order): the tree the role pages are cut from. */
export type RoleTree = Map<RoleId, Map<string, Map<SituationId, CataloguedDuty[]>>>;

export function groupByRole(duties: readonly CataloguedDuty[], order: (a: CataloguedDuty, b: CataloguedDuty) => number): RoleTree {
  const tree: RoleTree = new Map();
  for (const duty of [...duties].sort(order)) {
    for (const role of duty.roles) {
      const byDoc = tree.get(role) ?? new Map<string, Map<SituationId, CataloguedDuty[]>>();
      tree.set(role, byDoc);
      const bySituation = byDoc.get(duty.document) ?? new Map<SituationId, CataloguedDuty[]>();
      byDoc.set(duty.document, bySituation);
      for (const s of duty.situations) bySituation.set(s, [...(bySituation.get(s) ?? []), duty]);
    }
  }
  return tree;
}

export interface RolePageSection {
  situation: SituationId;
  /**
   * The duties in this situation, in clause order. `first` is false when the duty was already
   * drawn in full under an earlier situation on the page (it is then listed with a link to it).
   */
  duties: { duty: CataloguedDuty; first: boolean }[];
  /** Other documents where this role has duties in this situation (for "本文件未规定"). */
  elsewhere: string[];
}

/**
 * The sections of the page of one role in one document: every situation in which the role has a
 * duty here, and every situation in which it has none here but has one in another document
 * (an empty section that says so and points to the others). Situations in SITUATION_ORDER.
 */
export function rolePage(tree: RoleTree, role: RoleId, document: string, docOrder: readonly string[]): RolePageSection[] {
  const byDoc = tree.get(role) ?? new Map<string, Map<SituationId, CataloguedDuty[]>>();
  const here = byDoc.get(document) ?? new Map<SituationId, CataloguedDuty[]>();
  const drawn = new Set<string>();
  const sections: RolePageSection[] = [];
  for (const situation of SITUATION_ORDER) {
    const elsewhere = docOrder.filter((d) => d !== document && (byDoc.get(d)?.get(situation)?.length ?? 0) > 0);
    const list = here.get(situation) ?? [];
    if (!list.length && !elsewhere.length) continue;
    sections.push({
      situation,
      duties: list.map((duty) => {
        const first = !drawn.has(duty.id);
        drawn.add(duty.id);
        return { duty, first };
      }),
      elsewhere,
    });
  }
  return sections;
}

// ─── What happens next ────────────────────────────────────────────────────────────────────────

export interface NextStep {
  duty: CataloguedDuty;
  /** The link that leads here: the situations it applies to, its basis (text or inferred) and note. */
  link: ThenLink;
  /** What the bodies of this duty hand on in turn (each duty appears once in a whole chain). */
  next: NextStep[];
}

/**
 * The hand-off chain after a duty: the duties named in `then`, and theirs, depth first; only the
 * links that apply in `situation`, when one is given. Cycle-safe and without repeats: a duty
 * already in the chain (or the start) is not listed again.
 */
export function thenChain(duty: CataloguedDuty, byId: ReadonlyMap<string, CataloguedDuty>, situation?: SituationId): NextStep[] {
  const seen = new Set<string>([duty.id]);
  const walk = (links: readonly ThenLink[]): NextStep[] => {
    const fresh = links.filter((l) => !seen.has(l.duty) && byId.has(l.duty) && (!situation || l.when.includes(situation)));
    fresh.forEach((l) => seen.add(l.duty)); // siblings claim their place before any is expanded
    return fresh.map((link) => {
      const d = byId.get(link.duty)!;
      return { duty: d, link, next: walk(thenOf(d)) };
    });
  };
  return walk(thenOf(duty));
}

/** Counts the steps of a chain. */
export const chainSize = (steps: readonly NextStep[]): number => steps.reduce((n, s) => n + 1 + chainSize(s.next), 0);

// ─── Compare ─────────────────────────────────────────────────────────────────────────────────

/** A difference the compare page marks, derived from the data. */
export type Mark =
  /** Only some documents provide this mechanism in this situation (`missing`: the others). */
  | { kind: 'only'; documents: string[]; missing: string[] }
  /** A time word (deadline, threshold, rhythm or date; by glossary id) that only some of the documents providing the row set. */
  | { kind: 'deadline-only'; deadline: DeadlineId; documents: string[] }
  /** Who acts differs between the documents that provide the row. */
  | { kind: 'roles-differ' }
  /** Whom they tell differs. */
  | { kind: 'notify-differ' }
  /** The documents word the time limit differently (第一时间 / 及时). */
  | { kind: 'words-differ' };

export interface CompareRow {
  mechanism: MechanismId;
  /** One cell per document in document order; an empty list is the document's silence. */
  cells: { document: string; duties: CataloguedDuty[] }[];
  marks: Mark[];
}

export interface CompareSection {
  situation: SituationId;
  rows: CompareRow[];
}

const setKey = (xs: Iterable<string>) => [...new Set(xs)].sort().join(',');
const allSame = (keys: readonly string[]) => keys.every((k) => k === keys[0]);

/**
 * Each situation across the documents: a row per mechanism that any document provides for it,
 * a cell per document, and the marks of difference between the documents.
 */
export function compareMatrix(duties: readonly CataloguedDuty[], docOrder: readonly string[], order: (a: CataloguedDuty, b: CataloguedDuty) => number): CompareSection[] {
  const sorted = [...duties].sort(order);
  const sections: CompareSection[] = [];
  for (const situation of SITUATION_ORDER) {
    const inSituation = sorted.filter((d) => d.situations.includes(situation));
    if (!inSituation.length) continue;
    const mechanisms = [...new Set(inSituation.map((d) => d.mechanism))].sort((a, b) => (MECHANISM_ORDER.get(a) ?? 99) - (MECHANISM_ORDER.get(b) ?? 99));
    const rows = mechanisms.map((mechanism): CompareRow => {
      const cells = docOrder.map((document) => ({
        document,
        duties: inSituation.filter((d) => d.document === document && d.mechanism === mechanism),
      }));
      return { mechanism, cells, marks: rowMarks(cells, docOrder) };
    });
    sections.push({ situation, rows });
  }
  return sections;
}

function rowMarks(cells: CompareRow['cells'], docOrder: readonly string[]): Mark[] {
  const present = cells.filter((c) => c.duties.length > 0);
  const marks: Mark[] = [];
  if (present.length < docOrder.length) {
    marks.push({ kind: 'only', documents: present.map((c) => c.document), missing: cells.filter((c) => !c.duties.length).map((c) => c.document) });
  }
  if (present.length < 2) return marks;
  const hasTime = (d: CataloguedDuty, id: DeadlineId) => timesOf(d).some((t) => t.id === id);
  const deadlineIds = DEADLINES.map((d) => d.id).filter((id) => present.some((c) => c.duties.some((d) => hasTime(d, id))));
  for (const deadline of deadlineIds) {
    const having = present.filter((c) => c.duties.some((d) => hasTime(d, deadline))).map((c) => c.document);
    if (having.length < present.length) marks.push({ kind: 'deadline-only', deadline, documents: having });
  }
  if (!allSame(present.map((c) => setKey(c.duties.flatMap((d) => d.roles))))) marks.push({ kind: 'roles-differ' });
  if (!allSame(present.map((c) => setKey(c.duties.flatMap((d) => notifyOf(d)))))) marks.push({ kind: 'notify-differ' });
  const worded = present.filter((c) => c.duties.some((d) => d.deadline));
  if (worded.length >= 2 && !allSame(worded.map((c) => setKey(c.duties.flatMap((d) => (d.deadline ? [d.deadline.words] : [])))))) {
    marks.push({ kind: 'words-differ' });
  }
  return marks;
}

/** What only some documents have, across all situations: a mechanism or a kind of deadline. */
export type Distinction =
  | { kind: 'mechanism'; id: MechanismId; documents: string[]; missing: string[] }
  | { kind: 'deadline'; id: DeadlineId; documents: string[]; missing: string[] };

/**
 * The mechanisms and deadline kinds that fewer than all documents provide (ignoring those no
 * document provides), for the summary at the top of the compare page.
 */
export function distinctions(duties: readonly CataloguedDuty[], docOrder: readonly string[]): Distinction[] {
  const out: Distinction[] = [];
  const docsWith = (pred: (d: CataloguedDuty) => boolean) => docOrder.filter((doc) => duties.some((d) => d.document === doc && pred(d)));
  for (const { id } of MECHANISMS) {
    const documents = docsWith((d) => d.mechanism === id);
    if (documents.length > 0 && documents.length < docOrder.length) out.push({ kind: 'mechanism', id, documents, missing: docOrder.filter((d) => !documents.includes(d)) });
  }
  for (const { id } of DEADLINES) {
    const documents = docsWith((d) => timesOf(d).some((t) => t.id === id));
    if (documents.length > 0 && documents.length < docOrder.length) out.push({ kind: 'deadline', id, documents, missing: docOrder.filter((d) => !documents.includes(d)) });
  }
  return out.sort((a, b) => a.documents.length - b.documents.length);
}

// ─── Deadlines ───────────────────────────────────────────────────────────────────────────────

/** The order of the timeline: what must happen at once first, the dated tasks last (by date). */
export const DEADLINE_ORDER: readonly DeadlineId[] = [
  'immediately', 'after-one-week', 'quarterly', 'holidays', 'regularly', 'annually', 'six-months', 'dated',
];
for (const d of DEADLINES) if (!DEADLINE_ORDER.includes(d.id)) throw new Error(`views: deadline "${d.id}" missing from DEADLINE_ORDER`);

/**
 * The last date named in a dated deadline's words, as YYYY-MM-DD (a month alone counts as its
 * last day, so 2020年10月 sorts after 2020年10月15日), or null when the words name no date.
 */
export function deadlineDate(words: string): string | null {
  const dates = [...words.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g)];
  const last = dates[dates.length - 1];
  if (!last) {
    const year = /(\d{4})\s*年/.exec(words);
    return year ? `${year[1]}-12-31` : null;
  }
  const [, y, m, d] = last;
  const day = d ?? String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate());
  return `${y}-${m!.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export interface DeadlineGroup {
  deadline: DeadlineId;
  duties: CataloguedDuty[];
}

/** The first time word of an entry (deadline, threshold, period, then due), as a kind and words. */
export const timeOf = (d: CataloguedDuty) => timesOf(d)[0] ?? null;

/**
 * One document's duties that carry a time word, grouped by kind in DEADLINE_ORDER; within a
 * group in clause order, the dated ones by date (then clause order).
 */
export function deadlineTimeline(duties: readonly CataloguedDuty[], document: string, order: (a: CataloguedDuty, b: CataloguedDuty) => number): DeadlineGroup[] {
  const timed = duties.filter((d) => d.document === document && timeOf(d)).sort(order);
  return DEADLINE_ORDER.map((deadline) => {
    const list = timed.filter((d) => timeOf(d)!.id === deadline);
    if (deadline === 'dated') {
      const key = (d: CataloguedDuty) => deadlineDate(timeOf(d)!.words) ?? '9999';
      list.sort((a, b) => key(a).localeCompare(key(b)) || order(a, b));
    }
    return { deadline, duties: list };
  }).filter((g) => g.duties.length > 0);
}

// ─── Labels ──────────────────────────────────────────────────────────────────────────────────

/** Roles in glossary order (for stable "who" lists). */
export const byRoleOrder = (roles: readonly string[]) => [...roles].sort((a, b) => (ROLE_ORDER.get(a) ?? 99) - (ROLE_ORDER.get(b) ?? 99));

/** The kind of a deadline with the documents' synonyms: 第一时间／立即／及时. */
export function deadlineKind(id: DeadlineId): string {
  const term: Term = DEADLINES.find((d) => d.id === id)!;
  return [term.zh, ...(term.also ?? [])].join('／');
}

/** The documents' other words for a role (学校: 中小学校, 教师, 班主任), for the role pages. */
export function roleSynonyms(id: string): readonly string[] {
  const term: Term | undefined = ROLES.find((r) => r.id === id);
  return term?.also ?? [];
}

/**
 * A document whose source lost text (乌海: part 二's bodies). Its silence is only the silence of
 * what survives, so every "未规定" about it says so rather than claiming the document is silent.
 */
export function hasLostText(doc: Pick<DocumentData, 'corrections'>): boolean {
  return doc.corrections.some((c) => c.kind === 'lost');
}

/** The words for a document's silence: plain, or limited to the surviving text. */
export function silence(incomplete: boolean): string {
  return incomplete ? '现存文本未规定' : '本文件未规定';
}

/** Who has a rule only some documents have: 仅泗县有, or, when most have it, 龙里县未规定. */
export function presence(
  x: { documents: readonly string[]; missing: readonly string[] },
  place: (document: string) => string,
  incomplete: (document: string) => boolean = () => false,
): string {
  const names = (docs: readonly string[]) => docs.map(place).join('、');
  const silent = x.missing.map((d) => `${place(d)}${incomplete(d) ? '（原文有缺失）' : ''}`).join('、');
  return x.missing.length < x.documents.length ? `${silent}未规定` : `仅${names(x.documents)}有`;
}

/** The words of a mark of difference; `place` names a document by its place (泗县). */
export function markLabel(mark: Mark, place: (document: string) => string, incomplete?: (document: string) => boolean): string {
  const names = (docs: readonly string[]) => docs.map(place).join('、');
  switch (mark.kind) {
    case 'only':
      return presence(mark, place, incomplete);
    case 'deadline-only':
      return `「${DEADLINES.find((d) => d.id === mark.deadline)!.zh}」仅${names(mark.documents)}`;
    case 'roles-differ':
      return '由谁来做：各文件不同';
    case 'notify-differ':
      return '告诉谁：各文件不同';
    case 'words-differ':
      return '时限用语不同';
  }
}
