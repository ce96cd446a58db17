/**
 * What every walkthrough page reads: the duty site (documents, citations, order) and the
 * walkthrough site (walkthroughs, roles offered, every state's page), both memoised per build.
 */
import { loadSite } from '../_site.ts';
import { loadLaws } from '../_laws.ts';
import { NATIONAL } from '../../duties/national.ts';
import { ROLES, type RoleId } from '../../glossary.ts';
import { walkSite } from '../../walkthroughs/site.ts';
import { walkStartUrl, WALKTHROUGHS } from '../../urls.ts';
import { WORDING } from '../../walkthroughs/wording/index.ts';
import type { WalkthroughId } from '../../machines/index.ts';

const RANK = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));

export async function walkData() {
  const duties = await loadSite();
  const laws = await loadLaws();
  const entries = duties.duties;
  const acting = duties.designations;
  const counties = duties.docOrder.filter((d) => !laws.ids.includes(d));
  const walk = walkSite(entries, acting, counties, duties.order, (r: RoleId) => RANK.get(r) ?? 99, laws.ids);
  /** The entry of a document that names the 12355 line, if any. */
  const hotline = (document: string) => entries.find((e) => e.document === document && e.mechanism === 'hotline') ?? null;
  /** The documents a walkthrough leads to: the counties, then the national scope (「我的县不在这里」) when there are laws. */
  const documents = laws.ids.length ? [...counties, NATIONAL] : counties;
  /** A document as the walkthrough pages name it: the national scope has no document of its own. */
  const named = (document: string) => (document === NATIONAL ? { shortTitle: NATIONAL_NAME, national: true } : { shortTitle: duties.document(document).shortTitle, national: false });
  return { duties, laws, walk, entries, acting, hotline, counties, documents, named };
}

/** What a walkthrough page names its document by: a county's short title, or 国家法律 for the national scope. */
export const NATIONAL_NAME = '国家法律';

/** The outcome pages of one document (the open data's part): grouped once per build. */
const OUTCOMES = new WeakMap<object, Map<string, Awaited<ReturnType<typeof walkData>>['walk']['pages']>>();
export async function outcomePagesOf(document: string) {
  const { walk } = await walkData();
  let by = OUTCOMES.get(walk);
  if (!by) OUTCOMES.set(walk, (by = Map.groupBy(walk.pages.filter((p) => p.outcome), (p) => p.document)));
  return by.get(document) ?? [];
}

/** One page per walkthrough. */
export async function walkthroughPaths() {
  const { walk } = await walkData();
  return walk.walkthroughs.map((w) => ({ params: { walkthrough: w.id } }));
}

/** A catalogue entry as the walkthrough pages hold it. */
export type WalkEntry = Awaited<ReturnType<typeof walkData>>['entries'][number];

/** What the pages of one walkthrough before the document share: its words, roles and crumbs. */
export async function walkthroughPage(params: Record<string, string | undefined>) {
  const data = await walkData();
  const id = params.walkthrough as WalkthroughId;
  const words = WORDING[id];
  const crumbs = [{ href: WALKTHROUGHS, label: '分步指引' }, { href: walkStartUrl(id), label: words.title }];
  return { ...data, id, words, crumbs, kicker: `分步指引 · ${words.title}`, walkthrough: data.walk.walkthroughs.find((w) => w.id === id)! };
}
