/**
 * npm run coverage: lists every clause of every document as covered (with its duties) or left
 * out (with the reason), and the counts per document. Fails if a clause is neither.
 */
import { compiledDocuments } from '../src/documents/sources.ts';
import { coverageOf } from '../src/duties/coverage.ts';
import { loadCatalogue } from '../src/duties/files.ts';
import { run } from './run.ts';

const root = process.cwd();
const verbose = !process.argv.includes('--summary');
run(() => {
  const { duties, errors, coverage } = loadCatalogue(root);
  if (errors.length) throw errors[0];
  let failed = false;
  const totals: string[] = [];
  for (const doc of compiledDocuments(root)) {
    const file = `src/content/coverage/${doc.meta.id}.yaml`;
    const report = coverageOf(doc, duties, coverage.get(doc.meta.id) ?? []);
    const count = (s: string) => report.units.filter((u) => u.status === s).length;
    if (verbose) {
      console.log(`\n# ${doc.meta.id} — ${doc.meta.shortTitle}`);
      for (const u of report.units) {
        const what = u.status === 'covered' ? u.duties.join(', ') : u.status === 'left-out' ? `left out: ${u.reason}` : 'UNCLASSIFIED: add a duty or a reason';
        console.log(`${u.status === 'unclassified' ? '!' : ' '} ${u.id.padEnd(14)} ${what}`);
      }
    }
    for (const c of report.unknownClauses) console.log(`! ${file}: no clause "${c}" in ${doc.meta.id}`);
    totals.push(`${doc.meta.id.padEnd(18)} ${String(report.units.length).padStart(4)} clauses: ${String(count('covered')).padStart(3)} covered, ${String(count('left-out')).padStart(3)} left out, ${count('unclassified')} unclassified`);
    failed ||= count('unclassified') > 0 || report.unknownClauses.length > 0;
  }
  console.log(`\n${totals.join('\n')}\n${duties.length} duties in all.`);
  if (failed) {
    console.error('\nSome clauses are neither covered by a duty nor left out with a reason (marked !).');
    process.exit(1);
  }
});
