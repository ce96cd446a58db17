/**
 * Every walkthrough page the site has, worked out once per build from the machines and the
 * catalogue: for each walkthrough, the roles it offers; for each document and role, the facts
 * worth asking and every state the machine reaches (a page each); for each outcome, what it shows.
 * Pure: the pages pass in the checked catalogue.
 */
import type { RoleId, SituationId } from '../glossary.ts';
import { MACHINES, WALKTHROUGH_IDS, type WalkMachine, type WalkthroughId } from '../machines/index.ts';
import type { Answers, FactId, OutcomeMeta } from '../machines/routing.ts';
import { factsThatMatter, walkStates, type WalkState } from './graph.ts';
import { type Acting, type Entry, type Outcome } from '../duties/outcome.ts';
import { selectWithLaw, type LawGroup } from '../duties/law-beside.ts';
import { NATIONAL } from '../duties/national.ts';
import { once } from '../once.ts';
import { walkStateUrl, walkStartUrl } from '../urls.ts';
import { WORDING } from './wording/index.ts';

export interface WalkPage<E extends Entry> {
  walkthrough: WalkthroughId;
  document: string;
  role: RoleId;
  /** The facts asked for this document and role. */
  asks: FactId[];
  state: WalkState;
  url: string;
  /** For an outcome state: what it shows. */
  outcome: Outcome<E> | null;
  /** For a county's outcome state: the law beside it (null on national pages, or where the laws are silent). */
  law: LawGroup<E> | null;
}

export interface Walkthrough {
  id: WalkthroughId;
  title: string;
  url: string;
  /** Every situation its outcomes draw on. */
  situations: SituationId[];
  /** The roles offered: every role with a case duty or an entitlement here in any document, then 其他人. */
  roles: RoleId[];
}

export interface WalkSite<E extends Entry> {
  walkthroughs: Walkthrough[];
  pages: WalkPage<E>[];
  byUrl: Map<string, WalkPage<E>>;
}

/** The situations a machine's outcomes name. */
export function outcomeSituations(machine: WalkMachine): SituationId[] {
  const metas = Object.values(machine.root.states).map((s) => s.meta as Partial<OutcomeMeta> | undefined);
  return [...new Set(metas.flatMap((m) => m?.situations ?? []))];
}

/** 其他人（邻居、亲友）: always offered last, so nobody is left without a choice. */
const ANYONE: RoleId = 'citizen';

/**
 * The people who meet a child first: offered in every walkthrough, so each reaches an outcome in
 * every document, even one that names no duty for them there (the page then says so, and who does).
 */
export const FRONTLINE: readonly RoleId[] = ['school', 'village-committee', 'child-director', 'police', 'township', 'civil-affairs', 'medical', 'relative', 'entrusted-guardian', 'parent'];

/**
 * Every role with a case entry or an entitlement in any situation the walkthrough's outcomes name:
 * 联系不上父母 ends in the rules for a child living alone when nobody looks after the child, so a
 * teacher or the township, who act there, are offered too.
 */
export function rolesOffered(situations: readonly SituationId[], entries: readonly Entry[], acting: readonly Acting[], rank: (r: RoleId) => number): RoleId[] {
  const here = entries.filter((e) => (e.kind === 'case' || e.kind === 'entitlement') && e.situations.some((s) => situations.includes(s)));
  const roles = new Set<RoleId>([...FRONTLINE, ...here.flatMap((e) => e.roles)]);
  for (const a of acting) if (roles.has(a.actsFor)) roles.add(a.role);
  roles.delete(ANYONE);
  return [...[...roles].sort((a, b) => rank(a) - rank(b)), ANYONE];
}

/**
 * What a question's answer must change to be worth asking: what the person must do, can get, or
 * risks by not acting. What others send them follows from it and is shown with its conditions.
 */
export const outcomeSignature = (o: Outcome<Entry>): string =>
  [o.steps.map((x) => x.entry.id), o.entitlements.map((e) => e.id), o.consequences.map((e) => e.id)].map((l) => l.join(',')).join('|');

let last: { of: readonly (readonly unknown[])[]; site: WalkSite<Entry> } | null = null;
/** The same lists as last time: the same objects (the duty site's), or equal short lists of ids. */
const same = (a: readonly unknown[], b: readonly unknown[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * Every walkthrough page: for each local document and, when there are laws, for the national
 * scope (`national`, the laws' entries alone: 「我的县不在这里」). A county's outcome carries the
 * law's group beside it. `laws` are the national documents' ids.
 */
export function walkSite<E extends Entry>(
  entries: readonly E[],
  acting: readonly Acting[],
  counties: readonly string[],
  order: (a: E, b: E) => number,
  rank: (r: RoleId) => number,
  laws: readonly string[] = [],
): WalkSite<E> {
  // Every page of a build passes the duty site's lists: no key to build then, which would cost
  // every page time in proportion to the library.
  const of = [entries, acting, counties, laws];
  if (last && last.of.every((x, i) => same(x, of[i]!))) return last.site as unknown as WalkSite<E>;
  const documents = laws.length ? [...counties, NATIONAL] : counties;
  const key = `${documents.join('|')}#${laws.join('|')}#${entries.map((e) => e.id).join('|')}#${acting.map((a) => `${a.document}:${a.role}`).join('|')}`;
  // Once per build, whichever bundle asks (src/once.ts): every walkthrough, role and index page reads it.
  const site = once('walkthrough site', key, () => buildWalkSite(entries, acting, documents, order, rank, laws));
  last = { of, site: site as unknown as WalkSite<Entry> };
  return site;
}

function buildWalkSite<E extends Entry>(
  entries: readonly E[],
  acting: readonly Acting[],
  documents: readonly string[],
  order: (a: E, b: E) => number,
  rank: (r: RoleId) => number,
  laws: readonly string[],
): WalkSite<E> {
  const walkthroughs: Walkthrough[] = [];
  const pages: WalkPage<E>[] = [];
  for (const id of WALKTHROUGH_IDS) {
    const machine = MACHINES[id];
    const situations = outcomeSituations(machine);
    const roles = rolesOffered(situations, entries, acting, rank);
    walkthroughs.push({ id, title: WORDING[id].title, url: walkStartUrl(id), situations, roles });
    for (const document of documents) {
      for (const role of roles) {
        const select = (situations: readonly SituationId[], answers: Answers) => selectWithLaw(entries, acting, { document, role, situations, answers }, order, laws);
        // The questions are the document's own: the law's group beside a county never adds one.
        const signature = (situations: readonly SituationId[], answers: Answers) => outcomeSignature(select(situations, answers).outcome);
        const asks = factsThatMatter(machine, { document, role }, signature);
        for (const state of walkStates(machine, { document, role, asks })) {
          const selected = state.kind === 'outcome' ? select(state.situations, state.facts) : null;
          pages.push({
            walkthrough: id, document, role, asks, state,
            url: walkStateUrl(id, document, role, state.segments),
            outcome: selected?.outcome ?? null,
            law: selected?.law ?? null,
          });
        }
      }
    }
  }
  return { walkthroughs, pages, byUrl: new Map(pages.map((p) => [p.url, p])) };
}
