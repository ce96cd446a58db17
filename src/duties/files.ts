/**
 * Everything the build publishes, checked before any page is drawn: the sources compile, the
 * committed documents equal what they compile to, every document has its duty and coverage files,
 * the duties and designations stand verbatim in their clauses, and the coverage names clauses and
 * sentences that exist. Node-only: used by the build (integrations/checks.ts, the content loaders),
 * the scripts and the tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { attachments } from '../documents/attachments.ts';
import { committedDifferences } from '../documents/committed.ts';
import { InputError } from '../documents/errors.ts';
import type { CompiledDocument } from '../documents/model.ts';
import { compiledSources, documentIds } from '../documents/sources.ts';
import { readYamlPlaced, syntaxError } from '../documents/yaml-input.ts';
import { parseYaml } from '../documents/yaml-lines.ts';
import { restoreOr } from '../documents/restore.ts';
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

/** The whole catalogue and the designations, checked with everything else the build publishes; `errors` lists every problem found. */
export function loadCatalogue(root: string): LoadedCatalogue {
  const { docs, errors: compileErrors } = compiledSources(root);
  const ids = documentIds(root);
  // A document that does not compile is reported once, not again through each of its entries;
  // a file named after no document is reported as such, not through each of its entries.
  const usable = (f: DutyFile) => ids.includes(idOfFile(f.file)) && docs.some((d) => d.meta.id === idOfFile(f.file));
  const duties = readDutyFiles(root);
  const designations = readYamlFiles(root, DESIGNATIONS_DIR);
  const catalogue = buildCatalogue(duties.files.filter(usable), docs);
  const designated = buildDesignations(designations.files.filter((f) => !ids.includes(idOfFile(f.file)) || usable(f)), docs);
  const { coverage, errors: coverageErrors } = readCoverage(root, docs);
  const errors = [
    ...compileErrors,
    // A meta with a problem has one message: its compiled document differing follows from it.
    ...committedDifferences(root, docs.filter((d) => !compileErrors.some((e) => e.file === `sources/${d.meta.id}.meta.yaml`))),
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
  return { duties: ok ? catalogue.duties : [], designations: ok ? designated.designations : [], errors, coverage, documents: docs };
}

/** The report of every problem, as the build prints it. */
export function inputReport(errors: readonly { message: string }[]): string {
  return [
    `The site was not built: ${errors.length} problem(s) in its inputs.`,
    ...errors.map((e) => e.message),
    'Each names the file, the field and the fix. `npx node scripts/check-duties.ts` lists them again without building.',
  ].join('\n\n');
}
