/**
 * One role's page under one document, by kind of entry (docs/005-duty-model-v2.md): its steps
 * by situation first, as the outcome selection gives them (src/duties/outcome.ts: case entries,
 * with those it carries out for another body by designation, what it provides, its tasks on the
 * particular child), then
 * what it provides (entitlements), its standing tasks apart, the sanctions it imposes, and what
 * comes to it from other bodies (你会收到…). Consequences are never a role's own duty: they are
 * drawn beside the duty they enforce (consequencesOf). Pure functions over checked entries.
 */
import { ROLES, type RoleId, type SituationId } from '../glossary.ts';
import { onceFor } from '../once.ts';
import { entriesOf, selectOutcome } from './outcome.ts';
import { NATIONAL } from './national.ts';
import { SITUATION_ORDER } from './order.ts';
import { rolePage, type RolePageSection } from './roles.ts';
import { notifyOf, thenOf, type CataloguedDesignation, type CataloguedDuty } from './schema.ts';

type Order = (a: CataloguedDuty, b: CataloguedDuty) => number;

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
  order: Order;
  docOrder: readonly string[];
}

/** A role's steps in one document and situation, nothing answered: the outcome selection's, so both pages agree. Once per build (every role page and the index read them). */
export const roleSteps = (site: RoleSource, role: RoleId, document: string, situation: SituationId): CataloguedDuty[] =>
  onceFor('role steps', site, `${role}|${document}|${situation}`, () =>
    selectOutcome(site.duties, site.designations, { document, role, situations: [situation], answers: {} }, site.order).steps.map((s) => s.entry));

export function roleView(site: RoleSource, role: RoleId, document: string): RoleView {
  const here = [...entriesOf(site.duties, document)].sort(site.order);
  const designation = designationOf(site.designations, role, document);
  const actsAs = new Set<string>([role, ...(designation ? [designation.actsFor] : [])]);
  const stepsIn = (doc: string, situation: SituationId) => roleSteps(site, role, doc, situation);
  const compared = comparedRoles(site);
  const sections = rolePage(stepsIn, document, (situation) => (compared.get(comparedKey(situation, role)) ?? []).some((d) => d !== document));
  const drawn = new Set(sections.flatMap((s) => s.duties.map((d) => d.duty.id)));
  return {
    role,
    document,
    sections,
    designation,
    entitlements: here.filter((d) => d.kind === 'entitlement' && d.roles.includes(role) && !drawn.has(d.id)),
    programme: here.flatMap((d): RoleView['programme'] => {
      if (d.kind !== 'programme' || drawn.has(d.id)) return [];
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

/** Every role with a page under some document, in glossary order; once per build (every role's index page reads it). */
export function roleSummaries(site: RoleSource): RoleSummaryV2[] {
  return onceFor('role summaries', site, '', () => ROLES.flatMap(({ id: role }) => {
    const documents = site.docOrder.map((document) => roleView(site, role, document)).filter(hasContent).map((v) => ({ document: v.document, count: ownCount(v) }));
    return documents.length ? [{ role, count: documents.reduce((n, x) => n + x.count, 0), documents }] : [];
  }));
}

/** The consequences that enforce a duty (drawn beside it, never as the sanctioned role's own duty): its own document's. */
export const consequencesOf = (duty: CataloguedDuty, duties: readonly CataloguedDuty[]) =>
  entriesOf(duties, duty.document).filter((d) => d.kind === 'consequence' && d.enforces.includes(duty.id));

export const comparedKey = (situation: SituationId, role: RoleId) => `${situation} ${role}`;

/**
 * For each situation and role, the documents that give the role a step there, in reading order:
 * what /compare/<situation>/<role>/ lists, and where a role or outcome page whose document is
 * silent sends its reader. Once per build, one pass over every document's steps.
 */
export function comparedRoles(site: RoleSource): Map<string, string[]> {
  return onceFor('compared roles', site, '', () => {
    const map = new Map<string, string[]>();
    for (const document of site.docOrder) {
      for (const { id: role } of ROLES) {
        for (const situation of SITUATION_ORDER) {
          if (!roleSteps(site, role, document, situation).length) continue;
          const key = comparedKey(situation, role);
          map.set(key, [...(map.get(key) ?? []), document]);
        }
      }
    }
    return map;
  });
}

/** A case entry that tells someone, but the document says nothing of what follows in this situation: 文件未规定下一步. */
export const nextUnwritten = (duty: CataloguedDuty, situation: SituationId) =>
  duty.kind === 'case' && notifyOf(duty).length > 0 && !thenOf(duty).some((l) => l.when.includes(situation));

/**
 * A role's national duties (issue 17): its steps over the national scope (the laws' entries taken
 * together), situation by situation in the order of danger, each entry once, where it first
 * applies. The same selection as the national walkthrough, so both say the same.
 */
export function nationalDuties(site: Pick<RoleSource, 'duties' | 'order'>, role: RoleId, laws: readonly string[]): { situation: SituationId; duties: CataloguedDuty[] }[] {
  if (!laws.length) return [];
  const seen = new Set<string>();
  return SITUATION_ORDER.map((situation) => {
    const steps = selectOutcome(site.duties, [], { document: NATIONAL, scope: laws, role, situations: [situation], answers: {} }, site.order).steps;
    const duties = steps.map((s) => s.entry).filter((d) => !seen.has(d.id));
    duties.forEach((d) => seen.add(d.id));
    return { situation, duties };
  }).filter((g) => g.duties.length > 0);
}
