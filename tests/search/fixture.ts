/**
 * The fixture of the built index (tests/fixtures/search/index.json): Pagefind's answers, on the
 * built dist/, to every query string the search page sends for the test set, with the table of
 * records and two fingerprints that tell when it is stale:
 * - `sources`: the files that decide what is indexed and what is asked (content, src/search,
 *   the indexing integration, the test set);
 * - `index`: Pagefind's own fingerprint of the built index (pagefind-entry.json).
 * Regenerate with `npm run search:fixture` (builds first if dist/ is missing).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SearchIndex } from '../../src/search/answer.ts';
import { readAnswers, readCatalog } from '../../src/search/catalog.ts';

export const FIXTURE = 'tests/fixtures/search/index.json';
export const STALE = 'the search fixture is stale: run `npm run build && npm run search:fixture`, then commit tests/fixtures/search/index.json';

export interface IndexFixture {
  sources: string;
  index: string;
  records: unknown;
  answers: Record<string, [string, number][]>;
}

/** The inputs of the index and of the query plans. */
const SOURCES = ['src/content', 'src/search', 'src/glossary.ts', 'integrations/pagefind.ts', 'tests/search/queries.ts', 'tests/search/held-out.ts', 'tests/search/held-out-2.ts'];

function files(root: string, p: string): string[] {
  const full = join(root, p);
  if (!existsSync(full)) return [];
  if (!readdirSync(join(full, '..'), { withFileTypes: true }).find((e) => e.name === full.split(sep).at(-1))?.isDirectory()) return [p];
  return readdirSync(full, { withFileTypes: true }).flatMap((e) => files(root, join(p, e.name)));
}

export function sourcesHash(root: string): string {
  const h = createHash('sha256');
  for (const f of SOURCES.flatMap((p) => files(root, p)).sort()) {
    h.update(relative(root, join(root, f)).split(sep).join('/'));
    h.update(readFileSync(join(root, f)));
  }
  return h.digest('hex').slice(0, 16);
}

/** Pagefind's fingerprint of a built index (null when dist/ has none). */
export function indexHash(dist: string): string | null {
  const entry = join(dist, 'pagefind/pagefind-entry.json');
  if (!existsSync(entry)) return null;
  return createHash('sha256').update(readFileSync(entry)).digest('hex').slice(0, 16);
}

export const readFixture = (): IndexFixture => JSON.parse(readFileSync(FIXTURE, 'utf8')) as IndexFixture;

/** The built index as the search page has it: the table of answers, and Pagefind for the rest (as the fixture recorded it). */
export function fixtureIndex(fixture: IndexFixture): SearchIndex {
  return {
    catalog: readCatalog(fixture.records),
    answers: readAnswers(fixture.records),
    pagefind: async () => async (q) => {
      const a = fixture.answers[q];
      if (!a) throw new Error(`no answer for ${JSON.stringify(q)} in the fixture: ${STALE}`);
      return a.map(([id, score]) => ({ id, score }));
    },
  };
}
