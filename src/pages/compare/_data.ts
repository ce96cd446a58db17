/**
 * What the comparison pages share: the situations any document provides for, the documents cut
 * into pages (src/duties/groups.ts), and each situation's roles with the documents that give them
 * a step there (role-view.ts comparedRoles).
 */
import { loadSite } from '../_site.ts';
import { ROLES, type RoleId, type SituationId } from '../../glossary.ts';
import { SITUATION_ORDER } from '../../duties/order.ts';
import { groupsOf, PER_PAGE } from '../../duties/groups.ts';
import { comparedKey, comparedRoles } from '../../duties/role-view.ts';
import type { DutySite } from '../../duties/site.ts';

export const situationsOf = (site: DutySite): SituationId[] => {
  const any = new Set(site.duties.flatMap((d) => d.situations));
  return SITUATION_ORDER.filter((s) => any.has(s));
};

/** The roles that have a step in the situation in some document, each with those documents. */
export const rolesIn = (site: DutySite, situation: SituationId): { role: RoleId; documents: string[] }[] => {
  const compared = comparedRoles(site);
  return ROLES.map(({ id: role }) => ({ role, documents: compared.get(comparedKey(situation, role)) ?? [] })).filter((r) => r.documents.length > 0);
};

/** The documents of each page of a situation's table. */
export const tablePages = (site: DutySite) => groupsOf(site.docOrder, PER_PAGE.table);

/** Names a page of documents by its first and last: 龙里县（2017）— 乌海市（2016）. */
export const spanOf = (site: DutySite, docs: readonly string[]) =>
  docs.length === 1 ? site.document(docs[0]!).shortTitle : `${site.document(docs[0]!).shortTitle}—${site.document(docs.at(-1)!).shortTitle}`;

export { loadSite };
