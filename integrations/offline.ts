/**
 * Offline, county by county, with consent (docs/009-offline-packs.md). After the build, from the
 * finished dist/ (so it runs after the CSS pruning, the policy and Pagefind):
 * 1. the packs: for every pack /offline/packs.json lists (written by src/pages/offline/packs.json.ts
 *    from the content: id, kind, title), its files (integrations/offline-packs.ts), one compressed
 *    download /offline/packs/<id>.<version>.gz and its list /offline/packs/<id>.json, made once, from
 *    the final pages (the save boxes read the sizes from packs.json: no page carries one), the
 *    packs compressed side by side (zlib's thread pool);
 * 2. the service worker, dist/sw.js: our source (src/offline/sw.ts: Workbox's precaching, routing,
 *    strategies and expiration, plus the lookup in saved packs) bundled with esbuild, and the
 *    shell's files injected by workbox-build's injectManifest, each with a revision.
 * The build stops when the shell or a pack is over its budget, or a page naming a document is not
 * in that document's pack.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { injectManifest } from 'workbox-build';
import { OFFLINE_PACKS, offlineBundleUrl, offlinePackUrl } from '../src/urls.ts';
import { type PackEntry, type PacksFile } from '../src/offline/packs.ts';
import { buildPack, offlineProblems, packFiles, shellBytes, shellFiles, siteFiles, type BuiltPack } from './offline-packs.ts';

/** The worker's own file name; src/components/OfflineStatus.astro registers it. */
export const SW_FILE = 'sw.js';
const SW_SOURCE = fileURLToPath(new URL('../src/offline/sw.ts', import.meta.url));

/** The packs of dist/ as listed in its packs.json (heads only, or complete). */
export function readPacks(site: string): PacksFile {
  return JSON.parse(readFileSync(join(site, OFFLINE_PACKS), 'utf8')) as PacksFile;
}

function makePacks(site: string, heads: readonly Pick<PackEntry, 'id' | 'kind' | 'title' | 'members'>[]): Promise<BuiltPack[]> {
  const files = siteFiles(site);
  const byId = packFiles(site, files, heads);
  return Promise.all(heads.map((h) => buildPack(site, h, byId.get(h.id)!, { list: offlinePackUrl(h.id), bundle: (v) => offlineBundleUrl(h.id, v) })));
}

/** Our worker source as one classic script (Workbox's modules bundled in, its development logging left out). */
async function bundleWorker(): Promise<string> {
  const out = await build({
    entryPoints: [SW_SOURCE],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
  });
  return out.outputFiles[0]!.text;
}

export default function offline(): AstroIntegration {
  return {
    name: 'offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const t0 = performance.now();
        const cpu0 = process.cpuUsage();
        const heads = readPacks(site).packs.map(({ id, kind, title, members }) => ({ id, kind, title, ...(members ? { members } : {}) }));

        const packs = await makePacks(site, heads);
        for (const p of packs) {
          mkdirSync(dirname(join(site, p.entry.bundle)), { recursive: true });
          writeFileSync(join(site, p.entry.bundle), p.bundle);
          writeFileSync(join(site, p.entry.list), JSON.stringify(p.list));
        }
        writeFileSync(join(site, OFFLINE_PACKS), JSON.stringify({ v: 1, packs: packs.map((p) => p.entry) } satisfies PacksFile));

        const files = siteFiles(site);
        const ids = heads;
        const shell = shellFiles(site, files, ids);
        const { wire, raw } = shellBytes(site, shell);
        const problems = offlineProblems({ files: shell, wire }, packs, files, ids);
        if (problems.length) throw new Error(`offline: ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);

        const swPath = join(site, SW_FILE);
        writeFileSync(swPath, await bundleWorker());
        const { count, warnings } = await injectManifest({
          swSrc: swPath,
          swDest: swPath,
          globDirectory: site,
          globPatterns: shell.map((f) => f.slice(1)),
          // Astro's bundles carry a content hash in their names: no revision needed.
          dontCacheBustURLsMatching: /^_astro\//,
          // A revision only has to differ from the same file's previous one: 10 hex digits of the MD5.
          manifestTransforms: [
            <T extends { revision: string | null }>(entries: T[]) => ({ manifest: entries.map((e) => ({ ...e, revision: e.revision?.slice(0, 10) ?? null })), warnings: [] }),
          ],
        });
        for (const w of warnings) logger.warn(w);
        const sw = readFileSync(swPath);
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        logger.info(`shell: ${count} files, ${kb(wire)} over the wire (${kb(raw)} raw); ${SW_FILE} ${kb(sw.length)} (${kb(gzipSync(sw).length)} gzip)`);
        for (const p of packs) logger.info(`pack ${p.entry.id}: ${p.entry.count} files, ${kb(p.entry.bytes)} download (${kb(p.entry.size)} unpacked)`);
        // CPU time as well: on a busy machine the wall time says more about the neighbours.
        const cpu = process.cpuUsage(cpu0);
        logger.info(`packs and ${SW_FILE} in ${((performance.now() - t0) / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`);
      },
    },
  };
}
