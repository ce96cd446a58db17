/**
 * Exercises built from the walkthroughs: a scenario (a walkthrough, the answers that lead to an
 * outcome, a role), the question "which of these is yours to do?", and options drawn from the same
 * outcome for other roles. The right option is the role's first step on that outcome page; the
 * others are first steps of other bodies there (whose they are is the answer). Selected from the
 * walkthrough pages and the catalogue: no fact is restated, every option keeps its citation.
 */
import type { RoleId } from '../../glossary.ts';
import { WALKTHROUGH_IDS, type WalkthroughId } from '../../machines/index.ts';
import type { Entry } from '../../duties/outcome.ts';
import type { WalkPage } from '../../walkthroughs/site.ts';

/** The people a child-director training class trains, in the order the exercises take them. */
export const TRAINEES: readonly RoleId[] = ['child-director', 'village-committee', 'school', 'medical', 'police', 'township'];

/** At most this many exercises per walkthrough and document (a handout, not a catalogue). */
export const PER_WALKTHROUGH = 2;
const DISTRACTORS = 2;

/** How options are lettered on the page and in the answer key. */
export const LETTERS = 'ABC';

export interface Option<E extends Entry> {
  entry: E;
  /** The role whose first step this is on the outcome page. */
  role: RoleId;
  correct: boolean;
  /** Set when the trainee's role does it as another body's designee. */
  actsFor: RoleId | null;
}

export interface Exercise<E extends Entry> {
  id: string;
  walkthrough: WalkthroughId;
  document: string;
  role: RoleId;
  /** The outcome page it is built from. */
  page: WalkPage<E>;
  options: Option<E>[];
}

/** A stable, unremarkable order for options (the right one is not always first). */
const shuffleKey = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/**
 * The exercises of one document: per walkthrough (in its order) and trainee role (in TRAINEES'
 * order), the outcome reached with the fewest answers where the role has a step and at least one
 * other role meeting the same situations has a different one; at most PER_WALKTHROUGH per
 * walkthrough.
 */
const BY_DOCUMENT = new WeakMap<readonly WalkPage<Entry>[], Map<string | null, WalkPage<Entry>[]>>();

/** The outcome pages of one document: grouped once per list of pages, so each document's exercises read only its own. */
function outcomesOf<E extends Entry>(pages: readonly WalkPage<E>[], document: string): WalkPage<E>[] {
  let by = BY_DOCUMENT.get(pages as readonly WalkPage<Entry>[]);
  if (!by) BY_DOCUMENT.set(pages as readonly WalkPage<Entry>[], (by = Map.groupBy(pages.filter((p) => p.outcome), (p) => p.document ?? null) as Map<string | null, WalkPage<Entry>[]>));
  return (by.get(document) ?? []) as WalkPage<E>[];
}

export function exercises<E extends Entry>(pages: readonly WalkPage<E>[], document: string): Exercise<E>[] {
  const out: Exercise<E>[] = [];
  const mineAll = outcomesOf(pages, document);
  for (const walkthrough of WALKTHROUGH_IDS) {
    const here = mineAll.filter((p) => p.walkthrough === walkthrough);
    let taken = 0;
    for (const role of TRAINEES) {
      if (taken >= PER_WALKTHROUGH) break;
      const page = here.find((p) => p.role === role && p.outcome!.steps.length > 0);
      if (!page) continue;
      const mine = new Set(page.outcome!.steps.map((o) => o.entry.id));
      const as = new Set<RoleId>([role, ...page.outcome!.steps.flatMap((o) => (o.actsFor ? [o.actsFor] : []))]);
      // Other roles meet the same situations on their own pages (their questions may differ).
      const key = [...page.state.situations].sort().join('/');
      const distractors: Option<E>[] = [];
      for (const other of here) {
        if (distractors.length >= DISTRACTORS) break;
        if (other.role === role || [...other.state.situations].sort().join('/') !== key || !other.outcome!.steps.length) continue;
        if (distractors.some((d) => d.role === other.role)) continue;
        // Never an entry the trainee's role shares: a wrong option must be wrong on any answers.
        const first = other.outcome!.steps.find((o) => !mine.has(o.entry.id) && !o.entry.roles.some((r) => as.has(r)) && !distractors.some((d) => d.entry.id === o.entry.id));
        if (first && first.actsFor === null) distractors.push({ entry: first.entry, role: other.role, correct: false, actsFor: null });
      }
      if (!distractors.length) continue;
      const right = page.outcome!.steps[0]!;
      const options = [{ entry: right.entry, role, correct: true, actsFor: right.actsFor }, ...distractors]
        .sort((a, b) => shuffleKey(a.entry.id + role) - shuffleKey(b.entry.id + role));
      out.push({ id: `${walkthrough}-${role}`, walkthrough, document, role, page, options });
      taken++;
    }
  }
  return out;
}
