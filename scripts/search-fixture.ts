/**
 * npm run search:fixture — writes the fixture of the built index (tests/search/fixture.ts) from
 * dist/ (run `npm run build` first; this script builds when dist/pagefind is missing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnswers, RECORDS_DIR } from '../src/search/catalog.ts';
import { pagefindStrings } from '../tests/search/evaluate.ts';
import { FIXTURE, indexHash, sourcesHash, type IndexFixture } from '../tests/search/fixture.ts';
import { nodePagefind, siteTable } from '../integrations/pagefind-node.ts';
import { PROBES, QUERIES } from '../tests/search/queries.ts';
import { HELD_OUT } from '../tests/search/held-out.ts';
import { HELD_OUT_2 } from '../tests/search/held-out-2.ts';

const root = process.cwd();
const dist = join(root, 'dist');
if (!existsSync(join(dist, RECORDS_DIR))) {
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// Every document's table as one (the search page loads those of the reader's county and query).
const records: unknown = siteTable(dist);
const table = readAnswers(records);
const { ask, close } = await nodePagefind(dist);
const answers: IndexFixture['answers'] = {};
for (const s of [...new Set([...[...QUERIES, ...HELD_OUT, ...HELD_OUT_2].map((t) => t.q), ...PROBES].flatMap((q) => pagefindStrings(q, table)))].sort()) {
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
console.log(`${FIXTURE}: ${Object.keys(answers).length} Pagefind queries (beside the table's ${table.size} phrases) for ${QUERIES.length} test queries and ${HELD_OUT.length} + ${HELD_OUT_2.length} held-out`);
