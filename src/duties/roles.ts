/**
 * The role pages' view: which roles carry duties, and one role's duties in one document by
 * situation, saying where this document is silent and others are not.
 */
import { ROLES, type RoleId, type SituationId } from '../glossary.ts';
import { SITUATION_ORDER, type DocumentView } from './order.ts';
import type { CataloguedDuty } from './schema.ts';

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
   * The duties in this situation, in the order to act. `first` is false when the duty was already
   * drawn in full under an earlier situation on the page (it is then listed with a link to it).
   */
  duties: { duty: CataloguedDuty; first: boolean }[];
  /** Whether another document gives this role duties in this situation (for "本文件未规定": a link to the comparison). */
  elsewhere: boolean;
}

/** A role's steps in one document and situation, in the order to act (the outcome selection's). */
export type StepsIn = (document: string, situation: SituationId) => CataloguedDuty[];

/**
 * The sections of the page of one role in one document: every situation in which the role has a
 * step here, and every situation in which it has none here but has one in another document
 * (an empty section that says so and points to the others). Situations in SITUATION_ORDER; the
 * steps of each are what a walkthrough outcome gives the role there (src/duties/outcome.ts).
 */
export function rolePage(stepsIn: StepsIn, document: string, otherHas: (situation: SituationId) => boolean): RolePageSection[] {
  const drawn = new Set<string>();
  const sections: RolePageSection[] = [];
  for (const situation of SITUATION_ORDER) {
    const elsewhere = otherHas(situation);
    const list = stepsIn(document, situation);
    if (!list.length && !elsewhere) continue;
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
