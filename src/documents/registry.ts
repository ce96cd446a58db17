/**
 * The registry of sources (sources/registry.yaml, schema in schemas/registry.ts), read by every
 * build: which file each document is compiled from and the sha256 its bytes must have. The checks
 * here are the ones across files: each source and each document registered once, every source
 * registered, and no two metas claiming one source (through the registry) or one title (a copied
 * meta with a new id would otherwise publish the document twice).
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

/** Whether a document's meta names a source file (read loosely: a broken meta is reported elsewhere). */
const metaNames = (root: string, id: string, file: string) => {
  try {
    return readFileSync(join(root, `sources/${id}.meta.yaml`), 'utf8').includes(file);
  } catch {
    return false;
  }
};

/** The registry's own problems: a file or id registered twice, an entry without a document, a source not registered. */
export function registryProblems(root: string, registry: Registry, ids: readonly string[]): InputError[] {
  const errors: InputError[] = [];
  const first = new Map<string, number>();
  registry.entries.forEach((e, i) => {
    const fail = (field: string, problem: string, fix: string) => errors.push(new InputError(REGISTRY_FILE, `[${i}] ${e.id}: ${field}`, problem, fix, registry.lineOf(i)));
    // A line copied whole is one problem, not one per field.
    const twice = (['file', 'id'] as const).filter((field) => first.has(`${field}|${e[field]}`));
    for (const field of ['file', 'id'] as const) if (!first.has(`${field}|${e[field]}`)) first.set(`${field}|${e[field]}`, i);
    if (twice.length) {
      const prior = registry.lineOf(first.get(`${twice[0]}|${e[twice[0]!]}`)!);
      fail(twice.join(', '), `${twice.map((f) => e[f]).join(' (') + (twice.length > 1 ? ')' : '')} is registered twice (first at line ${prior})`, 'keep one entry per source and per document');
    }
    if (!ids.includes(e.id)) fail('id', `there is no sources/${e.id}.meta.yaml`, `remove the entry, or add the document (README: How to add a document)`);
  });
  const dir = join(root, 'sources');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const file = `sources/${name}`;
    // A source a meta names is reported through that meta, whose id the message can give.
    if (!registry.entries.some((e) => e.file === file) && !ids.some((id) => metaNames(root, id, file))) {
      errors.push(new InputError(file, '(file)', `is not in ${REGISTRY_FILE}`, `register it with the document compiled from it: ${registerFix(root, '<id>', file)}; or remove it`));
    }
  }
  return errors;
}

/**
 * Two metas with one title: the second is the problem. (Two metas naming one source are stopped by
 * the registry, which gives each source one document; a meta the registry does not know is
 * reported as such, not again here.)
 */
export function sharedTitles(root: string, ids: readonly string[], registry: Registry): InputError[] {
  const errors: InputError[] = [];
  const seen = new Map<string, string>();
  for (const id of ids.filter((i) => registry.entries.some((e) => e.id === i))) {
    const file = `sources/${id}.meta.yaml`;
    let meta;
    try {
      meta = parseYaml(readFileSync(join(root, file), 'utf8'));
    } catch {
      continue; // reported when the document is compiled
    }
    const title = (meta.value as { title?: unknown } | null)?.title;
    if (typeof title !== 'string') continue;
    const prior = seen.get(title);
    if (prior) errors.push(new InputError(file, 'title', `"${title}" is also the title of ${prior} (sources/${prior}.meta.yaml)`, `one document per title: remove this meta if it copies ${prior}'s, or correct the title`, meta.lineOf(['title'])));
    else seen.set(title, id);
  }
  return errors;
}
