/**
 * The documents the tests run over, read from the registry (sources/registry.yaml): never counted
 * or listed by hand, so a document added with `npm run add-document` is tested like the others.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readRegistry } from '../src/documents/registry.ts';

export const DOCUMENT_IDS: readonly string[] = readRegistry(process.cwd()).entries.map((e) => e.id).sort();

const levelOf = (id: string) => (parse(readFileSync(`sources/${id}.meta.yaml`, 'utf8')) as { level?: string }).level;

/** The local documents (counties, the township template): the national laws are not counties (issue 17). */
export const LOCAL_IDS: readonly string[] = DOCUMENT_IDS.filter((id) => levelOf(id) !== 'national');

/** The national laws and regulations (level national). */
export const LAW_IDS: readonly string[] = DOCUMENT_IDS.filter((id) => levelOf(id) === 'national');

/**
 * The documents whose duty file holds entries. A document whose duties are still left to catalogue
 * (an empty file: the build warns) is held to the catalogue's tests once its entries come.
 */
export const CATALOGUED_IDS: readonly string[] = DOCUMENT_IDS.filter((id) => {
  const file = `src/content/duties/${id}.yaml`;
  return existsSync(file) && ((parse(readFileSync(file, 'utf8')) as unknown[] | null) ?? []).length > 0;
});
