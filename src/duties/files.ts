/**
 * The catalogue the build publishes, checked against the committed documents (read through
 * src/clauses/, never compiled again): every document has its duty and coverage files, the duties
 * and designations stand verbatim in their clauses, and the coverage names clauses and sentences
 * that exist. That the committed documents are what sources/ compile to is checked before, by the
 * input checks (integrations/checks.ts). Node-only: used by the build (the input checks, the
 * content loaders), the scripts and the tests.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCompiled } from '../clauses/read.ts';
import { attachments } from '../documents/attachments.ts';
import { InputError } from '../documents/errors.ts';
import { DOCUMENTS_DIR, type CompiledDocument } from '../documents/model.ts';
import { readYamlPlaced, syntaxError } from '../documents/yaml-input.ts';
import { parseYaml } from '../documents/yaml-lines.ts';
import { restoreOr } from '../documents/restore.ts';
import { once } from '../once.ts';
import { buildCatalogue, buildDesignations, type Catalogue, type DutyFile } from './catalogue.ts';
import { CoverageFileSchema, coverageOf, type CoverageFile } from './coverage.ts';
import type { CataloguedDesignation } from './schema.ts';

export const DUTIES_DIR = 'src/content/duties';
export const DESIGNATIONS_DIR = 'src/content/designations';
export const COVERAGE_DIR = 'src/content/coverage';

const yamlNames = (root: string, dir: string) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).sort() : [];

function readYamlFiles(root: string, dir: string): { files: DutyFile[]; errors: InputError[] } {
  const files: DutyFile[] = [];
  const errors: InputError[] = [];
  for (const name of yamlNames(root, dir)) {
    const file = `${dir}/${name}`;
    try {
      const { value, lineOf } = parseYaml(readFileSync(join(root, file), 'utf8'));
      files.push({ file, value, lineOf });
    } catch (e) {
      errors.push(syntaxError(file, e));
    }
  }
  return { files, errors };
}

export const readDutyFiles = (root: string) => readYamlFiles(root, DUTIES_DIR);

const idOfFile = (file: string) => file.replace(/^.*\/|\.yaml$/g, '');

/** Each document needs its own file in `dir`; a file there that names no document is an error too. */
function filesPerDocument(root: string, dir: string, docIds: readonly string[], what: string, compiled: readonly CompiledDocument[]): InputError[] {
  const names = yamlNames(root, dir);
  const missing = docIds.filter((id) => !names.includes(`${id}.yaml`) && compiled.some((d) => d.meta.id === id)).map((id) => new InputError(`${dir}/${id}.yaml`, '(file)',
    `is missing: every document has its ${what} file`,
    restoreOr(root, `${dir}/${id}.yaml`, `create it: npm run add-document writes it for a new document, [] to begin with (docs/adding-a-document.md)`)));
  const stray = names.filter((n) => !docIds.includes(idOfFile(n))).map((n) => new InputError(`${dir}/${n}`, '(file)',
    'names no document', `name the file after a document id: ${docIds.join(', ')}`));
  return [...missing, ...stray];
}

/** The coverage files of the documents: what is left out on purpose, each naming a clause or sentence that exists. */
export function readCoverage(root: string, docs: readonly CompiledDocument[]): { coverage: Map<string, CoverageFile>; errors: InputError[] } {
  const coverage = new Map<string, CoverageFile>();
  const errors: InputError[] = [];
  for (const doc of docs) {
    const file = `${COVERAGE_DIR}/${doc.meta.id}.yaml`;
    if (!existsSync(join(root, file))) continue; // reported by filesPerDocument
    try {
      const { data: leftOut, lineOf } = readYamlPlaced(root, file, CoverageFileSchema, { schemaFile: 'src/duties/coverage.ts', missing: '' });
      const unknown = new Set(coverageOf(doc, [], leftOut).unknown);
      leftOut.forEach((r, i) => {
        const [field, id] = 'clause' in r ? ['clause', r.clause] : ['sentence', r.sentence];
        if (unknown.has(id)) {
          errors.push(new InputError(file, `[${i}] ${id}: ${field}`, `${doc.meta.id} has no ${field} "${id}"`,
            field === 'clause' ? 'use an id from the document page\'s anchors (docs/clause-ids.md), or remove the entry'
              : 'use a sentence id that npm run coverage lists, or remove the entry', lineOf(`${i}.${field}`)));
        }
      });
      coverage.set(doc.meta.id, leftOut);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e);
    }
  }
  return { coverage, errors };
}

/** A document whose attachment list cannot be read: one error (the pages that list its forms would throw). */
function attachmentProblem(doc: CompiledDocument): InputError[] {
  try {
    attachments(doc);
    return [];
  } catch (e) {
    if (e instanceof InputError) return [e];
    throw e;
  }
}

export interface LoadedCatalogue extends Catalogue {
  designations: CataloguedDesignation[];
  /** What each document leaves out, by document id. */
  coverage: Map<string, CoverageFile>;
  /** The compiled documents the catalogue was checked against. */
  documents: CompiledDocument[];
}

const mdxNames = (root: string) => (existsSync(join(root, DOCUMENTS_DIR)) ? readdirSync(join(root, DOCUMENTS_DIR)).filter((f) => f.endsWith('.mdx')).sort() : []);

/** The committed documents, read as the site publishes them; one that cannot be read is an error naming it. */
export function readCommitted(root: string): { docs: CompiledDocument[]; errors: InputError[] } {
  const docs: CompiledDocument[] = [];
  const errors: InputError[] = [];
  for (const name of mdxNames(root)) {
    const file = `${DOCUMENTS_DIR}/${name}`;
    try {
      docs.push(readCompiled(readFileSync(join(root, file), 'utf8'), file));
    } catch (e) {
      errors.push(new InputError(file, '(file)', `cannot be read: ${(e as Error).message}`, 'run npm run compile and commit the result'));
    }
  }
  return { docs, errors };
}

/**
 * The catalogue checked against `docs` (the documents whose entries can be checked); `ids` are
 * every document's, for the files each must have and the files that name none.
 */
export function checkCatalogue(root: string, docs: readonly CompiledDocument[], ids: readonly string[]): LoadedCatalogue {
  // A document that does not compile is reported once, not again through each of its entries;
  // a file named after no document is reported as such, not through each of its entries.
  const usable = (f: DutyFile) => ids.includes(idOfFile(f.file)) && docs.some((d) => d.meta.id === idOfFile(f.file));
  const duties = readDutyFiles(root);
  const designations = readYamlFiles(root, DESIGNATIONS_DIR);
  const catalogue = buildCatalogue(duties.files.filter(usable), docs);
  const designated = buildDesignations(designations.files.filter((f) => !ids.includes(idOfFile(f.file)) || usable(f)), docs);
  const { coverage, errors: coverageErrors } = readCoverage(root, docs);
  const errors = [
    // A document that does not compile is reported once: its missing files are named once it does.
    ...filesPerDocument(root, DUTIES_DIR, ids, 'duty', docs),
    ...filesPerDocument(root, COVERAGE_DIR, ids, 'coverage', docs),
    ...duties.errors,
    ...designations.errors,
    ...catalogue.errors,
    ...designated.errors,
    ...coverageErrors,
    ...docs.flatMap((d) => attachmentProblem(d)),
  ];
  const ok = !errors.length;
  return { duties: ok ? catalogue.duties : [], designations: ok ? designated.designations : [], errors, coverage, documents: [...docs] };
}

/** What the catalogue is read from, file by file (name, size, time): a changed file is read again. */
function inputStamp(root: string): string {
  return [DOCUMENTS_DIR, DUTIES_DIR, DESIGNATIONS_DIR, COVERAGE_DIR].flatMap((dir) => {
    const full = join(root, dir);
    return existsSync(full) ? readdirSync(full).sort().map((f) => {
      const st = statSync(join(full, f));
      return `${dir}/${f}:${st.size}:${st.mtimeMs}`;
    }) : [];
  }).join('|');
}

/**
 * The checked catalogue and designations of the committed documents; `errors` lists every problem
 * found. Checked once per state of the inputs: the input checks and both content loaders ask, from
 * the project root spelled as each has it (a trailing slash, a relative path), so the root is
 * resolved before it is part of the key.
 */
export function loadCatalogue(root: string): LoadedCatalogue {
  const dir = resolve(root);
  return once('catalogue', `${dir}#${inputStamp(dir)}`, () => {
    const { docs, errors } = readCommitted(dir);
    const ids = mdxNames(dir).map((n) => n.replace(/\.mdx$/, ''));
    const checked = checkCatalogue(dir, docs, ids);
    return errors.length ? { ...checked, duties: [], designations: [], errors: [...errors, ...checked.errors] } : checked;
  });
}

/** The report of every problem, as the build prints it. */
export function inputReport(errors: readonly { message: string }[]): string {
  return [
    `The site was not built: ${errors.length} problem(s) in its inputs.`,
    ...errors.map((e) => e.message),
    'Each names the file, the field and the fix. `npx node scripts/check-duties.ts` lists them again without building.',
  ].join('\n\n');
}
