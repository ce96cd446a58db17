/**
 * Reads sources/: for each document, <id>.meta.yaml (what the document is), the byte-identical
 * source text it names (strict UTF-8, its sha256 the one in registry.yaml), and
 * <id>.corrections.yaml (every declared repair). Node-only: used by the
 * compiler script, the duty checks and the tests, never by a page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileDocument } from './compile/compile.ts';
import { compileLaw } from './compile/law.ts';
import { metaDateProblem } from './dates.ts';
import { decodeSource } from './encoding.ts';
import { InputError } from './errors.ts';
import type { CompiledDocument } from './model.ts';
import { readRegistry, registeredSource, sha256, registryProblems, REGISTRY_FILE, sharedTitles, type Registry } from './registry.ts';
import { DeclarationSchema } from './schemas/correction.ts';
import { MetaFileSchema } from './schemas/document.ts';
import { restoreOr, tracked } from './restore.ts';
import { readYamlPlaced } from './yaml-input.ts';

export const SOURCES_DIR = 'sources';

export { sha256 } from './registry.ts';
// Read here before yaml-input.ts held it; callers elsewhere still import it from this module.
export { readYaml } from './yaml-input.ts';

/** The ids of all documents, from the meta files present. */
export function documentIds(root: string): string[] {
  return readdirSync(join(root, SOURCES_DIR))
    .filter((f) => f.endsWith('.meta.yaml'))
    .map((f) => f.replace(/\.meta\.yaml$/, ''))
    .sort();
}

/** A document's meta file; a hash in it is pointed to the registry, where hashes live. */
function readMeta(root: string, metaFile: string) {
  try {
    return readYamlPlaced(root, metaFile, MetaFileSchema, {
      schemaFile: 'src/documents/schemas/document.ts',
      missing: `restore it, or copy another document's .meta.yaml (README: How to add a document)`,
    });
  } catch (e) {
    if (e instanceof InputError && e.field === 'source.sha256') {
      throw new InputError(e.file, e.field, e.problem, `remove it: a source's sha256 is in ${REGISTRY_FILE} alone, and a source stays byte-identical to the seed`, e.line);
    }
    throw e;
  }
}

export function compileSource(root: string, id: string, registry: Registry = readRegistry(root)): CompiledDocument {
  const metaFile = `${SOURCES_DIR}/${id}.meta.yaml`;
  const { data: meta, lineOf } = readMeta(root, metaFile);
  const fail = (field: string, problem: string, fix: string) => new InputError(metaFile, field, problem, fix, lineOf(field));
  if (meta.id !== id) throw fail('id', `"${meta.id}" differs from the file name`, `set id: ${id}`);
  const dateError = metaDateProblem(meta.dates, meta.status.campaign);
  if (dateError) throw fail(...dateError);
  const registered = registeredSource(registry, meta.id, meta.source.file, root);
  if ('problem' in registered) throw fail('source.file', registered.problem, registered.fix);
  if (!existsSync(join(root, meta.source.file))) {
    throw fail('source.file', `${meta.source.file} is missing`, tracked(root, meta.source.file)
      ? `restore it byte-identical (git checkout -- ${meta.source.file}), or correct source.file to the source's path`
      : `copy the source there unchanged (npm run add-document does: docs/adding-a-document.md), or correct source.file to the source's path`);
  }
  const declarationFile = `${SOURCES_DIR}/${id}.corrections.yaml`;
  const { data: declaration, lineOf: declaredAt } = readYamlPlaced(root, declarationFile, DeclarationSchema, {
    schemaFile: 'src/documents/schemas/correction.ts',
    missing: `every document declares its repairs there: ${restoreOr(root, declarationFile, `create it with "document: ${id}" and "corrections: []" if the source needs none`)}`,
  });
  if (declaration.document !== id) throw new InputError(declarationFile, 'document', `"${declaration.document}" differs from the file name`, `set document: ${id}`, declaredAt('document'));
  const bytes = readFileSync(join(root, meta.source.file));
  const source = decodeSource(bytes, meta.source.file, declaration, { file: declarationFile, lineOf: declaredAt });
  const actual = sha256(bytes);
  if (actual !== registered.entry.sha256) {
    throw new InputError(REGISTRY_FILE, `${id}: sha256`, `${meta.source.file} has sha256 ${actual}, not the registered one`,
      `sources stay byte-identical to the seeds: restore the file (git checkout -- ${meta.source.file}); declare repairs in ${declarationFile} instead`, registered.line);
  }
  try {
    // A national law received as markdown has a reader of its own; both give the one compiled model.
    const compile = declaration.format === 'markdown-law' ? compileLaw : compileDocument;
    return compile({ meta: { ...meta, source: { file: meta.source.file, sha256: actual } }, source, declaration, declarationFile });
  } catch (e) {
    // The compiler names the declaration by its field (corrections[3].find): add the line.
    if (e instanceof InputError && e.file === declarationFile) throw e.at(declaredAt(e.field));
    throw e;
  }
}

export function compileAll(root: string): CompiledDocument[] {
  return documentIds(root).map((id) => compileSource(root, id));
}

/**
 * Every document that compiles, and the problem of each that does not (the checks list them all),
 * with the problems of the registry and of metas that claim one source or one title.
 */
export function compileEach(root: string): { docs: CompiledDocument[]; errors: InputError[] } {
  const docs: CompiledDocument[] = [];
  const errors: InputError[] = [];
  let registry: Registry;
  try {
    registry = readRegistry(root);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { docs, errors: [e] };
  }
  const ids = documentIds(root);
  errors.push(...registryProblems(root, registry, ids), ...sharedTitles(root, ids, registry));
  for (const id of ids) {
    try {
      docs.push(compileSource(root, id, registry));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e);
    }
  }
  return { docs, errors };
}

let compiled: { key: string; result: { docs: CompiledDocument[]; errors: InputError[] } } | null = null;

/**
 * All documents compiled from sources/ (and the problems of those that do not compile), once per
 * state of that folder: the checks and every page of a build ask (citations are read off the
 * compiled blocks), and a changed source in dev compiles again.
 */
export function compiledSources(root = process.cwd()): { docs: CompiledDocument[]; errors: InputError[] } {
  const dir = join(root, SOURCES_DIR);
  const key = `${root}#${readdirSync(dir).sort().map((f) => {
    const st = statSync(join(dir, f));
    return `${f}:${st.size}:${st.mtimeMs}`;
  }).join('|')}`;
  if (compiled?.key !== key) compiled = { key, result: compileEach(root) };
  return compiled.result;
}

/** The compiled documents; the first problem of a source that does not compile is thrown. */
export function compiledDocuments(root = process.cwd()): CompiledDocument[] {
  const { docs, errors } = compiledSources(root);
  if (errors.length) throw errors[0];
  return docs;
}
