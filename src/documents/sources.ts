/**
 * Reads sources/: for each document, <id>.meta.yaml (what the document is), the byte-identical
 * source text it names, and <id>.corrections.yaml (every declared repair). Node-only: used by the
 * compiler script, the duty checks and the tests, never by a page.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileDocument } from './compile/compile.ts';
import { InputError, fromZodIssues } from './errors.ts';
import type { CompiledDocument } from './model.ts';
import { DeclarationSchema } from './schemas/correction.ts';
import { DocumentMetaSchema } from './schemas/document.ts';

export const SOURCES_DIR = 'sources';

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Parses a YAML file and validates it, naming the file and field on failure. */
export function readYaml<T>(root: string, file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }): T {
  let value: unknown;
  try {
    value = parse(readFileSync(join(root, file), 'utf8'));
  } catch (e) {
    throw new InputError(file, '(file)', `not readable YAML: ${(e as Error).message.split('\n')[0]}`, 'fix the YAML syntax at the line given');
  }
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodIssues(file, result.error.issues);
  return result.data;
}

/** The ids of all documents, from the meta files present. */
export function documentIds(root: string): string[] {
  return readdirSync(join(root, SOURCES_DIR))
    .filter((f) => f.endsWith('.meta.yaml'))
    .map((f) => f.replace(/\.meta\.yaml$/, ''))
    .sort();
}

export function compileSource(root: string, id: string): CompiledDocument {
  const metaFile = `${SOURCES_DIR}/${id}.meta.yaml`;
  const meta = readYaml(root, metaFile, DocumentMetaSchema);
  if (meta.id !== id) throw new InputError(metaFile, 'id', `"${meta.id}" differs from the file name`, `set id: ${id}`);
  const bytes = readFileSync(join(root, meta.source.file));
  const actual = sha256(bytes);
  if (actual !== meta.source.sha256) {
    throw new InputError(metaFile, 'source.sha256', `${meta.source.file} has sha256 ${actual}, not the recorded one`,
      'sources stay byte-identical to the seeds: restore the file; declare repairs in the corrections file instead');
  }
  const declarationFile = `${SOURCES_DIR}/${id}.corrections.yaml`;
  const declaration = readYaml(root, declarationFile, DeclarationSchema);
  if (declaration.document !== id) throw new InputError(declarationFile, 'document', `"${declaration.document}" differs from the file name`, `set document: ${id}`);
  return compileDocument({ meta, source: bytes.toString('utf8'), declaration, declarationFile });
}

export function compileAll(root: string): CompiledDocument[] {
  return documentIds(root).map((id) => compileSource(root, id));
}

let compiled: { key: string; docs: CompiledDocument[] } | null = null;

/**
 * All documents compiled from sources/, once per state of that folder: every page of a build
 * asks (citations are read off the compiled blocks), and a changed source in dev compiles again.
 */
export function compiledDocuments(root = process.cwd()): CompiledDocument[] {
  const dir = join(root, SOURCES_DIR);
  const key = readdirSync(dir).sort().map((f) => {
    const st = statSync(join(dir, f));
    return `${f}:${st.size}:${st.mtimeMs}`;
  }).join('|');
  if (compiled?.key !== key) compiled = { key, docs: compileAll(root) };
  return compiled.docs;
}
