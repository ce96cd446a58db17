/**
 * Duty cards for training: one card per role and document where the role has case entries, each
 * entry once, under the first situation (in the pages' order: danger first) it applies to. A role
 * designated to act for another (the child director for the village committee) carries that
 * role's case entries too, marked with the designation. Selected from the catalogue: the card
 * shows the entries' own words and citations, nothing restated.
 */
import type { RoleId, SituationId } from '../glossary.ts';
import type { CataloguedDuty } from './schema.ts';
import { SITUATION_ORDER } from './order.ts';

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

/** The card of one role in one document, or null where the role has no case entry there. */
export function dutyCard(
  duties: readonly CataloguedDuty[],
  role: RoleId,
  document: string,
  order: (a: CataloguedDuty, b: CataloguedDuty) => number,
  designations: readonly ActsFor[] = [],
): DutyCardView | null {
  const stands = designations.filter((d) => d.role === role && d.document === document).map((d) => d.actsFor);
  const entries = duties
    .filter(isCase)
    .filter((d) => d.document === document && (d.roles.includes(role) || d.roles.some((r) => stands.includes(r))))
    .sort(order);
  if (!entries.length) return null;
  const placed = new Set<string>();
  const sections: DutyCardView['sections'] = [];
  for (const situation of SITUATION_ORDER) {
    const here = entries.filter((d) => d.situations.includes(situation) && !placed.has(d.id));
    if (!here.length) continue;
    here.forEach((d) => placed.add(d.id));
    sections.push({
      situation,
      entries: here.map((duty) => ({
        duty,
        onBehalfOf: duty.roles.includes(role) ? null : (duty.roles.find((r) => stands.includes(r)) as RoleId),
        alsoIn: SITUATION_ORDER.filter((s) => s !== situation && duty.situations.includes(s)),
      })),
    });
  }
  return { role, document, sections, count: entries.length };
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
