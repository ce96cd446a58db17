/**
 * Pagefind's answers to a plan's look-ups → the results, best first. Pure (unit-tested on a
 * fixture of the built index, tests/fixtures/search/).
 *
 * A record is a result only if the quoted search found it (the whole phrase, in sequence): Pagefind
 * answers an unknown phrase searched loosely with records sharing single characters, and those
 * never reach the page. Order: the remembered document's records first (shown as a filter the
 * reader can remove); then by score: Pagefind's own score from the loose search, scaled per
 * look-up, the exact phrase counting twice, each related word once (a record using several of
 * the words ranks first), more when the title has the words; for everyday language, the matching
 * walkthroughs first, duties weighted above sections; for a policy term the sections first, then the rest; duties of the roles the query or the reader's
 * remembered role names before others; a township template after a government's own document.
 */
import type { Catalog, CatalogEntry } from './catalog.ts';
import { compact } from './normalize.ts';
import { roleUrl } from '../urls.ts';
import type { Lookup, QueryPlan } from './plan.ts';
import { articleNumber } from '../documents/chinese-number.ts';

/**
 * A bare article number (第二十二条, 22) finds that article of every law: they come first, the
 * law most of the site's duties rest on (未成年人保护法) first, in the order of issue 17's shared
 * design. A query that names the law (未成年人保护法第二十二条) finds its article by its words.
 */
export const LAW_ORDER = [
  'law-minors-2024', 'law-domestic-violence-2015', 'law-family-education-2021', 'law-compulsory-education-2018',
  'law-civil-code-2020', 'reg-hukou-1958', 'reg-social-assistance-2019',
] as const;

/** What Pagefind answered for one look-up: the ids the quoted search found; scores from the loose one. */
export interface Answer {
  exact: readonly string[];
  loose: ReadonlyMap<string, number>;
}

export interface Preferences {
  /** The document remembered on this device (role pages' picker), ranked first. */
  doc?: string | null;
  /** The role remembered on this device: its duties rank higher. */
  role?: string | null;
}

/** The filters of the search form, as document ids (null: not set). */
export type DocFilter = ((entry: CatalogEntry) => boolean) | null;

export interface Ranked {
  entry: CatalogEntry;
  via: Lookup['via'];
  /** The look-ups' words that found it (the documents' words, for a related result). */
  terms: string[];
  score: number;
}

const KIND_WEIGHT_EVERYDAY = { walkthrough: 1, duty: 1.3, section: 1 } as const;
/** What a second (third …) look-up of the same idea adds for a record, as a share of its score. */
const IDEA_MORE = 0.3;
/** Everyday language that says two things (残疾 and 补助): a record answering both gains this share per idea beyond the first. */
const IDEAS_MORE = 0.5;

export function rankResults(
  plan: QueryPlan,
  found: readonly { lookup: Lookup; answer: Answer }[],
  catalog: Catalog,
  prefs: Preferences = {},
  filter: DocFilter = null,
): Ranked[] {
  const byId = new Map<string, Ranked>();
  // Each idea of the query counts fully once for a record, by its best look-up, and its other words a
  // little (IDEA_MORE each): a record that answers two things the reader said (不管 and 批评教育) ranks
  // above one that has two words for one of them, which ranks above one with a single word.
  const ideas = new Map<string, Map<string, number[]>>();
  // How many records each idea found: one that few records answer (骗 → 骗取) tells more than one
  // that many do (补助 → 最低生活保障), so in 家长骗孩子的补助钱 the first leads.
  const reach = new Map<string, Set<string>>();
  const telling = (idea: string) => 1 / (1 + Math.log10(reach.get(idea)?.size ?? 1));
  const order = { exact: 0, related: 1, partial: 2 } as const;
  for (const { lookup, answer } of found) {
    const ids = answer.exact.filter((id) => catalog.has(id));
    if (!ids.length) continue;
    const raw = ids.map((id) => answer.loose.get(id) ?? 0);
    const max = Math.max(...raw, 0);
    const weight = lookup.via === 'exact' ? 2 : 1;
    const words = lookup.phrases.map(compact);
    ids.forEach((id, i) => {
      const entry = catalog.get(id)!;
      if (filter && !filter(entry)) return;
      const inTitle = words.every((w) => compact(entry.title).includes(w));
      // Records the loose search did not score (its words split differently) still count, least.
      const s = weight * ((max > 0 ? raw[i]! / max : 0) * 0.8 + 0.2) + (inTitle ? 0.5 * weight : 0);
      const idea = `${lookup.via} ${lookup.idea ?? lookup.label}`;
      const mine = ideas.get(id) ?? new Map<string, number[]>();
      ideas.set(id, mine.set(idea, [...(mine.get(idea) ?? []), s]));
      reach.set(idea, (reach.get(idea) ?? new Set()).add(id));
      const cur = byId.get(id);
      if (!cur) byId.set(id, { entry, via: lookup.via, terms: [lookup.label], score: 0 });
      else {
        if (order[lookup.via] < order[cur.via]) cur.via = lookup.via;
        if (!cur.terms.includes(lookup.label)) cur.terms.push(lookup.label);
      }
    });
  }
  for (const [id, r] of byId) {
    r.score = [...ideas.get(id)!].reduce((sum, [idea, xs]) => sum + telling(idea) * (Math.max(...xs) + IDEA_MORE * (xs.reduce((a, b) => a + b, 0) - Math.max(...xs))), 0);
  }
  const roles = new Set([...plan.roles, ...(prefs.role ? [prefs.role] : [])]);
  // Everyday language: the reader's own words are not the documents' (no section or duty has them
  // as typed; a walkthrough may: they are written in everyday words).
  const everyday = plan.everyday && !found.some((f) => f.lookup.via === 'exact' && f.answer.exact.some((id) => catalog.has(id) && catalog.get(id)!.kind !== 'walkthrough'));
  const results = oneWalkthroughPerSituation([...byId.values()], catalog, prefs);
  for (const r of results) {
    const e = r.entry;
    if (everyday) r.score *= KIND_WEIGHT_EVERYDAY[e.kind] * (1 + IDEAS_MORE * ((ideas.get(e.id)?.size ?? 1) - 1));
    if (e.kind === 'duty' && e.roles.some((x) => roles.has(x))) r.score *= 1.4;
    if (e.template) r.score *= 0.9;
  }
  const first = (r: Ranked) => (prefs.doc && r.entry.doc === prefs.doc ? 0 : 1);
  // 第二十二条, 22条, 22 (a numeral alone, 二十二, is no article: 十 is a word too).
  const article = /^(第.*|.*条|[\d０-９]+)$/.test(plan.text.replace(/\s+/g, '')) ? articleNumber(plan.text) : null;
  const articleRank = (r: Ranked) => {
    if (article === null || r.entry.kind !== 'section' || !r.entry.url.endsWith(`#a${article}`)) return LAW_ORDER.length + 1;
    const at = LAW_ORDER.indexOf(r.entry.doc as (typeof LAW_ORDER)[number]);
    return at < 0 ? LAW_ORDER.length : at;
  };
  // A policy term leads to the documents' own text first, then to the duties quoting it
  // (docs/004-search-documents-first.md).
  // For everyday language the matching walkthrough leads: it asks the rest and ends at the duties.
  const tier = (r: Ranked) => (everyday ? (r.entry.kind === 'walkthrough' ? 0 : 1) : r.entry.kind === 'section' ? 0 : 1);
  // A query that asks what the law says (法律, 国家规定: plan.national) has the laws' records first.
  const scope = (r: Ranked) => (plan.national && !isLaw(r.entry) ? 1 : 0);
  const sorted = results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => first(a.r) - first(b.r) || tier(a.r) - tier(b.r) || scope(a.r) - scope(b.r) || articleRank(a.r) - articleRank(b.r) || b.r.score - a.r.score || a.r.entry.url.localeCompare(b.r.entry.url) || a.i - b.i)
    .map(({ r }) => r);
  return plan.national ? sorted : weaveLaws(sorted);
}

/** A national law's record (issue 17: laws are documents, but not counties). */
const isLaw = (e: CatalogEntry) => (LAW_ORDER as readonly string[]).includes(e.doc ?? '');

/** Local documents' results between two of a law's, at most (see weaveLaws). */
const LOCAL_PER_LAW = 2;

/**
 * The county documents' results keep their order, as before the laws came (a teacher in 龙里
 * looking up 临时监护 finds the county's clauses first), and the laws' results are woven in, one
 * after every LOCAL_PER_LAW of theirs, so the law's article still shows among the first results.
 * Walkthroughs, leading for everyday language, stay where they are.
 */
function weaveLaws(results: Ranked[]): Ranked[] {
  const laws = results.filter((r) => isLaw(r.entry));
  if (!laws.length) return results;
  const out: Ranked[] = [];
  let local = 0;
  for (const r of results.filter((x) => !isLaw(x.entry))) {
    out.push(r);
    if (r.entry.kind !== 'walkthrough' && ++local % LOCAL_PER_LAW === 0 && laws.length) out.push(laws.shift()!);
  }
  return [...out, ...laws];
}

/** The situation a walkthrough page is for: the first part of its address below /walkthroughs/. */
const situationOf = (e: CatalogEntry) => e.url.split('/')[2] ?? '';

/**
 * One walkthrough per situation, not one per document, role and answer: the outcome for the
 * reader's remembered document and role when the search found one (the best scored), else the
 * situation's start page, which asks what is left. It carries the best score of its situation.
 */
function oneWalkthroughPerSituation(results: Ranked[], catalog: Catalog, prefs: Preferences): Ranked[] {
  // (Not Map.groupBy: older phones' browsers lack it.)
  const groups = new Map<string, Ranked[]>();
  for (const r of results) if (r.entry.kind === 'walkthrough') groups.set(situationOf(r.entry), [...(groups.get(situationOf(r.entry)) ?? []), r]);
  if (![...groups.values()].some((g) => g.length > 1 || g[0]!.entry.doc)) return results;
  let starts: Map<string, CatalogEntry> | null = null;
  const startOf = (situation: string) => {
    starts ??= new Map([...catalog.values()].filter((e) => e.kind === 'walkthrough' && !e.doc).map((e) => [situationOf(e), e]));
    return starts.get(situation);
  };
  const keep = new Set<Ranked>();
  for (const [situation, group] of groups) {
    const best = group.reduce((a, b) => (b.score > a.score ? b : a));
    const mine = group.filter((r) => prefs.doc && prefs.role && r.entry.doc === prefs.doc && r.entry.roles.includes(prefs.role));
    const start = group.find((r) => !r.entry.doc) ?? (startOf(situation) && { ...best, entry: startOf(situation)! });
    const chosen = mine.length ? mine.reduce((a, b) => (b.score > a.score ? b : a)) : start;
    if (!chosen) continue;
    chosen.score = best.score;
    chosen.terms = [...new Set(group.flatMap((r) => r.terms))];
    keep.add(chosen);
  }
  return [...results.filter((r) => r.entry.kind !== 'walkthrough'), ...keep];
}

/**
 * The address a result links to: a duty carried by the reader's remembered role opens on that
 * role's page (the duty stands on every carrying role's page under the same anchor).
 */
export function resultUrl(entry: CatalogEntry, prefs: Preferences = {}): string {
  if (entry.kind === 'duty' && prefs.role && entry.roles.includes(prefs.role) && entry.doc) {
    return roleUrl(prefs.role, entry.doc, entry.url.split('#')[1]);
  }
  return entry.url;
}
