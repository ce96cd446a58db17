/**
 * Everything the build publishes, checked before any page is drawn: the sources compile, the
 * committed documents equal what they compile to, every document has its duty and coverage files,
 * the duties stand verbatim in their clauses, and the coverage names clauses that exist.
 * Node-only: used by the build (integrations/checks.ts, the content loader), the scripts and the tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { committedDifferences } from '../documents/committed.ts';
import { InputError } from '../documents/errors.ts';
import type { CompiledDocument } from '../documents/model.ts';
import { compiledSources, documentIds, readYaml } from '../documents/sources.ts';
import { buildCatalogue, type Catalogue, type DutyFile } from './catalogue.ts';
import { CoverageFileSchema, type CoverageFile } from './coverage.ts';

export const DUTIES_DIR = 'src/content/duties';
export const COVERAGE_DIR = 'src/content/coverage';

const yamlNames = (root: string, dir: string) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).sort() : [];

export function readDutyFiles(root: string): { files: DutyFile[]; errors: InputError[] } {
  const files: DutyFile[] = [];
  const errors: InputError[] = [];
  for (const name of yamlNames(root, DUTIES_DIR)) {
    const file = `${DUTIES_DIR}/${name}`;
    try {
      files.push({ file, value: parse(readFileSync(join(root, file), 'utf8')) });
    } catch (e) {
      errors.push(new InputError(file, '(file)', `not readable YAML: ${(e as Error).message.split('\n')[0]}`, 'fix the YAML syntax at the line given'));
    }
  }
  return { files, errors };
}

/** Each document needs its own file in `dir`; a file there that names no document is an error too. */
function filesPerDocument(root: string, dir: string, docIds: readonly string[], what: string): InputError[] {
  const names = yamlNames(root, dir);
  const missing = docIds.filter((id) => !names.includes(`${id}.yaml`)).map((id) => new InputError(`${dir}/${id}.yaml`, '(file)',
    `is missing: every document has its ${what} file`,
    `restore it (git checkout -- ${dir}/${id}.yaml), or create it (README: How to add a duty)`));
  const stray = names.filter((n) => !docIds.includes(n.replace(/\.yaml$/, ''))).map((n) => new InputError(`${dir}/${n}`, '(file)',
    'names no document', `name the file after a document id: ${docIds.join(', ')}`));
  return [...missing, ...stray];
}

/** The coverage files of the documents: the clauses left out on purpose, each naming a clause that exists. */
export function readCoverage(root: string, docs: readonly CompiledDocument[]): { coverage: Map<string, CoverageFile>; errors: InputError[] } {
  const coverage = new Map<string, CoverageFile>();
  const errors: InputError[] = [];
  for (const doc of docs) {
    const file = `${COVERAGE_DIR}/${doc.meta.id}.yaml`;
    if (!existsSync(join(root, file))) continue; // reported by filesPerDocument
    try {
      const leftOut = readYaml(root, file, CoverageFileSchema, { schemaFile: 'src/duties/coverage.ts', missing: '' });
      const ids = new Set(['s0', ...doc.clauses.map((c) => c.id)]);
      leftOut.forEach((r, i) => {
        if (!ids.has(r.clause)) {
          errors.push(new InputError(file, `[${i}] ${r.clause}: clause`, `${doc.meta.id} has no clause "${r.clause}"`,
            'use an id from the document page\'s anchors (docs/clause-ids.md), or remove the entry'));
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

/** The whole catalogue, checked with everything else the build publishes; `errors` lists every problem found. */
export function loadCatalogue(root: string): Catalogue & { coverage: Map<string, CoverageFile> } {
  const { docs, errors: compileErrors } = compiledSources(root);
  const ids = documentIds(root);
  // A document that does not compile is reported once, not again through each of its duties.
  const failed = new Set(ids.filter((id) => !docs.some((d) => d.meta.id === id)));
  const { files, errors: readErrors } = readDutyFiles(root);
  // A file named after no document is reported as such, not through each of its entries.
  const catalogue = buildCatalogue(files.filter((f) => {
    const id = f.file.replace(/^.*\/|\.yaml$/g, '');
    return ids.includes(id) && !failed.has(id);
  }), docs);
  const { coverage, errors: coverageErrors } = readCoverage(root, docs);
  const errors = [
    ...compileErrors,
    ...committedDifferences(root, docs),
    ...filesPerDocument(root, DUTIES_DIR, ids, 'duty'),
    ...filesPerDocument(root, COVERAGE_DIR, ids, 'coverage'),
    ...readErrors,
    ...catalogue.errors,
    ...coverageErrors,
  ];
  return { duties: errors.length ? [] : catalogue.duties, errors, coverage };
}

/** The report of every problem, as the build prints it. */
export function inputReport(errors: readonly { message: string }[]): string {
  return [
    `The site was not built: ${errors.length} problem(s) in its inputs.`,
    ...errors.map((e) => e.message),
    'Each names the file, the field and the fix. `npx node scripts/check-duties.ts` lists them again without building.',
  ].join('\n\n');
}
