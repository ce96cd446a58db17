/**
 * Runs the checks every build runs (integrations/checks.ts) and prints every problem: the sources
 * compile, the committed documents equal them, the duty and coverage files are whole and verbatim.
 */
import { loadCatalogue } from '../src/duties/files.ts';

const { duties, errors } = loadCatalogue(process.cwd());
for (const e of errors) console.error(`${e.message}\n`);
if (errors.length) {
  console.error(`${errors.length} problem(s) in the inputs.`);
  process.exit(1);
}
const perDoc = new Map<string, number>();
for (const d of duties) perDoc.set(d.document, (perDoc.get(d.document) ?? 0) + 1);
console.log(`${duties.length} duties checked: ${[...perDoc].map(([d, n]) => `${d} ${n}`).join(', ')}`);
