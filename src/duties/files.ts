/**
 * Reads the duty files from src/content/duties and builds the catalogue against freshly compiled
 * documents. Node-only: used by the content loader, the scripts and the tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../documents/errors.ts';
import { compiledDocuments } from '../documents/sources.ts';
import { buildCatalogue, type Catalogue, type DutyFile } from './catalogue.ts';

export const DUTIES_DIR = 'src/content/duties';

export function readDutyFiles(root: string): { files: DutyFile[]; errors: InputError[] } {
  const files: DutyFile[] = [];
  const errors: InputError[] = [];
  for (const name of readdirSync(join(root, DUTIES_DIR)).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = `${DUTIES_DIR}/${name}`;
    try {
      files.push({ file, value: parse(readFileSync(join(root, file), 'utf8')) });
    } catch (e) {
      errors.push(new InputError(file, '(file)', `not readable YAML: ${(e as Error).message.split('\n')[0]}`, 'fix the YAML syntax at the line given'));
    }
  }
  return { files, errors };
}

/** The whole catalogue, checked; `errors` lists every problem found. */
export function loadCatalogue(root: string): Catalogue {
  const { files, errors } = readDutyFiles(root);
  const catalogue = buildCatalogue(files, compiledDocuments(root));
  return { duties: errors.length ? [] : catalogue.duties, errors: [...errors, ...catalogue.errors] };
}
