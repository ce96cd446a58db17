/**
 * What every part of the benchmark shares: where it runs, its options, the budgets it checks,
 * and how bytes are counted (gzip level 6, each file on its own; KB = 1024 B).
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const root = process.cwd();
export const dist = join(root, 'dist');
const argv = process.argv.slice(2);
export const args = new Set(argv);
export const lighthouseRuns = Math.max(1, Number(argv.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 1));
const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4321);
export const preview = { port, origin: `http://127.0.0.1:${port}` };

export const BUDGET = {
  /** The first search (issue 9): what it fetches of /pagefind/, gzip, and how many requests. */
  firstSearchWire: 150 * 1024,
  firstSearchRequests: 10,
  /** Recall at 5 of the everyday queries of the test set (tests/search/queries.ts). */
  everydayRecall: 90,
  /**
   * The fresh held-out everyday queries (tests/search/held-out-2.ts, 18, written before the vocabulary's families and never
   * tuned on) reaching an expected place (issue 16). The first set (held-out.ts) is spent: reported, not held to it.
   */
  heldOutHits: 16,
  /** A full build with the five documents, wall time on this machine (issue 16). */
  buildSeconds: 30,
  walkthroughJsGzip: 30 * 1024,
  /** An outcome page of a walkthrough, first load (gzip). */
  outcomeGzip: 60 * 1024,
  /** From an answer's tap to the next question drawn, in Chromium on this machine. */
  transitionMs: 50,
  firstLoadGzip: 100 * 1024,
  /** A document page's first load, as a multiple of its own source text (both gzip). */
  documentRatio: 2,
  /** A law page's own script (jump to an article, copy its link: issue 17), gzip, beyond what other document pages ship. */
  lawToolsJsGzip: 1536,
};

export const gz = (b: Uint8Array | string): number => gzipSync(b, { level: 6 }).length;
/** What a server compressing text would send: gzip, unless the file is already compressed. */
export const wire = (b: Uint8Array): number => Math.min(b.length, gz(b));
export const kb = (n: number): string => (n / 1024).toFixed(1);

export function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

/** The first search's budget: bytes over the wire and requests. */
export function withinSearchBudget(x: { wire: number; requests: number | readonly unknown[] }): boolean {
  const n = typeof x.requests === 'number' ? x.requests : x.requests.length;
  return x.wire <= BUDGET.firstSearchWire && n <= BUDGET.firstSearchRequests;
}
