/**
 * The registry of sources (sources/registry.yaml, schema in schemas/registry.ts), read by every
 * build: which file each document is compiled from and the sha256 its bytes must have. The checks
 * here are the ones across files: each source and each document registered once, every source
 * registered, and no two metas claiming one source or one title (a copied meta with a new id
 * would otherwise publish the document twice).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './errors.ts';
import { RegistrySchema, type RegistryEntry } from './schemas/registry.ts';
import { readYamlPlaced } from './yaml-input.ts';
import { parseYaml } from './yaml-lines.ts';

export const REGISTRY_FILE = 'sources/registry.yaml';

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

export interface Registry {
  entries: RegistryEntry[];
  /** The line of the entry at an index. */
  lineOf: (index: number) => number | null;
}

export function readRegistry(root: string): Registry {
  const { data, lineOf } = readYamlPlaced(root, REGISTRY_FILE, RegistrySchema, {
    schemaFile: 'src/documents/schemas/registry.ts',
    missing: 'restore it (git checkout -- sources/registry.yaml): it holds the sha256 of every source',
  });
  return { entries: data, lineOf: (i) => lineOf(String(i)) };
}

const registerFix = (root: string, id: string, file: string) =>
  `add "- { file: ${file}, id: ${id}, sha256: ${existsSync(join(root, file)) ? sha256(readFileSync(join(root, file))) : '<sha256sum of the file>'} }" to ${REGISTRY_FILE}`;

/** The registry's entry for a document, which must name the same source as its meta; else the problem. */
export function registeredSource(registry: Registry, id: string, file: string, root: string):
  { entry: RegistryEntry; line: number | null } | { problem: string; fix: string } {
  const i = registry.entries.findIndex((e) => e.id === id);
  const entry = registry.entries[i];
  const owner = registry.entries.find((e) => e.file === file);
  if (owner && owner.id !== id) {
    return { problem: `${file} is registered as the source of ${owner.id} (${REGISTRY_FILE})`, fix: `name this document's own source, or remove sources/${id}.meta.yaml if it is a copy of ${owner.id}'s` };
  }
  if (!entry) return { problem: `${id} is not in ${REGISTRY_FILE}`, fix: registerFix(root, id, file) };
  if (entry.file !== file) return { problem: `${REGISTRY_FILE} registers ${entry.file} as the source of ${id}, not ${file}`, fix: `set source.file: ${entry.file}, or correct line ${registry.lineOf(i)} of ${REGISTRY_FILE}` };
  return { entry, line: registry.lineOf(i) };
}

/** The registry's own problems: a file or id registered twice, an entry without a document, a source not registered. */
export function registryProblems(root: string, registry: Registry, ids: readonly string[]): InputError[] {
  const errors: InputError[] = [];
  const first = new Map<string, number>();
  registry.entries.forEach((e, i) => {
    const fail = (field: string, problem: string, fix: string) => errors.push(new InputError(REGISTRY_FILE, `[${i}] ${e.id}: ${field}`, problem, fix, registry.lineOf(i)));
    for (const [field, key] of [['file', e.file], ['id', e.id]] as const) {
      const k = `${field}|${key}`;
      if (first.has(k)) fail(field, `${key} is registered twice (first at line ${registry.lineOf(first.get(k)!)})`, 'keep one entry per source and per document');
      else first.set(k, i);
    }
    if (!ids.includes(e.id)) fail('id', `there is no sources/${e.id}.meta.yaml`, `remove the entry, or add the document (README: How to add a document)`);
  });
  const dir = join(root, 'sources');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const file = `sources/${name}`;
    if (!registry.entries.some((e) => e.file === file)) {
      errors.push(new InputError(file, '(file)', `is not in ${REGISTRY_FILE}`, `register it with the document compiled from it: ${registerFix(root, '<id>', file)}; or remove it`));
    }
  }
  return errors;
}

/** Two metas that name one source, or one title: the second of each pair is the problem. */
export function sharedClaims(root: string, ids: readonly string[]): InputError[] {
  const errors: InputError[] = [];
  const seen = new Map<string, string>();
  for (const id of ids) {
    const file = `sources/${id}.meta.yaml`;
    let meta;
    try {
      meta = parseYaml(readFileSync(join(root, file), 'utf8'));
    } catch {
      continue; // reported when the document is compiled
    }
    const value = meta.value as { source?: { file?: unknown }; title?: unknown } | null;
    for (const [field, path, claim] of [['source.file', ['source', 'file'], value?.source?.file], ['title', ['title'], value?.title]] as const) {
      if (typeof claim !== 'string') continue;
      const prior = seen.get(`${field}|${claim}`);
      if (prior) errors.push(new InputError(file, field, `${claim} is also the ${field === 'title' ? 'title' : 'source'} of ${prior} (sources/${prior}.meta.yaml)`, `one document per source and title: remove this meta if it copies ${prior}'s, or correct ${field}`, meta.lineOf(path)));
      else seen.set(`${field}|${claim}`, id);
    }
  }
  return errors;
}
