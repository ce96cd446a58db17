/**
 * npm run compile: sources/ → src/content/documents/<id>.mdx, the only command that writes them.
 * With --check, writes nothing and fails if a committed file differs from a fresh compile (every
 * build runs the same check: integrations/checks.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toMdx } from '../src/documents/compile/mdx.ts';
import { committedFile } from '../src/documents/committed.ts';
import { compileAll } from '../src/documents/sources.ts';
import { run } from './run.ts';

const root = process.cwd();
const check = process.argv.includes('--check');

run(() => {
  const stale: string[] = [];
  for (const doc of compileAll(root)) {
    const file = committedFile(doc.meta.id);
    const mdx = toMdx(doc);
    const current = existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : null;
    if (current === mdx) continue;
    if (check) stale.push(file);
    else {
      writeFileSync(join(root, file), mdx);
      console.log(`compiled ${file} (${doc.clauses.length} clauses, ${doc.corrections.length} corrections)`);
    }
  }
  if (stale.length) {
    console.error(`These compiled documents differ from their sources: ${stale.join(', ')}\n  fix: run npm run compile and commit the result`);
    process.exit(1);
  }
});
