/**
 * Reads the duty files (src/content/duties) and the designation files (src/content/designations)
 * and builds the catalogue against freshly compiled documents. Node-only: used by the content
 * loaders, the scripts and the tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../documents/errors.ts';
import { compiledDocuments } from '../documents/sources.ts';
import { buildCatalogue, buildDesignations, type Catalogue, type CatalogueOptions, type DutyFile } from './catalogue.ts';
import type { CataloguedDesignation } from './schema.ts';

export const DUTIES_DIR = 'src/content/duties';
export const DESIGNATIONS_DIR = 'src/content/designations';

/**
 * While the v2 migration's case entries still wait for their trigger words, the build lets the
 * PENDING_TRIGGER marker pass; `npx node scripts/check-duties.ts --strict` lists them all.
 * Switched off once every case entry quotes its trigger.
 */
export const ALLOW_PENDING_TRIGGERS = true;

function readYamlFiles(root: string, dir: string): { files: DutyFile[]; errors: InputError[] } {
  const files: DutyFile[] = [];
  const errors: InputError[] = [];
  if (!existsSync(join(root, dir))) return { files, errors };
  for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = `${dir}/${name}`;
    try {
      files.push({ file, value: parse(readFileSync(join(root, file), 'utf8')) });
    } catch (e) {
      errors.push(new InputError(file, '(file)', `not readable YAML: ${(e as Error).message.split('\n')[0]}`, 'fix the YAML syntax at the line given'));
    }
  }
  return { files, errors };
}

export const readDutyFiles = (root: string) => readYamlFiles(root, DUTIES_DIR);

export interface LoadedCatalogue extends Catalogue {
  designations: CataloguedDesignation[];
}

/** The whole catalogue and the designations, checked; `errors` lists every problem found. */
export function loadCatalogue(root: string, options: CatalogueOptions = { allowPendingTriggers: ALLOW_PENDING_TRIGGERS }): LoadedCatalogue {
  const duties = readDutyFiles(root);
  const designations = readYamlFiles(root, DESIGNATIONS_DIR);
  const docs = compiledDocuments(root);
  const catalogue = buildCatalogue(duties.files, docs, options);
  const designated = buildDesignations(designations.files, docs);
  const errors = [...duties.errors, ...designations.errors, ...catalogue.errors, ...designated.errors];
  return { duties: errors.length ? [] : catalogue.duties, designations: errors.length ? [] : designated.designations, errors };
}
