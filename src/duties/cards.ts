/**
 * Duty cards for training: one card per role and document where the role has case entries, each
 * entry once, under the first situation (in the pages' order: danger first) it applies to. A role
 * designated to act for another (the child director for the village committee) carries that
 * role's case entries too, marked with the designation. Selected from the catalogue: the card
 * shows the entries' own words and citations, nothing restated; which entries, and in what order,
 * is the outcome selection's.
 */
import type { RoleId, SituationId } from '../glossary.ts';
import type { CataloguedDuty } from './schema.ts';
import { SITUATION_ORDER } from './order.ts';
import { selectOutcome } from './outcome.ts';

export type CaseEntry = Extract<CataloguedDuty, { kind: 'case' }>;

/** Who does another body's work, as the cards need it. */
export interface ActsFor {
  role: string;
  actsFor: string;
  document: string;
}

export interface CardEntry {
  duty: CaseEntry;
  /** The role whose entry this is, when the card's role carries it by designation. */
  onBehalfOf: RoleId | null;
  /** Further situations it applies to (beyond the section it is listed under). */
  alsoIn: SituationId[];
}

export interface DutyCardView {
  role: RoleId;
  document: string;
  sections: { situation: SituationId; entries: CardEntry[] }[];
  /** Entries on the card. */
  count: number;
}

const isCase = (d: CataloguedDuty): d is CaseEntry => d.kind === 'case';

/**
 * The card of one role in one document, or null where the role has no case step there. Its
 * entries are the outcome selection's steps (src/duties/outcome.ts), situation by situation with
 * nothing answered, so a card and a walkthrough outcome never disagree on what the role does or in
 * what order.
 */
export function dutyCard(
  duties: readonly CataloguedDuty[],
  role: RoleId,
  document: string,
  order: (a: CataloguedDuty, b: CataloguedDuty) => number,
  designations: readonly ActsFor[] = [],
): DutyCardView | null {
  const acting = designations.map((d) => ({ ...d, role: d.role as RoleId, actsFor: d.actsFor as RoleId }));
  const placed = new Set<string>();
  const sections: DutyCardView['sections'] = [];
  for (const situation of SITUATION_ORDER) {
    const steps = selectOutcome(duties, acting, { document, role, situations: [situation], answers: {} }, order).steps;
    const here = steps.filter((s) => isCase(s.entry) && !placed.has(s.entry.id));
    if (!here.length) continue;
    here.forEach((s) => placed.add(s.entry.id));
    sections.push({
      situation,
      entries: here.map(({ entry, actsFor }) => ({
        duty: entry as CaseEntry,
        onBehalfOf: actsFor,
        alsoIn: SITUATION_ORDER.filter((s) => s !== situation && entry.situations.includes(s)),
      })),
    });
  }
  return placed.size ? { role, document, sections, count: placed.size } : null;
}

/** Every card: each role (glossary order) × each document (reading order) where it has case entries. */
export function allCards(
  duties: readonly CataloguedDuty[],
  roles: readonly RoleId[],
  docOrder: readonly string[],
  order: (a: CataloguedDuty, b: CataloguedDuty) => number,
  designations: readonly ActsFor[] = [],
): DutyCardView[] {
  return roles.flatMap((role) => docOrder.map((doc) => dutyCard(duties, role, doc, order, designations)).filter((c): c is DutyCardView => c !== null));
}
