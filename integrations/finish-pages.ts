/**
 * The pages' finishing, after `astro build`: each page's inline CSS pruned to what it uses
 * (integrations/prune-css.ts), then its Content-Security-Policy written with the hashes of its
 * final inline styles and scripts (integrations/csp.ts). One read and one write per page, not one
 * per step; and the pages are shared among worker threads, one per core (at most four), since
 * each page is finished on its own. A page that stops the build (an inline script the site does
 * not author, an event handler) stops it with the worker's message.
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ASTRO_RUNTIME, clientChunks, scriptsIn } from './authored-scripts.ts';
import type { CspOptions } from './csp.ts';
import type { FinishJob, FinishResult } from './finish-worker.ts';
import { htmlFiles } from './html-files.ts';

const WORKER = new URL('./finish-worker.ts', import.meta.url);

function run(job: FinishJob): Promise<FinishResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job });
    worker.once('message', (result: FinishResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`finish-pages: a worker stopped with exit code ${code}`))));
  });
}

/** The pages dealt out in turn, so that each share holds as many of each kind of page (they sort by route). */
export function shares<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = Array.from({ length: Math.max(1, Math.min(n, items.length)) }, () => []);
  items.forEach((item, i) => out[i % out.length]!.push(item));
  return out;
}

export default function finishPages(options: CspOptions): AstroIntegration {
  // Filled before any page is rendered: src/'s scripts at setup, the client chunks as Vite writes them.
  const authored = new Set<string>(ASTRO_RUNTIME);
  return {
    name: 'finish-pages',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        for (const body of scriptsIn(fileURLToPath(config.srcDir))) authored.add(body);
        updateConfig({ vite: { plugins: [clientChunks(authored)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/[\\/]$/, '');
        const files = (await htmlFiles(site)).map((f) => relative(site, f));
        const threads = Math.min(4, availableParallelism());
        const results = await Promise.all(shares(files, threads).map((part) => run({ site, files: part, options, authored: [...authored] })));
        const failed = results.filter((r) => !r.ok);
        if (failed.length) throw new Error(failed.map((r) => r.error).join('\n'));
        const saved = results.reduce((n, r) => (r.ok ? n + r.before - r.after : n), 0);
        logger.info(`${files.length} pages on ${threads} threads: inline CSS pruned (${(saved / 1024).toFixed(0)} KB less HTML in all), policy written`);
      },
    },
  };
}
