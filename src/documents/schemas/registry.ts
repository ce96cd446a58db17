/**
 * sources/registry.yaml: every source file, the document compiled from it and its sha256, in one
 * committed list that the build reads. A source whose bytes differ from its registered hash stops
 * the build; a meta file names its source but never its hash, so it cannot overrule the registry.
 */
import * as z from 'zod';
import { DocumentId, Sha256, SourceFile } from './document.ts';

export const RegistryEntrySchema = z.strictObject({
  /** The source as received, byte-identical (sources/<name>.txt). */
  file: SourceFile,
  /** The document compiled from it (sources/<id>.meta.yaml). */
  id: DocumentId,
  /** sha256sum of the file: the build stops if its bytes differ. */
  sha256: Sha256,
  /** sha256 of src/content/documents/<id>.mdx as npm run compile last wrote it (a file that differs was edited by hand). */
  compiled: Sha256.optional(),
});

export const RegistrySchema = z.array(RegistryEntrySchema);

export type RegistryEntry = z.output<typeof RegistryEntrySchema>;
