/**
 * The training cards of the site: every role (glossary order) × document (reading order) with
 * case entries, designations included (泗县's child director carries the village committee's
 * entries). One place, so the index, the card pages and the printed sets list the same cards.
 */
import { ROLES } from '../../glossary.ts';
import { allCards, type DutyCardView } from '../../duties/cards.ts';
import type { DutySite } from '../../duties/site.ts';
import { onceFor } from '../../once.ts';

/** Once per build: the index, every card page and the printed sets read the list. */
export const trainingCards = (site: DutySite): DutyCardView[] =>
  onceFor('training cards', site, '', () => allCards(site.duties, ROLES.map((r) => r.id), site.docOrder, site.order, site.designations));
