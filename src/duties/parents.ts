/**
 * The parents' checklist: what one document asks of parents working away and what it gives their
 * children, in the order a parent meets it — before leaving, while away, when something happens
 * to the child — with the sanctions last. Selected from the catalogue, never restated: each item
 * is an entry (its action, time words and quote come from there).
 *
 * The phase is our reading of the entry's situations (docs/005: situations are the catalogue's);
 * a document that says nothing in a phase is left empty here, and the page says so.
 */
import type { RoleId, SituationId } from '../glossary.ts';
import { onceFor } from '../once.ts';
import { SITUATION_ORDER } from './order.ts';
import { entriesOf, selectOutcome } from './outcome.ts';
import type { CataloguedDuty } from './schema.ts';

export const PHASES = [
  { id: 'before', zh: '出门打工前' },
  { id: 'away', zh: '在外期间' },
  { id: 'trouble', zh: '孩子出事时' },
] as const;
export type Phase = (typeof PHASES)[number]['id'];

/** The roles a parent page speaks to: the parents and the carer they entrust. */
export const FAMILY_ROLES: readonly RoleId[] = ['parent', 'entrusted-guardian'];

/** How an entry concerns the family. */
export type Concern =
  /** The parents' (or their carer's) own task. */
  | 'own'
  /** Another body's case entry that contacts the parents (the police ordering them home). */
  | 'told'
  /** What the child or family can get. */
  | 'entitlement'
  /** The sanction for parents or carers who fail. */
  | 'sanction';

export interface ParentItem {
  duty: CataloguedDuty;
  phase: Phase;
  concern: Concern;
}

/** Situations that are the ordinary state of a left-behind child, not an event. */
const STANDING: readonly SituationId[] = ['left-behind-child', 'child-in-difficulty', 'dropout', 'unregistered'];
/** Entitlements that only concern other children (困境儿童) are not the parents' page's business. */
const FAMILY_SITUATIONS = (s: SituationId) => s !== 'child-in-difficulty';

const isFamily = (roles: readonly string[]) => roles.some((r) => (FAMILY_ROLES as readonly string[]).includes(r));

/**
 * When a parent meets the entry: leaving (the entry names parents-leaving), away (only the
 * standing situations of a left-behind child), or when something happens (any other situation).
 * Sanctions always count as 孩子出事时.
 */
export function phaseOf(duty: CataloguedDuty, concern: Concern): Phase {
  if (concern === 'sanction') return 'trouble';
  if (duty.situations.includes('parents-leaving')) return 'before';
  if (duty.situations.every((s) => STANDING.includes(s))) return 'away';
  return 'trouble';
}

const CONCERN_ORDER: Record<Concern, number> = { own: 0, told: 1, entitlement: 2, sanction: 3 };

/**
 * One document's checklist, drawn from the outcome selection (src/duties/outcome.ts) for the
 * parents and their carer in every situation, so this page and the walkthroughs never disagree:
 * their steps and standing tasks (own), what other bodies send them (told), what the family can
 * get, and the sanctions on them. By phase; within a phase the parents' own tasks first, then what
 * reaches them, then what the family can get, each in the document's order; the sanctions last.
 */
export function parentChecklist(
  duties: readonly CataloguedDuty[],
  document: string,
  order: (a: CataloguedDuty, b: CataloguedDuty) => number,
  /** The documents `document` stands for: the laws, for the national scope (src/duties/national.ts). */
  scope: readonly string[] = [document],
): ParentItem[] {
  const found = new Map<string, ParentItem>();
  const add = (duty: CataloguedDuty, concern: Concern) => {
    if (!found.has(duty.id)) found.set(duty.id, { duty, concern, phase: phaseOf(duty, concern) });
  };
  for (const role of FAMILY_ROLES) {
    for (const situation of SITUATION_ORDER) {
      const o = selectOutcome(duties, [], { document, scope, role, situations: [situation], answers: {} }, order);
      o.steps.forEach((s) => add(s.entry, s.as === 'provides' ? 'entitlement' : 'own'));
      o.incoming.forEach((e) => add(e, 'told'));
      if (FAMILY_SITUATIONS(situation)) o.entitlements.forEach((e) => add(e, 'entitlement'));
      o.consequences.forEach((e) => add(e, 'sanction'));
    }
  }
  // Their standing tasks (委托照护, keeping in touch) are the family's own whatever the situation.
  for (const duty of scope.flatMap((d) => entriesOf(duties, d))) if (duty.kind === 'programme' && isFamily(duty.roles)) add(duty, 'own');
  const rank = (i: ParentItem) => (i.concern === 'sanction' ? 100 : PHASES.findIndex((p) => p.id === i.phase) * 10 + CONCERN_ORDER[i.concern]);
  return [...found.values()].sort((a, b) => rank(a) - rank(b) || order(a.duty, b.duty));
}

/** One document's checklist from a site's entries and order, once per build (each parents' page reads every document's). */
export const checklistOf = (site: { duties: readonly CataloguedDuty[]; order: (a: CataloguedDuty, b: CataloguedDuty) => number }, document: string, scope?: readonly string[]) =>
  onceFor('parents checklist', site, document, () => parentChecklist(site.duties, document, site.order, scope));

/** The items of one phase, the sanctions apart (they close the page). */
export function inPhase(items: readonly ParentItem[], phase: Phase): ParentItem[] {
  return items.filter((i) => i.phase === phase && i.concern !== 'sanction');
}

/**
 * For each phase, the documents that ask something of the parents themselves in it, in reading
 * order: what /compare/parents/<phase>/ lists, and where a parents' page whose document is silent
 * in a phase sends its reader. Once per build, from each document's checklist.
 */
export const parentPhases = (site: { duties: readonly CataloguedDuty[]; order: (a: CataloguedDuty, b: CataloguedDuty) => number; docOrder: readonly string[] }): Map<Phase, string[]> =>
  onceFor('parents phases', site, '', () => {
    const map = new Map<Phase, string[]>(PHASES.map((p) => [p.id, []]));
    for (const document of site.docOrder) {
      const own = new Set(checklistOf(site, document).filter((i) => i.concern === 'own').map((i) => i.phase));
      for (const phase of own) map.get(phase)!.push(document);
    }
    return map;
  });
