/**
 * Reading an input file against its zod schema, with messages a contributor can act on alone.
 * One helper for every input (document meta, corrections, duties, coverage): it reports zod's
 * issues and every key the schema does not know, each as an InputError naming the file, the entry
 * and the key. An unknown key gets the nearest valid key by edit distance (`notfy` → `notify`);
 * a missing field says "missing: add `<field>`" and what the field holds, from the schema's own
 * description (zod .describe()) or, failing that, the doc comment above the field in the schema file.
 *
 * Unknown keys are found by walking the schema beside the value, so a schema written with plain
 * z.object is held to its keys too (a misspelt optional field must never be dropped silently).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod';
import { InputError } from './errors.ts';

/** Where the value came from. */
export interface InputSource {
  /** Path of the file from the project root, as the message names it. */
  file: string;
  /** The entry within the file (e.g. "[3] wuhai-2016/report"), when the value is one entry of a list. */
  entry?: string | undefined;
  /** The schema's source file (from the project root), whose field comments say what each field holds. */
  schemaFile: string;
  /** The line in the file of the value at a path (from the value's root), when the file is YAML read with its places. */
  lineOf?: ((path: readonly PropertyKey[]) => number | null) | undefined;
  /** Where the value stands within the file, when it is one entry of a list: prefixed to paths for lineOf. */
  at?: readonly PropertyKey[] | undefined;
}

/** The project root, where the schema files are (this file is src/documents/input.ts). */
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

type Schema = z.core.$ZodType;
type Def = { type: string; [k: string]: unknown };
type Key = PropertyKey;

const defOf = (s: Schema) => (s as unknown as { _zod: { def: Def } })._zod.def;
const descriptionOf = (s: Schema) => (s as unknown as { description?: string }).description;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema under wrappers that do not change the shape (optional, nullable, default, pipe …). */
function unwrap(s: Schema): Schema {
  for (;;) {
    const d = defOf(s);
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType as Schema;
    else if (d.type === 'pipe') s = d.in as Schema;
    else if (d.type === 'lazy') s = (d.getter as () => Schema)();
    else return s;
  }
}

const shapeOf = (s: Schema) => defOf(s).shape as Record<string, Schema>;

/** The option of a union the value means: by its discriminator, else the object option sharing most keys. */
function optionFor(s: Schema, value: unknown): Schema | null {
  const d = defOf(s);
  const options = (d.options as Schema[]).map(unwrap).filter((o) => defOf(o).type === 'object');
  if (!isRecord(value) || !options.length) return null;
  const disc = d.discriminator as string | undefined;
  if (disc) {
    const match = options.find((o) => {
      const field = shapeOf(o)[disc];
      const fd = field && defOf(unwrap(field));
      return fd?.type === 'literal' && (fd.values as unknown[]).includes(value[disc]);
    });
    if (match) return match;
  }
  const overlap = (o: Schema) => Object.keys(value).filter((k) => k in shapeOf(o)).length;
  return options.reduce((best, o) => (overlap(o) > overlap(best) ? o : best));
}

const valueAt = (root: unknown, path: readonly Key[]) => path.reduce<unknown>((v, k) => (v as Record<Key, unknown> | undefined)?.[k], root);

/** The schema that describes the value at `path` (unions on the way resolved by the value), unwrapped. */
function schemaAt(schema: Schema, root: unknown, path: readonly Key[]): Schema | null {
  let s: Schema | null = unwrap(schema);
  for (let i = 0; i < path.length && s; i++) {
    if (defOf(s).type === 'union') s = optionFor(s, valueAt(root, path.slice(0, i)));
    if (!s) return null;
    const d = defOf(s);
    const k = path[i]!;
    if (d.type === 'array') s = d.element as Schema;
    else if (d.type === 'object') s = shapeOf(s)[String(k)] ?? null;
    else return null;
    s = s && unwrap(s);
  }
  return s;
}

/** The object schema that describes the value at `path` (for the valid keys and descriptions there). */
function objectAt(schema: Schema, root: unknown, path: readonly Key[]): Schema | null {
  let s = schemaAt(schema, root, path);
  if (s && defOf(s).type === 'union') s = optionFor(s, valueAt(root, path));
  return s && defOf(s).type === 'object' ? s : null;
}

export interface UnknownKey {
  path: Key[];
  key: string;
  valid: string[];
}

/** Every key in the value that its schema does not declare (a passthrough object's extras are allowed). */
export function unknownKeys(schema: Schema, value: unknown, path: Key[] = []): UnknownKey[] {
  const s = unwrap(schema);
  const d = defOf(s);
  if (d.type === 'array' && Array.isArray(value)) return value.flatMap((v, i) => unknownKeys(d.element as Schema, v, [...path, i]));
  if (d.type === 'union') {
    const option = optionFor(s, value);
    return option ? unknownKeys(option, value, path) : [];
  }
  if (d.type !== 'object' || !isRecord(value)) return [];
  const shape = shapeOf(s);
  const closed = !d.catchall || defOf(d.catchall as Schema).type === 'never';
  return Object.entries(value).flatMap(([k, v]) => {
    if (v === undefined) return []; // as good as absent (YAML never gives it)
    if (k in shape) return unknownKeys(shape[k]!, v, [...path, k]);
    return closed ? [{ path, key: k, valid: Object.keys(shape) }] : [];
  });
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The valid key nearest to a misspelt one, when it is near enough to be what was meant. */
export function nearestKey(key: string, valid: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const v of valid) {
    const d = editDistance(key.toLowerCase(), v.toLowerCase());
    if (d < bestD) [best, bestD] = [v, d];
  }
  return best !== null && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}

/** A field's doc comment, with the keys declared beside it (to tell apart fields of one name). */
interface FieldComment {
  words: string;
  siblings: Set<string>;
}

const commentCache = new Map<string, Map<string, FieldComment[]>>();

/**
 * The doc comments above the fields of a schema source file, by field name. A name can stand in
 * several schemas (a duty's `id` and a deadline's `id`): each comment keeps the keys declared in
 * the same top-level declaration, and the lookup takes the one whose keys the value's object shares.
 */
function fieldComments(schemaFile: string): Map<string, FieldComment[]> {
  const cached = commentCache.get(schemaFile);
  if (cached) return cached;
  const out = new Map<string, FieldComment[]>();
  let text = '';
  try {
    text = readFileSync(join(PROJECT, schemaFile), 'utf8');
  } catch {
    // No source to read (a bundled build): messages fall back to naming the schema file.
  }
  for (const declaration of text.split(/^(?=(?:export )?const )/m)) {
    const siblings = new Set([...declaration.matchAll(/^\s*(\w+)\s*:/gm)].map((m) => m[1]!));
    // A comment's body never runs past its own end: without the (?!\*\/) a field's comment would take
    // in every comment above it back to the file's first (1.5 KB of schema source as a "fix").
    for (const m of declaration.matchAll(/\/\*\*((?:(?!\*\/)[^])*)\*\/\s*(\w+)\s*:/g)) {
      // Lower-cased at the start, to read on from "`field` holds".
      const words = m[1]!.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).filter(Boolean).join(' ')
        .replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase());
      out.set(m[2]!, [...(out.get(m[2]!) ?? []), { words, siblings }]);
    }
  }
  commentCache.set(schemaFile, out);
  return out;
}

/** The comment of a field among those of its name: the one declared beside most of `keys`. */
function commentFor(schemaFile: string, key: string, keys: readonly string[]): string | null {
  const candidates = fieldComments(schemaFile).get(key) ?? [];
  const score = (c: FieldComment) => keys.filter((k) => c.siblings.has(k)).length;
  return candidates.reduce<FieldComment | null>((best, c) => (!best || score(c) > score(best) ? c : best), null)?.words ?? null;
}

/** Formats a path as the message names it: `deadline.words`, `corrections.3.note`. */
export const pathName = (path: readonly Key[]) => path.map(String).join('.') || '(entry)';

/**
 * The problem and fix of a value of the wrong form or outside its list: the value itself named,
 * and the nearest allowed value where one is near (a list of 35 role ids is no fix).
 */
function invalidValue(issue: z.core.$ZodIssue, value: unknown, holds: string | null, schemaFile: string): [string, string] {
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    const allowed = issue.values.map(String);
    const near = nearestKey(value, allowed);
    const list = allowed.length <= 12 ? allowed.join(', ') : `${allowed.length} values, listed in ${schemaFile} and src/glossary.ts`;
    return [`${shown} is not an allowed value`, near ? `did you mean "${near}"? (allowed: ${list})` : `use one of: ${list}`];
  }
  if (issue.code === 'invalid_format') return [`${shown} is not ${issue.message}`, `write it as ${issue.message}`];
  return [issue.message, holds ?? `correct the value (${schemaFile} says what each field takes)`];
}

export type Parsed<T> = { success: true; data: T; errors: [] } | { success: false; data: null; errors: InputError[] };

/**
 * Parses a value against its schema: the data, or every problem as an InputError. A value whose
 * root is a list names each entry by index and, where it has one, its id or clause.
 */
export function parseInput<S extends Schema>(schema: S, value: unknown, source: InputSource): Parsed<z.output<S>> {
  const result = (schema as unknown as z.ZodType).safeParse(value);
  const what = (parent: Schema | null, key: string): string | null =>
    (parent && shapeOf(parent)[key] && descriptionOf(shapeOf(parent)[key]!)) || commentFor(source.schemaFile, key, parent ? Object.keys(shapeOf(parent)) : []);
  const entryOf = (path: readonly Key[]): { label: string; rest: readonly Key[] } => {
    if (!Array.isArray(value) || typeof path[0] !== 'number') return { label: source.entry ?? '', rest: path };
    const item = value[path[0]] as Record<string, unknown> | undefined;
    const name = isRecord(item) ? [item.id, item.clause, item.sentence].find((x) => typeof x === 'string') : undefined;
    return { label: `${source.entry ? `${source.entry} ` : ''}[${path[0]}]${name ? ` ${name}` : ''}`, rest: path.slice(1) };
  };
  const error = (path: readonly Key[], problem: string, fix: string) => {
    const { label, rest } = entryOf(path);
    const line = source.lineOf?.([...(source.at ?? []), ...path]) ?? null;
    return new InputError(source.file, [label, rest.length ? pathName(rest) : label ? '' : '(file)'].filter(Boolean).join(': '), problem, fix, line);
  };
  const seen = new Set<string>();
  /** Keys that a misspelt key was taken for: their "missing" follows from the misspelling, said once. */
  const meant = new Set<string>();
  const errors: InputError[] = [];
  for (const u of unknownKeys(schema, value)) {
    seen.add(`${pathName(u.path)}|${u.key}`);
    const near = nearestKey(u.key, u.valid);
    if (near) meant.add(`${pathName(u.path)}|${near}`);
    errors.push(error([...u.path, u.key], `unknown key \`${u.key}\``,
      near ? `did you mean \`${near}\`? Rename it (keys here: ${u.valid.join(', ')})` : `remove it, or use one of: ${u.valid.join(', ')}`));
  }
  // A union's failure is read as the failure of the option the value means (its own issues).
  const expand = (issue: z.core.$ZodIssue): z.core.$ZodIssue[] => {
    if (issue.code !== 'invalid_union' || !issue.errors.length) return [issue];
    const union = schemaAt(schema, value, issue.path);
    const option = union && defOf(union).type === 'union' ? optionFor(union, valueAt(value, issue.path)) : null;
    const index = option ? (defOf(union!).options as Schema[]).map(unwrap).indexOf(option) : -1;
    const branch = issue.errors[index];
    return branch ? branch.flatMap((sub) => expand({ ...sub, path: [...issue.path, ...sub.path] } as z.core.$ZodIssue)) : [issue];
  };
  if (!result.success) {
    for (const issue of result.error.issues.flatMap(expand)) {
      if (issue.code === 'unrecognized_keys') {
        // Found above, with suggestions; a key the walk could not reach is still reported.
        for (const k of issue.keys.filter((k) => !seen.has(`${pathName(issue.path)}|${k}`))) {
          errors.push(error([...issue.path, k], `unknown key \`${k}\``, 'remove it'));
        }
        continue;
      }
      const path = issue.path;
      const key = path[path.length - 1];
      const parentPath = path.slice(0, -1);
      const parentValue = valueAt(value, parentPath);
      const parent = objectAt(schema as Schema, value, parentPath);
      const holds = typeof key === 'string' ? what(parent, key) : null;
      if (typeof key === 'string' && isRecord(parentValue) && !(key in parentValue)) {
        if (meant.has(`${pathName(parentPath)}|${key}`)) continue;
        errors.push(error(path, `missing: add \`${key}\``, `\`${key}\` holds ${holds ?? `what ${source.schemaFile} describes`}`));
      } else {
        errors.push(error(path, ...invalidValue(issue, valueAt(value, path), holds && `\`${String(key)}\` holds ${holds}`, source.schemaFile)));
      }
    }
  }
  return errors.length || !result.success ? { success: false, data: null, errors } : { success: true, data: result.data as z.output<S>, errors: [] };
}
