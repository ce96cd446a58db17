/**
 * The documents the tests run over, read from the registry (sources/registry.yaml): never counted
 * or listed by hand, so a document added with `npm run add-document` is tested like the others.
 */
import { readRegistry } from '../src/documents/registry.ts';

export const DOCUMENT_IDS: readonly string[] = readRegistry(process.cwd()).entries.map((e) => e.id).sort();
