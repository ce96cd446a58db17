/**
 * What a build works out once and every page shares: the checked catalogue, the duty site, the
 * walkthrough graph, the role steps, the cards, the parents' checklists.
 *
 * One `astro build` loads a module more than once: the config's bundle (the input checks), the
 * content layer (the loaders) and the pages' bundle each hold their own copy, so a memo in a module
 * variable is computed once per copy. The memo lives on globalThis instead, under one name per
 * computation, and each computation is counted, so a test or the build's log can show it ran once.
 * A changed key (an edited file in `astro dev`) computes again. Imports no layer.
 */

interface Memo {
  values: Map<string, { key: string; value: unknown }>;
  /** Values computed for one object (the duty site), by name and key. */
  objects: WeakMap<object, Map<string, unknown>>;
  counts: Map<string, number>;
}

const STORE = Symbol.for('liushou.once');

function store(): Memo {
  const g = globalThis as { [STORE]?: Memo };
  return (g[STORE] ??= { values: new Map(), objects: new WeakMap(), counts: new Map() });
}

/** `compute()` the first time `name` is asked for with this `key`, the same value after that. */
export function once<T>(name: string, key: string, compute: () => T): T {
  const { values, counts } = store();
  const held = values.get(name);
  if (held?.key === key) return held.value as T;
  const value = compute();
  values.set(name, { key, value });
  counts.set(name, (counts.get(name) ?? 0) + 1);
  return value;
}

/** Each name's objects, computed once per object (the duty site) and argument key (a role, a document). */
export function onceFor<O extends object, T>(name: string, of: O, key: string, compute: () => T): T {
  const { objects, counts } = store();
  let held = objects.get(of);
  if (!held) objects.set(of, (held = new Map()));
  const k = `${name}|${key}`;
  if (held.has(k)) return held.get(k) as T;
  const value = compute();
  held.set(k, value);
  counts.set(name, (counts.get(name) ?? 0) + 1);
  return value;
}

/** How many times each computation ran in this process, by name. */
export const computeCounts = (): Record<string, number> => Object.fromEntries([...store().counts].sort(([a], [b]) => a.localeCompare(b)));

/** Forget every value and count (tests start from nothing). */
export function resetOnce(): void {
  const memo = store();
  memo.values.clear();
  memo.counts.clear();
  memo.objects = new WeakMap();
}
