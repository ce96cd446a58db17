/**
 * npm run compile: sources/ → src/content/documents/<id>.mdx, the only command that writes them.
 * A document edited by hand is not overwritten: the difference is shown, and `-- --force` overwrites
 * it. With --check, writes nothing and fails if a committed file differs from a fresh compile
 * (every build runs the same check: integrations/checks.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toMdx } from '../src/documents/compile/mdx.ts';
import { committedFile } from '../src/documents/committed.ts';
import { compileAll } from '../src/documents/sources.ts';
import { compileToContent } from '../src/documents/write.ts';
import { run } from './run.ts';

const root = process.cwd();

run(() => {
  if (process.argv.includes('--check')) {
    const stale = compileAll(root).map((doc) => ({ file: committedFile(doc.meta.id), mdx: toMdx(doc) }))
      .filter(({ file, mdx }) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== mdx)
      .map(({ file }) => file);
    if (stale.length) {
      console.error(`These compiled documents differ from their sources: ${stale.join(', ')}\n  fix: run npm run compile and commit the result`);
      process.exit(1);
    }
    return;
  }
  const { written, refused } = compileToContent(root, process.argv.includes('--force'));
  for (const file of written) console.log(`compiled ${file}`);
  for (const { id, file, diff } of refused) {
    console.error(`${file}: (file): differs from what npm run compile last wrote (a hand edit); not overwritten\n${diff}\n` +
      `  fix: declare the change in sources/${id}.corrections.yaml and run npm run compile -- --force to replace the edit; or keep the file as it is`);
  }
  if (refused.length) process.exit(1);
});
