/**
 * Runs the checks every build runs (integrations/checks.ts) and prints every problem: the sources
 * compile, the committed documents equal them, the duty and coverage files are whole and verbatim.
 * Then what is left to catalogue (a new document's sentences), as the build warns of it.
 */
import { checkInputs } from '../integrations/checks.ts';
import { workLeft, workLeftLines } from '../src/duties/work-left.ts';

const { duties, designations, errors, documents, coverage } = checkInputs(process.cwd());
for (const e of errors) console.error(`${e.message}\n`);
if (errors.length) {
  console.error(`${errors.length} problem(s) in the inputs.`);
  process.exit(1);
}
const perDoc = new Map<string, Map<string, number>>();
for (const d of duties) {
  const kinds = perDoc.get(d.document) ?? new Map<string, number>();
  perDoc.set(d.document, kinds);
  kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
}
console.log(`${duties.length} duties checked, ${designations.length} designation(s):`);
for (const [doc, kinds] of perDoc) console.log(`  ${doc.padEnd(18)} ${[...kinds.values()].reduce((a, b) => a + b, 0)}: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
for (const line of workLeftLines(workLeft(documents, duties, coverage))) console.warn(`warning: ${line}`);
