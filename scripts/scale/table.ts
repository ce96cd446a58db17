/**
 * The scale table (npm run scale): one column per library size, one row per figure, the budget of
 * issue 16 beside it, and a column projected to 2,800 documents: a straight line through the two
 * largest runs (what grows with the library grows along it; what does not stays level).
 */
import type { Phase } from '../bench/build.ts';
import type { Weights } from './measure.ts';

export interface ScaleRun extends Weights {
  documents: number;
  cpuSeconds: number;
  wallSeconds: number;
  peakMemoryMB: number;
  phases: Phase[];
}

export const PROJECTED = 2800;

const KB = 1024;
const MB = 1024 * 1024;
const size = (b: number) => (b >= MB ? `${(b / MB).toFixed(1)} MB` : `${(b / KB).toFixed(1)} KB`);
const secs = (s: number) => (s >= 3600 ? `${(s / 3600).toFixed(1)} h` : `${s.toFixed(0)} s`);

interface Row {
  what: string;
  budget: string;
  value: (r: ScaleRun) => number;
  show: (n: number) => string;
  /** A figure per document is projected from its total, not along its own line. */
  perDocument?: (r: ScaleRun) => number;
}

const ROWS: Row[] = [
  { what: 'build CPU (user + system)', budget: '', value: (r) => r.cpuSeconds, show: secs },
  { what: 'build CPU per document', budget: '≤ 1.2 × at 20', value: (r) => r.cpuSeconds / r.documents, show: (s) => `${s.toFixed(1)} s`, perDocument: (r) => r.cpuSeconds },
  { what: 'build wall time', budget: '', value: (r) => r.wallSeconds, show: secs },
  { what: 'peak memory (largest process)', budget: '≤ 2 GB', value: (r) => r.peakMemoryMB * MB, show: size },
  { what: 'pages', budget: '', value: (r) => r.pages, show: (n) => String(Math.round(n)) },
  { what: 'dist/ (files)', budget: '', value: (r) => r.distBytes, show: size },
  { what: 'shell, over the wire', budget: '≤ 500 KB', value: (r) => r.shellWire, show: size },
  { what: 'largest pack', budget: '≤ 3 MB', value: (r) => r.packLargest.bytes, show: size },
  { what: 'search index (/pagefind/)', budget: '', value: (r) => r.searchIndexBytes, show: size },
  { what: 'first search, largest of the test queries', budget: '≤ 150 KB', value: (r) => r.firstSearch.largestWire, show: size },
  { what: 'first search, median', budget: '', value: (r) => r.firstSearch.medianWire, show: size },
  { what: 'first search, most requests', budget: '≤ 10', value: (r) => r.firstSearch.maxRequests, show: (n) => String(Math.round(n)) },
  { what: 'largest page (HTML, gzip)', budget: '≤ 100 KB', value: (r) => r.largestPage.gzip, show: size },
  { what: 'pages over 100 KB gzip', budget: '0', value: (r) => r.pagesOver, show: (n) => String(Math.round(n)) },
  { what: 'largest file', budget: '≤ 1 MB', value: (r) => r.largestFile.bytes, show: size },
  { what: 'files over 1 MB', budget: '0', value: (r) => r.filesOver, show: (n) => String(Math.round(n)) },
];

/** The value at `n` documents on the line through the two largest runs (level when only one). */
export function project(runs: readonly { documents: number; value: number }[], n: number): number {
  const [a, b] = [...runs].sort((x, y) => x.documents - y.documents).slice(-2);
  if (!a) return 0;
  if (!b || b.documents === a.documents) return a.value;
  return Math.max(0, b.value + ((b.value - a.value) / (b.documents - a.documents)) * (n - b.documents));
}

export function table(runs: readonly ScaleRun[]): string {
  const sorted = [...runs].sort((a, b) => a.documents - b.documents);
  const head = ['', ...sorted.map((r) => `${r.documents} documents`), `${PROJECTED.toLocaleString('en')} (projected)`, 'budget'];
  const lines = ROWS.map((row) => {
    const projected = row.perDocument
      ? project(sorted.map((r) => ({ documents: r.documents, value: row.perDocument!(r) })), PROJECTED) / PROJECTED
      : project(sorted.map((r) => ({ documents: r.documents, value: row.value(r) })), PROJECTED);
    return [row.what, ...sorted.map((r) => row.show(row.value(r))), row.show(projected), row.budget];
  });
  const where = sorted.at(-1);
  const notes = where ? [`largest page at ${where.documents}: ${where.largestPage.path}; largest file: ${where.largestFile.path}; largest first search: ${where.firstSearch.largestQuery}`] : [];
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n') + (notes.length ? `\n\n${notes.join('\n')}` : '');
}
