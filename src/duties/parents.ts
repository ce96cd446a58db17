/**
 * The parents' checklist: what one document asks of parents working away and what it gives their
 * children, in the order a parent meets it — before leaving, while away, when something happens
 * to the child — with the sanctions last. Selected from the catalogue, never restated: each item
 * is an entry (its action, time words and quote come from there).
 *
 * The phase is our reading of the entry's situations (docs/005: situations are the catalogue's);
 * a document that says nothing in a phase is left empty here, and the page says so.
 */
import type { SituationId } from '../glossary.ts';
import type { CataloguedDuty } from './schema.ts';

export const PHASES = [
  { id: 'before', zh: '出门打工前' },
  { id: 'away', zh: '在外期间' },
  { id: 'trouble', zh: '孩子出事时' },
] as const;
export type Phase = (typeof PHASES)[number]['id'];

/** The roles a parent page speaks to: the parents and the carer they entrust. */
export const FAMILY_ROLES: readonly string[] = ['parent', 'entrusted-guardian'];

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

const isFamily = (roles: readonly string[]) => roles.some((r) => FAMILY_ROLES.includes(r));

/** How an entry concerns parents, or null when it does not. */
export function concernOf(duty: CataloguedDuty): Concern | null {
  switch (duty.kind) {
    case 'case':
      return isFamily(duty.roles) ? 'own' : isFamily(duty.notify) ? 'told' : null;
    case 'programme':
      return isFamily(duty.roles) ? 'own' : null;
    case 'entitlement':
      return duty.situations.some(FAMILY_SITUATIONS) ? 'entitlement' : null;
    case 'consequence':
      return isFamily(duty.sanctioned) ? 'sanction' : null;
  }
}

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
 * One document's checklist: its entries that concern parents, by phase; within a phase the
 * parents' own tasks first, then what other bodies do that reaches them, then what the family
 * can get, each in the document's order; the
 * sanctions after everything else. `order` is the catalogue's reading order.
 */
export function parentChecklist(
  duties: readonly CataloguedDuty[],
  document: string,
  order: (a: CataloguedDuty, b: CataloguedDuty) => number,
): ParentItem[] {
  const items: ParentItem[] = [];
  for (const duty of [...duties].filter((d) => d.document === document).sort(order)) {
    const concern = concernOf(duty);
    if (concern) items.push({ duty, concern, phase: phaseOf(duty, concern) });
  }
  const rank = (i: ParentItem) => (i.concern === 'sanction' ? 100 : PHASES.findIndex((p) => p.id === i.phase) * 10 + CONCERN_ORDER[i.concern]);
  // Array.prototype.sort is stable: the reading order survives within a rank.
  return items.sort((a, b) => rank(a) - rank(b));
}

/** The items of one phase, the sanctions apart (they close the page). */
export function inPhase(items: readonly ParentItem[], phase: Phase): ParentItem[] {
  return items.filter((i) => i.phase === phase && i.concern !== 'sanction');
}
