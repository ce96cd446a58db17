/**
 * What every walkthrough page reads: the duty site (documents, citations, order) and the
 * walkthrough site (walkthroughs, roles offered, every state's page), both memoised per build.
 */
import { loadSite } from '../_site.ts';
import { ROLES, type RoleId } from '../../glossary.ts';
import { walkSite } from '../../walkthroughs/site.ts';
import { walkStartUrl, WALKTHROUGHS } from '../../urls.ts';
import { WORDING } from '../../walkthroughs/wording/index.ts';
import type { WalkthroughId } from '../../machines/index.ts';

const RANK = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));

export async function walkData() {
  const duties = await loadSite();
  const entries = duties.duties;
  const acting = duties.designations;
  const walk = walkSite(entries, acting, duties.docOrder, duties.order, (r: RoleId) => RANK.get(r) ?? 99);
  /** The entry of a document that names the 12355 line, if any. */
  const hotline = (document: string) => entries.find((e) => e.document === document && e.mechanism === 'hotline') ?? null;
  return { duties, walk, entries, acting, hotline };
}

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
