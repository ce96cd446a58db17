/**
 * One worker of the pages' finishing (integrations/finish-pages.ts): for each of its pages, read
 * once, inline CSS pruned (prune-css.ts), the policy written with the pruned styles' hashes
 * (csp.ts), written once. Runs as plain Node (types stripped), outside Vite: it imports only
 * what runs there.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { withPolicy, type CspOptions } from './csp.ts';
import { prunePage } from './prune-css.ts';

export interface FinishJob {
  site: string;
  /** Pages, relative to site. */
  files: string[];
  options: CspOptions;
  /** The inline scripts the site authors (the policy hashes these and no other). */
  authored: string[];
}

export type FinishResult = { ok: true; before: number; after: number } | { ok: false; error: string };

async function finish({ site, files, options, authored }: FinishJob): Promise<FinishResult> {
  const allowed = new Set(authored);
  let before = 0;
  let after = 0;
  try {
    for (const file of files) {
      const path = join(site, file);
      const html = await readFile(path, 'utf8');
      const pruned = await prunePage(html, site, file);
      before += html.length;
      after += pruned.length;
      await writeFile(path, withPolicy(pruned, options, allowed, file));
    }
    return { ok: true, before, after };
  } catch (e) {
    // The build's own messages (a page the policy would break) name the page and the fix: pass them on whole.
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

if (parentPort) parentPort.postMessage(await finish(workerData as FinishJob));
