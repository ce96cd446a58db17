/**
 * npm run search:fixture — writes the fixture of the built index (tests/search/fixture.ts) from
 * dist/ (run `npm run build` first; this script builds when dist/pagefind is missing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWERS_FILE, readAnswers, RECORDS_FILE } from '../src/search/catalog.ts';
import { pagefindStrings } from '../tests/search/evaluate.ts';
import { FIXTURE, indexHash, sourcesHash, type IndexFixture } from '../tests/search/fixture.ts';
import { nodePagefind } from '../integrations/pagefind-node.ts';
import { PROBES, QUERIES } from '../tests/search/queries.ts';
import { HELD_OUT } from '../tests/search/held-out.ts';

const root = process.cwd();
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'pagefind/records.json'))) {
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// records.json and answers.json as one table (the search page loads the second only when it needs it).
const read = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as Record<string, unknown>;
const records: unknown = { ...read(RECORDS_FILE), answers: read(ANSWERS_FILE).answers };
const table = readAnswers(records);
const { ask, close } = await nodePagefind(dist);
const answers: IndexFixture['answers'] = {};
for (const s of [...new Set([...[...QUERIES, ...HELD_OUT].map((t) => t.q), ...PROBES].flatMap((q) => pagefindStrings(q, table)))].sort()) {
  answers[s] = (await ask(s)).map((r) => [r.id, Math.round(r.score * 1000) / 1000]);
}
await close();
const fixture: IndexFixture = {
  sources: sourcesHash(root),
  index: indexHash(dist)!,
  records,
  answers,
};
writeFileSync(join(root, FIXTURE), `${JSON.stringify(fixture)}\n`);
console.log(`${FIXTURE}: ${Object.keys(answers).length} Pagefind queries (beside the table's ${table.size} phrases) for ${QUERIES.length} test queries and ${HELD_OUT.length} held-out`);
