/**
 * The compare page's view: each situation across the documents, a cell per document (an empty
 * cell is that document's silence), and the marks of difference derived from the data.
 */
import { DEADLINES, MECHANISMS, type DeadlineId, type MechanismId, type SituationId } from '../glossary.ts';
import { MECHANISM_ORDER, SITUATION_ORDER } from './order.ts';
import { notifyOf, type CataloguedDuty } from './schema.ts';
import { timesOf } from './time.ts';

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
  | { kind: 'words-differ' }
  /** None of the documents provides it; the national laws do (a row the law column alone fills). */
  | { kind: 'law-only' };

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
 * a cell per document, and the marks of difference between the documents. With the laws' entries
 * (`law`), also a row for each mechanism only the laws provide there: every document's cell is its
 * silence, and the row is marked 法律有规定、各文件未规定 (the laws' entries never make a mark
 * between documents).
 */
export function compareMatrix(duties: readonly CataloguedDuty[], docOrder: readonly string[], order: (a: CataloguedDuty, b: CataloguedDuty) => number, law: readonly CataloguedDuty[] = []): CompareSection[] {
  const sorted = [...duties].sort(order);
  const sections: CompareSection[] = [];
  for (const situation of SITUATION_ORDER) {
    const inSituation = sorted.filter((d) => d.situations.includes(situation));
    const lawOnly = new Set(law.filter((d) => d.situations.includes(situation)).map((d) => d.mechanism));
    for (const d of inSituation) lawOnly.delete(d.mechanism);
    if (!inSituation.length && !lawOnly.size) continue;
    const mechanisms = [...new Set([...inSituation.map((d) => d.mechanism), ...lawOnly])].sort((a, b) => (MECHANISM_ORDER.get(a) ?? 99) - (MECHANISM_ORDER.get(b) ?? 99));
    const rows = mechanisms.map((mechanism): CompareRow => {
      const cells = docOrder.map((document) => ({
        document,
        duties: inSituation.filter((d) => d.document === document && d.mechanism === mechanism),
      }));
      return { mechanism, cells, marks: lawOnly.has(mechanism) ? [{ kind: 'law-only' }] : rowMarks(cells, docOrder) };
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
  // One pass over the duties: which documents provide each mechanism and each kind of time.
  const having = new Map<string, Set<string>>();
  const add = (key: string, doc: string) => having.set(key, (having.get(key) ?? new Set()).add(doc));
  for (const d of duties) {
    add(`m:${d.mechanism}`, d.document);
    for (const t of timesOf(d)) add(`d:${t.id}`, d.document);
  }
  const out: Distinction[] = [];
  const split = (key: string) => {
    const set = having.get(key) ?? new Set<string>();
    return { documents: docOrder.filter((d) => set.has(d)), missing: docOrder.filter((d) => !set.has(d)) };
  };
  for (const { id } of MECHANISMS) {
    const { documents, missing } = split(`m:${id}`);
    if (documents.length > 0 && missing.length > 0) out.push({ kind: 'mechanism', id, documents, missing });
  }
  for (const { id } of DEADLINES) {
    const { documents, missing } = split(`d:${id}`);
    if (documents.length > 0 && missing.length > 0) out.push({ kind: 'deadline', id, documents, missing });
  }
  return out.sort((a, b) => a.documents.length - b.documents.length);
}

/**
 * The compare page's column 「国家法律」: for a situation and a mechanism (a row), the national
 * laws' entries there, all seven laws as one column (the national scope), apart from the counties'
 * cells and never counted in their marks of difference.
 */
export function lawColumn(lawDuties: readonly CataloguedDuty[], order: (a: CataloguedDuty, b: CataloguedDuty) => number) {
  const sorted = [...lawDuties].sort(order);
  return (situation: SituationId, mechanism: MechanismId): CataloguedDuty[] =>
    sorted.filter((d) => d.situations.includes(situation) && d.mechanism === mechanism);
}
