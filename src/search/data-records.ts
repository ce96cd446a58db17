/**
 * The search records of duties, walkthroughs and walkthrough outcomes, made from the data the
 * pages are drawn from (the duty site, the role views, the walkthrough site), not cut back out of
 * the built HTML. Build time only: src/pages/search-records.json.ts writes them once per build,
 * integrations/pagefind.ts indexes them (and the document sections it cuts from the document pages).
 *
 * A record holds the words a reader searches by, not the page's furniture: a duty's act, its
 * trigger, time, whom to tell and the situations it stands under; a walkthrough's title, lead
 * and the glossary's names for its situation; an outcome's situation and the questions answered.
 */
import { SITUATIONS, zh, type RoleId, type SituationId, type Term } from '../glossary.ts';
import { byRoleOrder } from '../duties/order.ts';
import { consequencesOf, designationOf, roleSummaries, roleView } from '../duties/role-view.ts';
import { notifyOf, type CataloguedDesignation, type CataloguedDuty } from '../duties/schema.ts';
import type { DutySite } from '../duties/site.ts';
import type { FactId } from '../machines/routing.ts';
import type { WalkPage, WalkSite } from '../walkthroughs/site.ts';
import { WORDING } from '../walkthroughs/wording/index.ts';
import { roleLabel } from '../walkthroughs/wording/roles.ts';
import { outcomeTitle, startTitle } from '../walkthroughs/wording/titles.ts';
import { ROLE_PARTS, onBehalfLabel } from '../components/duties/labels.ts';
import { dutyAnchor, roleUrl } from '../urls.ts';
import { esc, recordPage, type SearchRecord } from './records.ts';

const p = (text: string) => `<p>${esc(text)}</p>`;
const names = (roles: readonly string[]) => byRoleOrder(roles as RoleId[]).map(zh).join('、');
const situationNames = (ids: readonly string[]) =>
  (SITUATIONS as readonly Term[]).filter((t) => ids.includes(t.id)).flatMap((t) => [t.zh, ...(t.also ?? [])]);

/** What a role page draws beside a card where it first shows it. */
interface Placement {
  /** The other situations it applies in (a situation's card says 也适用于…). */
  also: string[];
  consequences: CataloguedDuty[];
  designation: CataloguedDesignation | null;
}

/** A card's words as the role page of `role` shows them: the act, then what the card's fields say. */
function cardWords(duty: CataloguedDuty, role: RoleId, at: Placement): string {
  const onBehalf = at.designation && !duty.roles.includes(role) && duty.roles.includes(at.designation.actsFor) ? at.designation : null;
  const others = duty.roles.filter((r) => r !== role);
  return [
    `<h3>${esc(duty.action)}</h3>`,
    onBehalf ? p(`${onBehalfLabel(onBehalf.actsFor, zh)}：依据${onBehalf.quote}`) : '',
    duty.kind === 'case' ? p(duty.trigger) : '',
    duty.threshold ? p(duty.threshold.words) : '',
    duty.deadline ? p(duty.deadline.words) : duty.kind === 'case' ? p('文件未规定时限') : '',
    duty.period ? p(duty.period.words) : '',
    duty.due ? p(duty.due.words) : '',
    notifyOf(duty).length ? p(names(notifyOf(duty))) : '',
    duty.kind === 'case' && duty.report ? p(duty.report) : '',
    duty.conditions.length ? p(duty.conditions.join('；')) : '',
    duty.kind === 'programme' && duty.partners.length ? p(names(duty.partners)) : '',
    duty.kind === 'consequence' && duty.sanctioned.length ? p(names(duty.sanctioned)) : '',
    duty.kind === 'entitlement' && duty.roles.length === 0 ? p('文件未写明由谁办理') : '',
    p(zh(duty.mechanism)),
    others.length ? p(names(others)) : '',
    at.also.length ? p(at.also.join('、')) : '',
    ...at.consequences.map((c) => p(`${c.action}${c.roles.length ? `（${names(c.roles)}追责）` : ''}`)),
  ].join('');
}

/** Every card of one role page with the heading it stands under (a situation's name, or a part's: 常规工作任务 …); `at` only where it first shows. */
function cardsOf(site: DutySite, role: RoleId, document: string): { duty: CataloguedDuty; at: Placement | null; heading: string }[] {
  const view = roleView(site, role, document);
  const designation = designationOf(site.designations, role, document);
  const part = (heading: string, duties: readonly CataloguedDuty[], withConsequences: boolean) =>
    duties.map((duty) => ({ duty, heading, at: { also: [], consequences: withConsequences ? consequencesOf(duty, site.duties) : [], designation: null } }));
  return [
    ...view.sections.flatMap((s) => s.duties.map(({ duty, first }) => {
      const heading = zh(s.situation);
      const also = duty.situations.filter((x: SituationId) => x !== s.situation).map(zh);
      return { duty, heading, at: first ? { also, consequences: consequencesOf(duty, site.duties), designation } : null };
    })),
    ...part(ROLE_PARTS.entitlements, view.entitlements, true),
    ...part(ROLE_PARTS.programme, view.programme.map((x) => x.duty), true),
    ...part(ROLE_PARTS.sanctions, view.sanctions, false),
  ];
}

/**
 * One record per duty, however many role pages show it: at the card of its first role in the
 * glossary's order, with every role that shows it and every heading it stands under as words.
 */
export function dutySearchRecords(site: DutySite): SearchRecord[] {
  const byId = new Map<string, { duty: CataloguedDuty; roles: RoleId[]; headings: Set<string>; words: string | null }>();
  for (const { role, documents } of roleSummaries(site)) {
    for (const { document } of documents) {
      for (const { duty, at, heading } of cardsOf(site, role, document)) {
        let d = byId.get(duty.id);
        if (!d) byId.set(duty.id, (d = { duty, roles: [], headings: new Set(), words: null }));
        if (!d.roles.includes(role)) d.roles.push(role);
        d.headings.add(heading);
        if (at && d.words === null) d.words = cardWords(duty, role, at);
      }
    }
  }
  return [...byId.values()].flatMap(({ duty, roles, headings, words }) => {
    if (words === null) return [];
    const ordered = byRoleOrder(roles);
    return [{
      kind: 'duty' as const,
      url: roleUrl(ordered[0]!, duty.document, dutyAnchor(duty.id)),
      title: duty.action,
      doc: duty.document,
      roles: ordered,
      clause: duty.anchor,
      html: recordPage(duty.action, 'duty', words + p([...headings].join('、'))),
    }];
  });
}

/** One record per walkthrough, at its start page: its title, its lead and the glossary's names for its situation. */
export function walkthroughSearchRecords(walk: Pick<WalkSite<CataloguedDuty>, 'walkthroughs'>): SearchRecord[] {
  return walk.walkthroughs.flatMap((w) => {
    if (!SITUATIONS.some((s) => s.id === w.id)) return [];
    const words = WORDING[w.id];
    const title = startTitle(words);
    return [{ kind: 'walkthrough' as const, url: w.url, title, html: recordPage(title, 'walkthrough', p(`分步指引 · ${words.title}`) + p(words.lead) + p(situationNames([w.id]).join('、'))) }];
  });
}

/**
 * An outcome page's record, for its document and role: the situation and the questions answered on
 * the way, and the glossary's names for its situations. Not the steps (the duties' records hold
 * them) nor the title's words (every outcome has them; rank.ts shows an outcome only to the reader
 * whose remembered document and role it is for).
 */
export function outcomeSearchRecord(page: WalkPage<CataloguedDuty>, documentName: string): SearchRecord {
  const words = WORDING[page.walkthrough];
  const title = outcomeTitle(words, roleLabel(page.role), documentName);
  const asked = (Object.keys(page.state.answers) as FactId[]).map((fact) => words.questions[fact]?.text ?? '').filter(Boolean);
  const body = [p(words.title), ...asked.map(p), p(situationNames(page.state.situations).join('、'))].join('');
  return { kind: 'walkthrough', url: page.url, title, doc: page.document, roles: [page.role], where: words.title, html: recordPage(title, 'walkthrough', body) };
}
