/**
 * Hand-offs never come back: a chain of `then` links that returns to a duty already taken
 * (A → B → A) would draw an endless chain on the outcome pages. Each cycle is named by the link
 * that closes it, so the message points at one line to change.
 */

export interface Linked {
  id: string;
  then: readonly { duty: string }[];
}

export interface Cycle {
  /** The entry whose link closes the cycle, and that link's index in its `then`. */
  from: string;
  link: number;
  /** The duties around the cycle, its first repeated at the end (A → B → A). */
  path: string[];
}

/** Every cycle a depth-first walk over the links meets (at least one in each tangle of links). */
export function handoffCycles(entries: readonly Linked[]): Cycle[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: Cycle[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    byId.get(id)!.then.forEach((link, k) => {
      if (!byId.has(link.duty) || link.duty === id) return; // reported as an unknown duty, or as naming itself
      const s = state.get(link.duty);
      if (s === 'open') cycles.push({ from: id, link: k, path: [...stack.slice(stack.indexOf(link.duty)), link.duty] });
      else if (!s) visit(link.duty);
    });
    stack.pop();
    state.set(id, 'done');
  };
  for (const e of entries) if (!state.has(e.id)) visit(e.id);
  return cycles;
}
