/**
 * Generates the service worker (dist/sw.js) with Workbox after the build, so the site works with no
 * signal after one visit: every page, the open data, the Pagefind index and files, the walkthroughs.
 *
 * Runs after integrations/pagefind.ts (it must see dist/pagefind/) and integrations/csp.ts (it must
 * hash the final HTML). Each file is precached with a revision (a hash of its bytes): a new build
 * changes the revisions of what changed, the new worker fetches only those and, once active, drops
 * the old entries and any cache of an older Workbox precache (cleanupOutdatedCaches).
 */
import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** The worker's own file name; src/components/OfflineStatus.astro registers it. */
export const SW_FILE = 'sw.js';

/**
 * Query parameters that do not change which file answers: Pagefind's cache-busting `ts`
 * (pagefind-entry.json?ts=…), the search page's own query `q`, and tracking tags.
 */
const IGNORED_PARAMETERS = [/^ts$/, /^q$/, /^utm_/];

/** Which files of the built site are precached: all it serves but the worker itself. Also read by scripts/bench.ts. */
export function precached(site: string) {
  return {
    globDirectory: site,
    // Everything the site serves. Pagefind's UI bundles are never written (integrations/pagefind.ts).
    globPatterns: ['**/*'],
    globIgnores: [SW_FILE, `${SW_FILE}.map`, 'workbox-*.js', 'workbox-*.js.map'],
    // The largest files are the open data and Pagefind's wasm, well under this.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Astro's bundles carry a content hash in their names: no revision needed.
    dontCacheBustURLsMatching: /^_astro\//,
    // A revision only has to differ from the same file's previous one: 10 hex digits of the MD5
    // (a 1 in 10^12 chance of missing a change) instead of 32 keep the worker ~30 KB gzip smaller
    // with some 2,500 files, and the browser downloads the worker again at every update check.
    manifestTransforms: [
      <T extends { revision: string | null }>(entries: T[]) => ({ manifest: entries.map((e) => ({ ...e, revision: e.revision?.slice(0, 10) ?? null })), warnings: [] }),
    ],
  };
}

export default function offline(): AstroIntegration {
  return {
    name: 'offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const t0 = performance.now();
        const cpu0 = process.cpuUsage();
        const { count, size, warnings } = await generateSW({
          ...precached(site),
          swDest: join(site, SW_FILE),
          // /documents/x/ is answered by documents/x/index.html.
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: IGNORED_PARAMETERS,
          // A page this worker did not precache (new in a later build, or a mistyped address) is
          // asked of the network, so online the reader gets the server's answer, never a stale 404.
          // Only when the network fails does the precached 404 page answer (it suggests the nearest
          // existing page, and the offline bar says there is no network), instead of the browser's
          // offline error. Not navigateFallback: that answers every such page from the cache, online too.
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '/404.html' } },
            },
          ],
          cleanupOutdatedCaches: true,
          // The new build's worker takes over at once, so no stale page or index outlives a deploy.
          skipWaiting: true,
          clientsClaim: true,
          // One file: no second script for the worker to import.
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
        });
        for (const w of warnings) logger.warn(w);
        const seconds = ((performance.now() - t0) / 1000).toFixed(1);
        // CPU time as well: on a busy machine the wall time says more about the neighbours.
        const cpu = process.cpuUsage(cpu0);
        const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(1);
        const swBytes = statSync(join(site, SW_FILE)).size;
        logger.info(`${SW_FILE}: ${count} files precached (${(size / 1024).toFixed(0)} KB), worker ${(swBytes / 1024).toFixed(1)} KB, in ${seconds} s (${cpuSeconds} s CPU)`);
      },
    },
  };
}
