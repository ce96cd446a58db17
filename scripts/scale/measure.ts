/**
 * What a built library weighs (npm run scale; run with the library as the working folder): its
 * pages, dist/, the offline shell and packs, the search index, a first search of every test query
 * (scripts/bench/search.ts: what the search page fetches, bytes over the wire and requests), the
 * largest page (its HTML gzipped, inline CSS and scripts included) and the largest file. Prints
 * one JSON object on the last line of stdout.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPacks } from '../../integrations/offline.ts';
import { shellBytes, shellFiles, siteFiles } from '../../integrations/offline-packs.ts';
import { dist, gz } from '../bench/common.ts';
import { firstSearchSpread } from '../bench/search.ts';

export interface Weights {
  pages: number;
  distBytes: number;
  files: number;
  shellWire: number;
  packLargest: { id: string; bytes: number };
  packMedian: number;
  searchIndexBytes: number;
  firstSearch: { medianWire: number; largestWire: number; largestQuery: string; maxRequests: number; over: number; error?: string };
  largestPage: { path: string; gzip: number };
  largestFile: { path: string; bytes: number };
  /** How many pages and files break the budgets: a page over 100 KB gzip, a file over 1 MB. */
  pagesOver: number;
  filesOver: number;
}

export const PAGE_BUDGET = 100 * 1024;
export const FILE_BUDGET = 1024 * 1024;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function weigh(): Promise<Weights> {
  const files = siteFiles(dist);
  let distBytes = 0;
  let largestFile = { path: '', bytes: 0 };
  let largestPage = { path: '', gzip: 0 };
  let pages = 0;
  let pagesOver = 0;
  let filesOver = 0;
  for (const f of files) {
    const bytes = statSync(join(dist, f)).size;
    distBytes += bytes;
    if (bytes > largestFile.bytes) largestFile = { path: f, bytes };
    if (bytes > FILE_BUDGET) filesOver++;
    if (!f.endsWith('.html')) continue;
    pages++;
    const gzip = gz(readFileSync(join(dist, f)));
    if (gzip > largestPage.gzip) largestPage = { path: f, gzip };
    if (gzip > PAGE_BUDGET) pagesOver++;
  }
  const packs = readPacks(dist).packs;
  const largestPack = [...packs].sort((a, b) => b.bytes - a.bytes)[0]!;
  const spread = await firstSearchSpread();
  const firstSearch = 'error' in spread
    ? { medianWire: 0, largestWire: 0, largestQuery: '', maxRequests: 0, over: 0, error: spread.error }
    : (() => {
        const top = [...spread.runs].sort((a, b) => b.wire - a.wire)[0]!;
        return { medianWire: median(spread.runs.map((r) => r.wire)), largestWire: top.wire, largestQuery: top.query, maxRequests: Math.max(...spread.runs.map((r) => r.requests)), over: spread.over.length };
      })();
  return {
    pages,
    distBytes,
    files: files.length,
    shellWire: shellBytes(dist, shellFiles(dist, files, packs.map((p) => p.id))).wire,
    packLargest: { id: largestPack.id, bytes: largestPack.bytes },
    packMedian: median(packs.map((p) => p.bytes)),
    searchIndexBytes: files.filter((f) => f.startsWith('/pagefind/')).reduce((n, f) => n + statSync(join(dist, f)).size, 0),
    firstSearch,
    largestPage,
    largestFile,
    pagesOver,
    filesOver,
  };
}

// Run as a script (npm run scale starts it in the library's folder): the figures as JSON.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) console.log(JSON.stringify(await weigh()));
