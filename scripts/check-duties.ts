/**
 * Runs the checks every build runs (integrations/checks.ts) and prints every problem: the sources
 * compile, the committed documents equal them, the duty and coverage files are whole and verbatim.
 * --strict: also list every case entry whose trigger is still to be quoted.
 */
import { checkInputs } from '../integrations/checks.ts';
import { ALLOW_PENDING_TRIGGERS } from '../src/duties/files.ts';

const strict = process.argv.includes('--strict');
const { duties, designations, errors } = checkInputs(process.cwd(), { allowPendingTriggers: ALLOW_PENDING_TRIGGERS && !strict });
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
