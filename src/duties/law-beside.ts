/**
 * The law beside a county (issue 17, item 3): for the same role, situations and answers as a
 * county's outcome, the national selection (`selectOutcome` over the national scope) and what the
 * law asks for beyond the county's steps, computed from the two groups, never written by hand.
 *
 * Never merged: the county's steps stay the county's; the law's group is returned apart, and the
 * pages draw it apart (`data-other-document`). Only where the county gives this role no step here
 * do the law's steps become the steps, each labelled as the law's (`asSteps`).
 * Pure: entries in, groups out; no Astro, no wording.
 */
import { ROLES, type RoleId } from '../glossary.ts';
import { NATIONAL } from './national.ts';
import { selectOutcome, type Acting, type Entry, type Outcome, type OutcomeQuery, type Step } from './outcome.ts';

/** Something the law asks of this role here that the county's steps do not. */
export type LawMore<E extends Entry> =
  /** Bodies the law's report steps (强制报告) name that no county step names (「法律要求同时报告民政、教育部门」); `also` when the county names others. */
  | { kind: 'notify'; bodies: RoleId[]; also: boolean; entries: E[] }
  /** The law sets a time limit (立即) where none of the county's steps has one. */
  | { kind: 'deadline'; words: string; entry: E }
  /** A step of a kind (mechanism) the county's steps lack. */
  | { kind: 'step'; entry: E }
  /** The law sanctions not doing it; the county names no consequence. */
  | { kind: 'consequence'; entries: E[] };

export interface LawGroup<E extends Entry> {
  /** The national selection for the same role, situations and answers. */
  outcome: Outcome<E>;
  /** The county gives this role no step here: the law's steps are the steps (labelled as the law's). */
  asSteps: boolean;
  /** What the law asks for beyond the county's steps (empty when `asSteps`). */
  more: LawMore<E>[];
  /** The laws the group quotes, in the order they first appear. */
  laws: string[];
}

const ROLE_RANK = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));
const caseSteps = <E extends Entry>(steps: readonly Step<E>[]) => steps.filter((s) => s.as === 'case').map((s) => s.entry);

/** What the law's group asks for beyond the county's, for the role asked about. */
export function lawMore<E extends Entry>(county: Outcome<E>, law: Outcome<E>, role: RoleId): LawMore<E>[] {
  if (!county.steps.length || !law.steps.length) return [];
  const more: LawMore<E>[] = [];
  const told = new Set(caseSteps(county.steps).flatMap((e) => e.notify ?? []));
  // Only the law's report steps (强制报告) are compared: an application to a court is not a report.
  const reports = caseSteps(law.steps).filter((e) => e.mechanism === 'mandatory-report');
  const naming = reports.filter((e) => (e.notify ?? []).some((r) => r !== role && !told.has(r)));
  if (naming.length) {
    const bodies = [...new Set(naming.flatMap((e) => (e.notify ?? []).filter((r) => r !== role && !told.has(r))))].sort((a, b) => (ROLE_RANK.get(a) ?? 99) - (ROLE_RANK.get(b) ?? 99));
    more.push({ kind: 'notify', bodies, also: told.size > 0, entries: naming });
  }
  const timed = law.steps.find((s) => s.entry.deadline);
  if (timed && !county.steps.some((s) => s.entry.deadline)) more.push({ kind: 'deadline', words: timed.entry.deadline!.words, entry: timed.entry });
  const kinds = new Set(county.steps.map((s) => s.entry.mechanism));
  const seen = new Set<string>();
  for (const s of law.steps) {
    if (kinds.has(s.entry.mechanism) || seen.has(s.entry.mechanism)) continue;
    seen.add(s.entry.mechanism);
    more.push({ kind: 'step', entry: s.entry });
  }
  if (!county.consequences.length && law.consequences.length) more.push({ kind: 'consequence', entries: law.consequences });
  return more;
}

/** The laws an outcome quotes, in the order they first appear (steps, consequences, the rest). */
export function lawsQuoted<E extends Entry>(o: Outcome<E>): string[] {
  const entries = [...o.steps.map((s) => s.entry), ...o.consequences, ...o.entitlements];
  return [...new Set(entries.map((e) => e.document))];
}

/**
 * The law's group beside a county's outcome: the national selection over `laws` for the query's
 * role, situations and answers, and what it asks beyond `county`. Null for the national scope
 * itself, or when the laws say nothing to this role here.
 */
export function selectLaw<E extends Entry>(
  lawEntries: readonly E[],
  laws: readonly string[],
  q: OutcomeQuery,
  county: Outcome<E>,
  order: (a: E, b: E) => number,
): LawGroup<E> | null {
  if (q.document === NATIONAL || !laws.length) return null;
  const outcome = selectOutcome(lawEntries, [] as Acting[], { ...q, document: NATIONAL, scope: laws }, order);
  if (!outcome.steps.length && !outcome.consequences.length) return null;
  const asSteps = county.steps.length === 0 && outcome.steps.length > 0;
  return { outcome, asSteps, more: asSteps ? [] : lawMore(county, outcome, q.role), laws: lawsQuoted(outcome) };
}

/**
 * The whole selection for a query, county and law: for a county, its own outcome (drawn from its
 * entries alone) and the law's group beside it; for the national scope, the laws' outcome and no
 * group beside it. `laws` are the national documents' ids.
 */
const SPLIT = new WeakMap<readonly Entry[], { key: string; lawEntries: readonly Entry[]; local: readonly Entry[] }>();

/**
 * The laws' entries and the local ones, split once per list of entries: the same two lists for
 * every outcome of a build, so the selection's index of each (outcome.ts indexOf) is made once,
 * not once per outcome (which grew with the library's square).
 */
function split<E extends Entry>(entries: readonly E[], laws: readonly string[]): { lawEntries: readonly E[]; local: readonly E[] } {
  const key = laws.join('|');
  const held = SPLIT.get(entries);
  if (held?.key === key) return held as unknown as { lawEntries: readonly E[]; local: readonly E[] };
  const isLaw = new Set(laws);
  const made = { key, lawEntries: entries.filter((e) => isLaw.has(e.document)), local: entries.filter((e) => !isLaw.has(e.document)) };
  SPLIT.set(entries, made);
  return made;
}

export function selectWithLaw<E extends Entry>(
  entries: readonly E[],
  acting: readonly Acting[],
  q: OutcomeQuery,
  order: (a: E, b: E) => number,
  laws: readonly string[],
): { outcome: Outcome<E>; law: LawGroup<E> | null } {
  const { lawEntries, local } = split(entries, laws);
  if (q.document === NATIONAL) return { outcome: selectOutcome(lawEntries, [], { ...q, scope: laws }, order), law: null };
  const outcome = selectOutcome(local, acting, q, order);
  return { outcome, law: selectLaw(lawEntries, laws, q, outcome, order) };
}
