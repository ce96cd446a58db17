/**
 * npm run coverage: lists every sentence of every document as covered (with its entries) or left
 * out (with the reason), and the counts per document. Fails if a sentence is neither, or a reason
 * names a clause or sentence the document does not have.
 *   --summary          the counts only
 *   --document <id>    one document's sentences only
 */
import { coverageOf } from '../src/duties/coverage.ts';
import { loadCatalogue, readCommitted } from '../src/duties/files.ts';
import { run } from './run.ts';

/**
 * Documents whose coverage file still lists clauses, not yet re-read sentence by sentence: their
 * unclassified sentences are listed but do not fail the run. Remove a document once re-read.
 */
const SENTENCE_REVIEW_PENDING = new Set<string>([]);

const root = process.cwd();
const args = process.argv.slice(2);
const verbose = !args.includes('--summary');
const only = args.includes('--document') ? args[args.indexOf('--document') + 1] : null;
const short = (s: string) => (s.length > 48 ? `${s.slice(0, 46)}…` : s).replace(/\t/g, ' | ');
run(() => {
  const { duties, errors, coverage } = loadCatalogue(root);
  if (errors.length) throw errors[0];
  let failed = false;
  const totals: string[] = [];
  for (const doc of readCommitted(root).docs.filter((d) => !only || d.meta.id === only)) {
    const file = `src/content/coverage/${doc.meta.id}.yaml`;
    const report = coverageOf(doc, duties, coverage.get(doc.meta.id) ?? []);
    const count = (s: string) => report.units.filter((u) => u.status === s).length;
    const pending = SENTENCE_REVIEW_PENDING.has(doc.meta.id);
    if (verbose) {
      console.log(`\n# ${doc.meta.id} — ${doc.meta.shortTitle}${pending ? ' (not yet re-read sentence by sentence)' : ''}`);
      for (const u of report.units) {
        const what = u.status === 'covered' ? u.duties.join(', ') : u.status === 'left-out' ? `left out: ${u.reason}` : 'UNCLASSIFIED: add an entry or a reason';
        console.log(`${u.status === 'unclassified' ? '!' : ' '} ${u.id.padEnd(16)} ${short(u.text)}  → ${what}`);
      }
    }
    for (const c of report.unknown) console.log(`! ${file}: no clause or sentence "${c}" in ${doc.meta.id}`);
    totals.push(`${doc.meta.id.padEnd(18)} ${String(report.units.length).padStart(4)} sentences: ${String(count('covered')).padStart(3)} covered, ${String(count('left-out')).padStart(3)} left out, ${count('unclassified')} unclassified${pending ? ' (review pending)' : ''}`);
    failed ||= (!pending && count('unclassified') > 0) || report.unknown.length > 0;
  }
  console.log(`\n${totals.join('\n')}\n${duties.length} entries in all.`);
  if (failed) {
    console.error('\nSome sentences are neither covered by an entry nor left out with a reason (marked !).');
    process.exit(1);
  }
});
