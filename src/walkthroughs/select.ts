/**
 * What an outcome page shows, selected from the catalogue for one document, role, the situations
 * the outcome names and the answers given. A small pure module: the machines only route, the
 * pages only draw, and this decides which entries stand where.
 *
 * Never merged across documents: every list is drawn from the chosen document alone; other
 * documents appear only as names of where this role does have duties (`silent.elsewhere`).
 */
import { ROLES, type RoleId, type SituationId } from '../glossary.ts';
import { chainEntries, handoffChain, type Handoff, type HandoffLink } from '../duties/next-steps.ts';
import type { Answers } from '../machines/routing.ts';
import { applies, factsOf } from './facts.ts';

/** What selection needs of a catalogue entry (a checked v2 entry has all of it). */
export interface Entry {
  id: string;
  kind: 'case' | 'programme' | 'consequence' | 'entitlement';
  document: string;
  roles: readonly RoleId[];
  situations: readonly SituationId[];
  conditions: readonly string[];
  trigger?: string;
  threshold?: { id: string; words: string } | null;
  deadline: { id: string; words: string } | null;
  notify?: readonly RoleId[];
  then?: readonly HandoffLink[];
  enforces?: readonly string[];
}

/** Who does another body's work in a document (the child director for the village committee). */
export interface Acting {
  document: string;
  role: RoleId;
  actsFor: RoleId;
}

export interface OutcomeQuery {
  document: string;
  role: RoleId;
  situations: readonly SituationId[];
  answers: Answers;
}

export interface Outcome<E extends Entry> {
  /** The role's own case entries (first STEPS of them are the numbered steps). */
  own: { entry: E; /** Set when the role does this as another body's designee. */ actsFor: RoleId | null }[];
  /** Sanctions for not doing the own entries. */
  consequences: E[];
  /** What the bodies told do next, for these situations. */
  chain: Handoff<E>[];
  /** Own entries that tell someone but whose next step the document does not give here. */
  openEnds: E[];
  /** Other bodies' case entries that tell this role (你会收到). */
  incoming: E[];
  /** What the child or family can get here (你还可以). */
  entitlements: E[];
  /** When the role has no own entry: who does (and their entries), and which other documents give this role a duty. */
  silent: { others: RoleId[]; theirs: E[]; elsewhere: string[] } | null;
}

/** A hand-off in an outcome's chain (the walk and its shape are src/duties/next-steps.ts's). */
export type Link<E extends Entry> = Handoff<E>;

/** The numbered steps: three to five of them are what a person in a hurry can hold. */
export const STEPS = 5;

const overlaps = (a: readonly SituationId[], b: readonly SituationId[]) => a.some((s) => b.includes(s));
const meets = (e: Entry, situations: readonly SituationId[]) => overlaps(e.situations, situations);
const ROLE_RANK = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));

/** Deadlines that say "now" come first; then the document's own order. */
const urgency = (e: Entry) => (e.deadline?.id === 'immediately' ? 0 : e.deadline ? 1 : 2);

/**
 * Entries an answer given confirms (情节较轻 → 告诫书) come before all else: the person answered
 * the question so that these would be the steps, not folded under 另有…件事.
 */
const confirmed = (e: Entry, answers: Answers) => (factsOf(e).some(({ fact, holds }) => answers[fact] === holds) ? 0 : 1);

export function selectOutcome<E extends Entry>(
  entries: readonly E[],
  acting: readonly Acting[],
  q: OutcomeQuery,
  order: (a: E, b: E) => number,
): Outcome<E> {
  const inDoc = entries.filter((e) => e.document === q.document);
  const byId = new Map(inDoc.map((e) => [e.id, e]));
  const cases = inDoc.filter((e) => e.kind === 'case' && meets(e, q.situations) && applies(e, q.answers));
  const forRole = [q.role, ...acting.filter((a) => a.document === q.document && a.role === q.role).map((a) => a.actsFor)];
  const own = cases
    .filter((e) => forRole.some((r) => e.roles.includes(r)))
    .sort((a, b) => confirmed(a, q.answers) - confirmed(b, q.answers) || urgency(a) - urgency(b) || order(a, b))
    .map((entry) => ({ entry, actsFor: entry.roles.includes(q.role) ? null : (forRole.find((r) => entry.roles.includes(r)) ?? null) }));
  const ownIds = new Set(own.map((o) => o.entry.id));
  const consequences = inDoc.filter((e) => e.kind === 'consequence' && (e.enforces ?? []).some((id) => ownIds.has(id))).sort(order);

  const chain = handoffChain(own.map((o) => o.entry), byId, (l, to) => overlaps(l.when, q.situations) && applies(to, q.answers));
  const openEnds = own.map((o) => o.entry).filter((e) => (e.notify ?? []).length > 0 && !(e.then ?? []).some((l) => overlaps(l.when, q.situations)));

  const incoming = cases.filter((e) => !ownIds.has(e.id) && (e.notify ?? []).some((r) => forRole.includes(r))).sort(order);
  const entitlements = inDoc.filter((e) => e.kind === 'entitlement' && meets(e, q.situations) && applies(e, q.answers)).sort(order);

  let silent: Outcome<E>['silent'] = null;
  if (!own.length) {
    const others = [...new Set(cases.flatMap((e) => e.roles))].sort((a, b) => (ROLE_RANK.get(a) ?? 99) - (ROLE_RANK.get(b) ?? 99));
    const elsewhere = [...new Set(entries.filter((e) => e.document !== q.document && e.kind === 'case' && meets(e, q.situations) && e.roles.includes(q.role)).map((e) => e.document))];
    silent = { others, theirs: [...cases].sort(order), elsewhere };
  }
  return { own, consequences, chain, openEnds, incoming, entitlements, silent };
}

/** The ids an outcome shows as the role's own, and the chain's (for open data and tests). */
export const ownIds = (o: Outcome<Entry>) => o.own.map((x) => x.entry.id);
export const chainIds = (o: Outcome<Entry>): string[] => chainEntries(o.chain).map((e) => e.id);
