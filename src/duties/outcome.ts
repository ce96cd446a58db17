/**
 * What an outcome shows: the one selection (DESIGN.md, layer 4). For a document, a role, the
 * situations a case is in and the answers given, it returns every group a page states — the role's
 * own steps (urgent first), 不做会怎样, the hand-off chain, 您会收到, the entitlements, and what the
 * document does not say, computed from those same groups. Walkthrough outcome pages, their print
 * view and open data, role pages, parents' pages and training cards all draw from it, so a rule
 * about what a worker is told lives here and nowhere else.
 *
 * Never merged across documents: every group is drawn from the chosen document alone; other
 * documents appear only as a yes or no: whether another document gives this role a duty here
 * (`silent.elsewhere`; the page links to the comparison of that role and situation). Each call
 * reads only its own document's entries (indexOf), so selecting every outcome of a library grows
 * with the library, not with its square (docs/010-scale.md).
 * Pure: entries in, groups out; no Astro, no DOM, no wording.
 */
import { ROLES, type AnswerValue, type Answers, type FactId, type RoleId, type SituationId } from '../glossary.ts';
import { chainEntries, handoffChain, type Handoff, type HandoffLink } from './next-steps.ts';
import type { Urgency } from './schema.ts';

/** What selection needs of a catalogue entry (a checked entry has all of it). */
export interface Entry {
  id: string;
  kind: 'case' | 'programme' | 'consequence' | 'entitlement';
  document: string;
  roles: readonly RoleId[];
  situations: readonly SituationId[];
  mechanism: string;
  conditions: readonly string[];
  facts: readonly { fact: FactId; holds: AnswerValue; words: string }[];
  urgency?: Urgency | undefined;
  trigger?: string;
  deadline: { id: string; words: string } | null;
  notify?: readonly RoleId[];
  then?: readonly HandoffLink[];
  enforces?: readonly string[];
  sanctioned?: readonly RoleId[];
  partners?: readonly RoleId[];
  forChild?: boolean;
}

/** Who does another body's work in a document (the child director for the village committee). */
export interface Acting {
  document: string;
  role: RoleId;
  actsFor: RoleId;
}

export interface OutcomeQuery {
  document: string;
  /**
   * The documents whose entries count as this document's: `[document]` when unset. The national
   * scope (`national`, src/duties/national.ts) is the seven laws' entries taken together.
   */
  scope?: readonly string[];
  role: RoleId;
  situations: readonly SituationId[];
  answers: Answers;
}

/** How a step is the role's own: a case it acts on, help it provides, or a standing task on this child. */
export type StepKind = 'case' | 'provides' | 'programme';

export interface Step<E extends Entry> {
  entry: E;
  as: StepKind;
  urgency: Urgency;
  /** Set when the role does this as another body's designee (以…名义). */
  actsFor: RoleId | null;
}

/** What the document leaves unsaid for this role here, from the groups themselves. */
export type Silence = 'deadline' | 'notify' | 'next' | 'consequence' | 'entitlement';

export interface Outcome<E extends Entry> {
  /** The role's own steps, all of them, in the order to act: protect, report, the rest. */
  steps: Step<E>[];
  /** Sanctions for not doing the steps, or that fall on this role (parents included). */
  consequences: E[];
  /** What the bodies told do next, for these situations, followed transitively. */
  chain: Handoff<E>[];
  /** Steps that tell someone, but whose next step the document does not give here. */
  openEnds: E[];
  /** Other bodies' case entries that come to this role (您会收到). */
  incoming: E[];
  /** What the child or family can get here from others (the role's own provision is a step). */
  entitlements: E[];
  /** What the document does not say, never beside something it does say. */
  silences: Silence[];
  /** When the role has no step: who does act (and their entries), and whether another document gives this role a duty here. */
  silent: { others: RoleId[]; theirs: E[]; elsewhere: boolean } | null;
}

const overlaps = (a: readonly SituationId[], b: readonly SituationId[]) => a.some((s) => b.includes(s));
const ROLE_RANK = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));
const URGENCY_RANK: Record<Urgency, number> = { protect: 0, report: 1, rest: 2 };

/** Whether an entry applies under the answers given: no answer contradicts one of its facts. */
export const applies = (e: Pick<Entry, 'facts'>, answers: Answers): boolean =>
  e.facts.every(({ fact, holds }) => answers[fact] === undefined || answers[fact] === holds);

/** Whether an answer given confirms one of the entry's facts (情节较轻 answered → 告诫书). */
const confirmedBy = (e: Pick<Entry, 'facts'>, answers: Answers): boolean => e.facts.some(({ fact, holds }) => answers[fact] === holds);

/** Where an entry stands among steps: as marked, else `report` when it tells someone, else `rest`. */
export const urgencyOf = (e: Pick<Entry, 'urgency' | 'notify' | 'mechanism'>): Urgency =>
  e.urgency ?? ((e.notify ?? []).length > 0 || e.mechanism === 'mandatory-report' ? 'report' : 'rest');

/** Entries of the document that apply to these situations and answers. */
const inCase = <E extends Entry>(inDoc: readonly E[], q: OutcomeQuery) =>
  inDoc.filter((e) => overlaps(e.situations, q.situations) && applies(e, q.answers));

const stepKindOf = (e: Entry): StepKind | null =>
  e.kind === 'case' ? 'case' : e.kind === 'entitlement' ? 'provides' : e.kind === 'programme' && e.forChild ? 'programme' : null;

interface Indexed<E extends Entry = Entry> {
  byDocument: Map<string, E[]>;
  /** `${role} ${situation}` → the documents that give the role a step in the situation. */
  withSteps: Map<string, Set<string>>;
}
const INDEX = new WeakMap<readonly Entry[], Indexed>();

/** The entries by document, and where each role has steps: made once per list of entries. */
export function indexOf<E extends Entry>(entries: readonly E[]): Indexed<E> {
  const held = INDEX.get(entries);
  if (held) return held as Indexed<E>;
  const index: Indexed<E> = { byDocument: new Map(), withSteps: new Map() };
  for (const e of entries) {
    const list = index.byDocument.get(e.document) ?? [];
    list.push(e);
    index.byDocument.set(e.document, list);
    if (!stepKindOf(e)) continue;
    for (const role of e.roles) {
      for (const s of e.situations) {
        const key = `${role} ${s}`;
        index.withSteps.set(key, (index.withSteps.get(key) ?? new Set()).add(e.document));
      }
    }
  }
  INDEX.set(entries, index as Indexed);
  return index;
}

/** One document's entries, in the order given. */
export const entriesOf = <E extends Entry>(entries: readonly E[], document: string): readonly E[] => indexOf(entries).byDocument.get(document) ?? [];

/** Whether a document outside `scope` (the query's document, or the documents of its scope) gives `role` a step in one of the situations. */
export function elsewhere(entries: readonly Entry[], scope: readonly string[], role: RoleId, situations: readonly SituationId[]): boolean {
  const { withSteps } = indexOf(entries);
  return situations.some((s) => [...(withSteps.get(`${role} ${s}`) ?? [])].some((d) => !scope.includes(d)));
}

/** The documents an outcome draws from: the query's document, or the documents of its scope (the laws, for the national scope). */
const scopeOf = (q: Pick<OutcomeQuery, 'document' | 'scope'>): readonly string[] => q.scope ?? [q.document];

export function selectOutcome<E extends Entry>(
  entries: readonly E[],
  acting: readonly Acting[],
  q: OutcomeQuery,
  order: (a: E, b: E) => number,
): Outcome<E> {
  const scope = scopeOf(q);
  const inDoc = scope.length === 1 ? entriesOf(entries, scope[0]!) : scope.flatMap((d) => entriesOf(entries, d));
  const byId = new Map(inDoc.map((e) => [e.id, e]));
  const here = inCase(inDoc, q);
  const forRole = [q.role, ...acting.filter((a) => a.document === q.document && a.role === q.role).map((a) => a.actsFor)];
  const isOurs = (roles: readonly RoleId[]) => forRole.some((r) => roles.includes(r));
  const stepKind = stepKindOf;

  // The steps: the role's own entries of these kinds, urgent first; an answer given may add a step
  // (情节较轻 → 告诫书) and lifts it within its rank, but never above a more urgent one.
  const steps: Step<E>[] = here
    .filter((e) => stepKind(e) && isOurs(e.roles))
    .map((entry) => ({
      entry,
      as: stepKind(entry)!,
      urgency: urgencyOf(entry),
      actsFor: entry.roles.includes(q.role) ? null : (forRole.find((r) => entry.roles.includes(r)) ?? null),
    }))
    .sort((a, b) =>
      URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
      Number(confirmedBy(b.entry, q.answers)) - Number(confirmedBy(a.entry, q.answers)) ||
      order(a.entry, b.entry));
  const stepIds = new Set(steps.map((s) => s.entry.id));
  const cases = steps.filter((s) => s.as === 'case').map((s) => s.entry);

  const consequences = inDoc
    .filter((e) => e.kind === 'consequence' && applies(e, q.answers) &&
      ((e.enforces ?? []).some((id) => stepIds.has(id)) || (overlaps(e.situations, q.situations) && isOurs(e.sanctioned ?? []))))
    .sort(order);

  const chain = handoffChain(cases, byId, (l, to) => overlaps(l.when, q.situations) && applies(to, q.answers));
  const openEnds = cases.filter((e) => (e.notify ?? []).length > 0 && !(e.then ?? []).some((l) => overlaps(l.when, q.situations)));
  const inChain = new Set(chainEntries(chain).map((e) => e.id));

  const incoming = here
    .filter((e) => e.kind === 'case' && !stepIds.has(e.id) && !inChain.has(e.id) && isOurs(e.notify ?? []))
    .sort(order);
  const entitlements = here.filter((e) => e.kind === 'entitlement' && !stepIds.has(e.id)).sort(order);

  const silences: Silence[] = [];
  if (steps.length) {
    if (!steps.some((s) => s.entry.deadline)) silences.push('deadline');
    if (!cases.some((e) => (e.notify ?? []).length)) silences.push('notify');
    if (!chain.length && cases.length) silences.push('next');
    if (!consequences.length) silences.push('consequence');
  }
  if (!entitlements.length && !steps.some((s) => s.as === 'provides')) silences.push('entitlement');

  let silent: Outcome<E>['silent'] = null;
  if (!steps.length) {
    const theirs = here.filter((e) => e.kind === 'case' || (e.kind === 'programme' && e.forChild)).sort(order);
    const others = [...new Set(theirs.flatMap((e) => e.roles))].sort((a, b) => (ROLE_RANK.get(a) ?? 99) - (ROLE_RANK.get(b) ?? 99));
    silent = { others, theirs, elsewhere: elsewhere(entries, scope, q.role, q.situations) };
  }
  return { steps, consequences, chain, openEnds, incoming, entitlements, silences, silent };
}

/** The ids an outcome shows as the role's own steps, and the chain's (for open data and tests). */
export const stepIds = (o: Outcome<Entry>) => o.steps.map((s) => s.entry.id);
export const chainIds = (o: Outcome<Entry>): string[] => chainEntries(o.chain).map((e) => e.id);
