/**
 * The cataloguing still to do: per document, the sentences neither covered by an entry nor left
 * out with a reason. A new document (`npm run add-document`) starts with every sentence here and a
 * duty file of `[]`: the build goes on, so its page can be read while it is catalogued, but says
 * on every run how much is left, and `npm run coverage` (so `npm test`) fails until none is.
 */
import type { CompiledDocument } from '../documents/model.ts';
import { coverageOf, type CoverageFile } from './coverage.ts';
import type { CataloguedDuty } from './schema.ts';

export interface WorkLeft {
  document: string;
  /** The document's entries so far. */
  entries: number;
  /** Its sentences, and those not yet catalogued (no entry, no reason). */
  sentences: number;
  uncatalogued: number;
}

/** The documents with sentences not yet catalogued. */
export function workLeft(docs: readonly CompiledDocument[], duties: readonly CataloguedDuty[], coverage: ReadonlyMap<string, CoverageFile>): WorkLeft[] {
  return docs.flatMap((doc) => {
    const { units } = coverageOf(doc, duties, coverage.get(doc.meta.id) ?? []);
    const uncatalogued = units.filter((u) => u.status === 'unclassified').length;
    return uncatalogued ? [{ document: doc.meta.id, entries: duties.filter((d) => d.document === doc.meta.id).length, sentences: units.length, uncatalogued }] : [];
  });
}

/** One line per document, as the build and the scripts print it. */
export const workLeftLines = (left: readonly WorkLeft[]): string[] =>
  left.map((w) => `${w.document}: ${w.uncatalogued} of ${w.sentences} sentences not yet catalogued${w.entries ? '' : ' (no entries yet: its duty file is empty)'}; npm run coverage -- --document ${w.document} lists them (docs/adding-a-document.md)`);
