/**
 * The fix for a missing file: a file version control holds was deleted, and `git checkout` brings
 * it back; a file it does not hold (a new document's) was never written, and restoring it is no
 * fix. Asked of git only when a file is missing, so a build with every file present never runs it.
 */
import { spawnSync } from 'node:child_process';

/** Whether git tracks `file` (a path from `root`); false outside a repository or without git. */
export function tracked(root: string, file: string): boolean {
  const r = spawnSync('git', ['-C', root, 'ls-files', '--error-unmatch', '--', file], { stdio: 'ignore' });
  return r.status === 0;
}

/** "restore it (git checkout -- file), or <create>" for a tracked file; else only how to create it. */
export const restoreOr = (root: string, file: string, create: string): string =>
  tracked(root, file) ? `restore it (git checkout -- ${file}), or ${create}` : create;
