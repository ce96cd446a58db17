/**
 * Reads sources/: for each document, <id>.meta.yaml (what the document is), the byte-identical
 * source text it names, and <id>.corrections.yaml (every declared repair). Node-only: used by the
 * compiler script, the duty checks and the tests, never by a page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileDocument } from './compile/compile.ts';
import type * as z from 'zod';
import { InputError } from './errors.ts';
import { parseInput } from './input.ts';
import type { CompiledDocument } from './model.ts';
import { DeclarationSchema } from './schemas/correction.ts';
import { DocumentMetaSchema } from './schemas/document.ts';

export const SOURCES_DIR = 'sources';

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** What to do when an input file is missing: the message names the file and this fix. */
export interface YamlInput {
  /** The schema's source file (its field comments say what each field holds). */
  schemaFile: string;
  /** The fix when the file does not exist. */
  missing: string;
}

/**
 * Parses a YAML file and validates it against its schema (unknown keys included), naming the file,
 * the entry and the field on failure; a missing file is named with its own fix.
 */
export function readYaml<S extends z.ZodType>(root: string, file: string, schema: S, input: YamlInput): z.output<S> {
  if (!existsSync(join(root, file))) throw new InputError(file, '(file)', 'is missing', input.missing);
  let value: unknown;
  try {
    value = parse(readFileSync(join(root, file), 'utf8'));
  } catch (e) {
    throw new InputError(file, '(file)', `not readable YAML: ${(e as Error).message.split('\n')[0]}`, 'fix the YAML syntax at the line given');
  }
  const result = parseInput(schema, value, { file, schemaFile: input.schemaFile });
  if (!result.success) throw result.errors.length > 1 ? moreErrors(result.errors) : result.errors[0]!;
  return result.data;
}

/** The first problem of a file, saying how many more there are. */
function moreErrors(errors: readonly InputError[]): InputError {
  const [first] = errors;
  return new InputError(first!.file, first!.field, `${first!.problem} (and ${errors.length - 1} more problem(s) in this file)`, first!.fix);
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
  const meta = readYaml(root, metaFile, DocumentMetaSchema, {
    schemaFile: 'src/documents/schemas/document.ts',
    missing: `restore it, or copy another document's .meta.yaml (README: How to add a document)`,
  });
  if (meta.id !== id) throw new InputError(metaFile, 'id', `"${meta.id}" differs from the file name`, `set id: ${id}`);
  if (!existsSync(join(root, meta.source.file))) {
    throw new InputError(metaFile, 'source.file', `${meta.source.file} is missing`,
      `restore it byte-identical (git checkout -- ${meta.source.file}), or correct source.file to the source's path`);
  }
  const bytes = readFileSync(join(root, meta.source.file));
  const actual = sha256(bytes);
  if (actual !== meta.source.sha256) {
    throw new InputError(metaFile, 'source.sha256', `${meta.source.file} has sha256 ${actual}, not the recorded one`,
      'sources stay byte-identical to the seeds: restore the file; declare repairs in the corrections file instead');
  }
  const declarationFile = `${SOURCES_DIR}/${id}.corrections.yaml`;
  const declaration = readYaml(root, declarationFile, DeclarationSchema, {
    schemaFile: 'src/documents/schemas/correction.ts',
    missing: `every document declares its repairs there: restore it (git checkout -- ${declarationFile}), or create it with "document: ${id}" and "corrections: []" if the source needs none`,
  });
  if (declaration.document !== id) throw new InputError(declarationFile, 'document', `"${declaration.document}" differs from the file name`, `set document: ${id}`);
  return compileDocument({ meta, source: bytes.toString('utf8'), declaration, declarationFile });
}

export function compileAll(root: string): CompiledDocument[] {
  return documentIds(root).map((id) => compileSource(root, id));
}

/** Every document that compiles, and the problem of each that does not (the checks list them all). */
export function compileEach(root: string): { docs: CompiledDocument[]; errors: InputError[] } {
  const docs: CompiledDocument[] = [];
  const errors: InputError[] = [];
  for (const id of documentIds(root)) {
    try {
      docs.push(compileSource(root, id));
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
