/**
 * One role's page under one document, by kind of entry (docs/005-duty-model-v2.md): its case
 * duties by situation first (with those it carries out for another body by designation), then
 * what it provides (entitlements), its standing tasks apart, the sanctions it imposes, and what
 * comes to it from other bodies (你会收到…). Consequences are never a role's own duty: they are
 * drawn beside the duty they enforce (consequencesOf). Pure functions over checked entries.
 */
import { ROLES, type RoleId, type SituationId } from '../glossary.ts';
import { MECHANISM_ORDER } from './order.ts';
import { groupByRole, rolePage, type RolePageSection, type RoleTree } from './roles.ts';
import { notifyOf, thenOf, type CataloguedDesignation, type CataloguedDuty } from './schema.ts';

type Order = (a: CataloguedDuty, b: CataloguedDuty) => number;

/** Case entries by role, document and situation; a designated role also carries the entries of the body it acts for. */
export function caseTree(duties: readonly CataloguedDuty[], designations: readonly CataloguedDesignation[], clauseOrder: Order): RoleTree {
  // Within a situation, what a person in front of the child does first comes first: reporting,
  // then emergency response … (the glossary's order of mechanisms), then the document's order.
  const order: Order = (a, b) => (MECHANISM_ORDER.get(a.mechanism) ?? 99) - (MECHANISM_ORDER.get(b.mechanism) ?? 99) || clauseOrder(a, b);
  const tree = groupByRole(duties.filter((d) => d.kind === 'case'), order);
  for (const g of designations) {
    const theirs = tree.get(g.actsFor)?.get(g.document);
    if (!theirs) continue;
    const mine = tree.get(g.role) ?? new Map<string, Map<SituationId, CataloguedDuty[]>>();
    tree.set(g.role, mine);
    const bySituation = mine.get(g.document) ?? new Map<SituationId, CataloguedDuty[]>();
    mine.set(g.document, bySituation);
    for (const [situation, list] of theirs) {
      const here = bySituation.get(situation) ?? [];
      bySituation.set(situation, [...here, ...list.filter((d) => !here.includes(d))].sort(order));
    }
  }
  return tree;
}

/** The designation under which `role` does another body's work in `document`, if any. */
export const designationOf = (designations: readonly CataloguedDesignation[], role: string, document: string) =>
  designations.find((g) => g.role === role && g.document === document) ?? null;

export interface RoleView {
  role: RoleId;
  document: string;
  /** Case duties by situation (own and designated), with the silences other documents fill. */
  sections: RolePageSection[];
  /** Where the role does another body's work here: the designating clause. */
  designation: CataloguedDesignation | null;
  /** What the role provides to a child or family. */
  entitlements: CataloguedDuty[];
  /** Standing tasks it leads or takes part in. */
  programme: { duty: CataloguedDuty; as: 'lead' | 'partner' }[];
  /** Sanctions it imposes (consequences whose sanctioning body it is). */
  sanctions: CataloguedDuty[];
  /** Other bodies' case entries that tell or hand the case to this role (or to the body it acts for). */
  incoming: CataloguedDuty[];
}

export interface RoleSource {
  duties: readonly CataloguedDuty[];
  designations: readonly CataloguedDesignation[];
  caseTree: RoleTree;
  order: Order;
  docOrder: readonly string[];
}

export function roleView(site: RoleSource, role: RoleId, document: string): RoleView {
  const here = site.duties.filter((d) => d.document === document).sort(site.order);
  const designation = designationOf(site.designations, role, document);
  const actsAs = new Set<string>([role, ...(designation ? [designation.actsFor] : [])]);
  return {
    role,
    document,
    sections: rolePage(site.caseTree, role, document, site.docOrder),
    designation,
    entitlements: here.filter((d) => d.kind === 'entitlement' && d.roles.includes(role)),
    programme: here.flatMap((d): RoleView['programme'] => {
      if (d.kind !== 'programme') return [];
      if (d.roles.includes(role)) return [{ duty: d, as: 'lead' }];
      return d.partners.includes(role) ? [{ duty: d, as: 'partner' }] : [];
    }),
    sanctions: here.filter((d) => d.kind === 'consequence' && d.roles.includes(role)),
    incoming: here.filter((d) => d.kind === 'case' && !d.roles.some((r) => actsAs.has(r)) && notifyOf(d).some((r) => actsAs.has(r))),
  };
}

/** Entries a role page draws (incoming ones are other bodies' and not counted). */
export const ownCount = (v: RoleView) =>
  new Set([...v.sections.flatMap((s) => s.duties.map((d) => d.duty.id)), ...v.entitlements.map((d) => d.id), ...v.programme.map((p) => p.duty.id), ...v.sanctions.map((d) => d.id)]).size;

/** Whether the page has anything of this document to show (a page is never empty without a pointer). */
export const hasContent = (v: RoleView) => ownCount(v) > 0 || v.incoming.length > 0 || v.designation !== null;

export interface RoleSummaryV2 {
  role: RoleId;
  /** Entries on the role's pages across all documents. */
  count: number;
  /** The documents where the role has a page, with the entries it draws. */
  documents: { document: string; count: number }[];
}

/** Every role with a page under some document, in glossary order. */
export function roleSummaries(site: RoleSource): RoleSummaryV2[] {
  return ROLES.flatMap(({ id: role }) => {
    const documents = site.docOrder.map((document) => roleView(site, role, document)).filter(hasContent).map((v) => ({ document: v.document, count: ownCount(v) }));
    return documents.length ? [{ role, count: documents.reduce((n, x) => n + x.count, 0), documents }] : [];
  });
}

/** The consequences that enforce a duty (drawn beside it, never as the sanctioned role's own duty). */
export const consequencesOf = (duty: CataloguedDuty, duties: readonly CataloguedDuty[]) =>
  duties.filter((d) => d.kind === 'consequence' && d.enforces.includes(duty.id));

/** A case entry that tells someone, but the document says nothing of what follows in this situation: 文件未规定下一步. */
export const nextUnwritten = (duty: CataloguedDuty, situation: SituationId) =>
  duty.kind === 'case' && notifyOf(duty).length > 0 && !thenOf(duty).some((l) => l.when.includes(situation));
