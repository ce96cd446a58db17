/** The benchmark's plain-text report and its JSON record (bench/out/latest.json). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SW_FILE } from '../../integrations/offline.ts';
import { FIRST_SNIPPETS } from '../../src/search/ui.ts';
import { percent } from '../../tests/search/evaluate.ts';
import type { BuildTime } from './build.ts';
import type { Budget } from './budgets.ts';
import { BUDGET, kb, root } from './common.ts';
import { LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_METRICS, type LighthouseScore } from './lighthouse.ts';
import type { OfflineBytes } from './offline.ts';
import { jsOf, type DocumentRatio, type PageWeight } from './pages.ts';
import { SEARCHES, type SearchBytes, type SearchRecall, type SpreadRun } from './search.ts';
import type { Transition } from './transition.ts';

/** Everything the benchmark measured. */
export interface Measured {
  built: BuildTime | null;
  pages: PageWeight[];
  typed: { type: string; page: PageWeight }[];
  docPages: PageWeight[];
  walkthroughs: PageWeight[];
  outcomes: PageWeight[];
  notSearch: PageWeight[];
  largest: PageWeight;
  ratios: DocumentRatio[];
  transition: Transition;
  searches: SearchBytes[];
  spread: { runs: SpreadRun[]; over: SpreadRun[]; heldOutOver: SpreadRun[] } | { error: string };
  recall: SearchRecall | { error: string };
  offline: OfflineBytes;
  scores: LighthouseScore[];
}

export function table(rows: string[][], align: ('l' | 'r')[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const pad = (s: string, w: number, a: 'l' | 'r') => {
    const len = [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    return a === 'r' ? ' '.repeat(w - len) + s : s + ' '.repeat(w - len);
  };
  return rows.map((r) => r.map((c, i) => pad(c, widths[i]!, align[i]!)).join('  ').trimEnd()).join('\n');
}

/** The build's times: the whole, and each phase as the build logged it. */
function buildLines(built: BuildTime | null): string[] {
  if (!built) return ['Full build: not measured (--no-build)'];
  const cpu = built.cpuSeconds === null ? '' : `, CPU ${built.cpuSeconds.toFixed(1)} s (user + system, every process)`;
  const memory = built.peakMemoryMB === null ? '' : `, peak memory ${built.peakMemoryMB.toFixed(0)} MB`;
  const lines = [`Full build (npm run build): ${built.seconds.toFixed(1)} s wall${cpu}${memory}`];
  if (built.phases.length) {
    lines.push(table([['phase', 'wall s', 'CPU s'], ...built.phases.map((p) => [p.name, p.seconds.toFixed(1), p.cpuSeconds.toFixed(1)])], ['l', 'r', 'r']));
    lines.push('  CPU per phase is the build process\'s own (Pagefind\'s indexer runs as a child process).');
  }
  return lines;
}

/** The report as text. */
export function report(m: Measured, budgets: readonly Budget[]): string {
  const { built, typed, ratios, notSearch, largest, searches, spread, recall, offline, scores } = m;
  const out: string[] = [];
  out.push('', `Benchmark  ${new Date().toISOString()}  (gzip level 6, each file compressed on its own; KB = 1024 B)`, '');
  out.push(...buildLines(built), '');
  out.push('Bytes per page type (KB)');
  out.push(
    table(
      [
        ['type', 'page', 'HTML raw', 'HTML gz', 'CSS gz', 'JS gz', 'other gz', 'first load gz', 'lazy JS gz'],
        ...typed.map(({ type, page: p }) => [
          type,
          p.path,
          kb(p.htmlRaw),
          kb(p.htmlGzip),
          kb(p.cssGzip),
          kb(jsOf(p)),
          kb(p.otherGzip),
          kb(p.firstLoadGzip),
          p.jsLazyGzip ? kb(p.jsLazyGzip) : '-',
        ]),
      ],
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  out.push('  JS gz = script files (with static imports) + inline scripts; other = icon, eager images;');
  out.push('  first load = HTML (with inline CSS and JS) + CSS + JS + other files; Pagefind not included.');
  out.push('', `Document pages against their own source text (gzip; budget ≤ ${BUDGET.documentRatio}×)`);
  out.push(
    table(
      [
        ['page', 'source', 'source gz', 'first load gz', 'ratio'],
        ...ratios.map((r) => [r.path, r.source, kb(r.sourceGzip), kb(r.firstLoadGzip), `${r.ratio.toFixed(2)}×`]),
      ],
      ['l', 'l', 'r', 'r', 'r'],
    ),
  );
  out.push('', `Largest first load (all ${notSearch.length} pages but search): ${largest.path}  ${kb(largest.firstLoadGzip)} KB gzip`);
  for (const [i, x] of searches.entries()) {
    out.push('', `First search for ${SEARCHES[i]!.what}: /search/?q=${x.query} (Chromium, /pagefind/ responses): ${x.error ? `FAILED: ${x.error}` : `${x.requests.length} requests, ${kb(x.raw)} KB raw, ~${kb(x.wire)} KB over the wire (gzip-estimated)`}`);
    if (x.requests.length) {
      out.push(
        table(
          [['kind', 'files', 'raw', '~wire'], ...Object.entries(x.byKind).map(([k, v]) => [k, String(v.count), kb(v.raw), kb(v.wire)])],
          ['l', 'r', 'r', 'r'],
        ),
      );
    }
  }
  out.push(`  Pagefind index on disk: ${kb(searches[0]?.indexOnDisk ?? 0)} KB (all files in dist/pagefind)`);
  if ('error' in spread) out.push('', `First search over the test set: FAILED: ${spread.error}`);
  else {
    const sorted = spread.runs.map((r) => r.wire).sort((a, b) => a - b);
    const withPf = spread.runs.filter((r) => r.pagefind).length;
    out.push('', `First search over the test set and the held-out sets (${spread.runs.length} queries, in Node; records.json, Pagefind's files if it loads, the first ${FIRST_SNIPPETS} fragments): median ${kb(sorted[Math.floor(sorted.length / 2)]!)} KB, largest ${kb(sorted.at(-1)!)} KB in at most ${Math.max(...spread.runs.map((r) => r.requests))} requests; Pagefind loads for ${withPf} of them`);
    for (const r of spread.over) out.push(`  over: ${r.query}: ${kb(r.wire)} KB in ${r.requests}`);
    for (const r of spread.heldOutOver) out.push(`  over, held-out (outside the vocabulary: Pagefind answers it; not held to the budget): ${r.query}: ${kb(r.wire)} KB in ${r.requests}`);
  }
  if ('error' in recall) out.push('', `Search recall at 5: FAILED: ${recall.error}`);
  else {
    out.push('', `Search recall at 5 (tests/search/queries.ts, on dist/): everyday language ${recall.everyday.hits}/${recall.everyday.total} (${percent(recall.everyday).toFixed(0)}%), policy terms ${recall.policy.hits}/${recall.policy.total} (${percent(recall.policy).toFixed(0)}%)`);
    for (const m of [...recall.everyday.misses, ...recall.policy.misses]) out.push(`  missed: ${m.q} → ${m.top.join(' | ') || 'nothing'}`);
    out.push(`Held-out set 2 (tests/search/held-out-2.ts, written before the vocabulary's families, never tuned on; the 16-of-18 target): ${recall.heldOut2.hits}/${recall.heldOut2.total}`);
    for (const m of recall.heldOut2.misses) out.push(`  missed: ${m.q} → ${m.top.join(' | ') || 'nothing'}`);
    out.push(`Held-out set 1 (tests/search/held-out.ts, spent: its misses were known when the vocabulary grew): ${recall.heldOut.hits}/${recall.heldOut.total}`);
    for (const m of recall.heldOut.misses) out.push(`  missed: ${m.q} → ${m.top.join(' | ') || 'nothing'}`);
  }
  out.push(
    '',
    `Offline (${SW_FILE}): ${offline.error ? `FAILED: ${offline.error}` : `the shell precaches ${offline.entries} files, ${kb(offline.raw)} KB raw, ~${kb(offline.wire)} KB over the wire (gzip-estimated), after the first visit`}`,
    ...offline.packs.map((p) => `  pack ${p.id}: one download of ${kb(p.bytes)} KB (${p.count} files, ${kb(p.size)} KB unpacked), saved only when the reader asks`),
    `  worker ${kb(offline.swRaw)} KB raw, ${kb(offline.swGzip)} KB gzip; script on every page (indicator + registration) ${offline.registerGzip} B gzip, counted in first loads, not as page JS`,
    `  build step (packs and ${SW_FILE}): ${offline.stepSeconds === null ? 'not measured (--no-build)' : `${offline.stepSeconds.toFixed(1)} s`}`,
  );
  if (scores.length) {
    out.push('', 'Lighthouse (mobile, simulated throttling)');
    out.push(
      table(
        [
          ['page', 'run', ...LIGHTHOUSE_CATEGORIES, ...Object.keys(LIGHTHOUSE_METRICS)],
          ...scores.map((s) =>
            s.error
              ? [s.path, String(s.run), `error: ${s.error}`, ...Array(LIGHTHOUSE_CATEGORIES.length + Object.keys(LIGHTHOUSE_METRICS).length - 1).fill('')]
              : [
                  s.path,
                  String(s.run),
                  ...LIGHTHOUSE_CATEGORIES.map((k) => String(s.scores[k] ?? '-')),
                  ...Object.keys(LIGHTHOUSE_METRICS).map((k) => s.metrics[k as keyof typeof LIGHTHOUSE_METRICS] ?? '-'),
                ],
          ),
        ],
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
  }
  out.push('', 'Budgets');
  for (const b of budgets) out.push(`  ${b.ok ? 'ok  ' : 'OVER'}  ${b.name}: ${b.detail}`);
  return out.join('\n');
}

/** Writes bench/out/latest.json; returns its path from the root. */
export function writeRecord(m: Measured, budgets: readonly Budget[]): string {
  const { built, pages, typed, largest, ratios, searches, spread, recall, offline, transition, outcomes, scores } = m;
  const json = { date: new Date().toISOString(), build: built, pages, pageTypes: typed.map((t) => ({ type: t.type, path: t.page.path })), largest: { path: largest.path, firstLoadGzip: largest.firstLoadGzip }, documentRatios: ratios, searches, searchSpread: spread, recall: 'error' in recall ? recall : { everyday: percent(recall.everyday), policy: percent(recall.policy), heldOut: `${recall.heldOut.hits}/${recall.heldOut.total}`, heldOut2: `${recall.heldOut2.hits}/${recall.heldOut2.total}` }, offline, transition, outcomePages: outcomes.length, lighthouse: scores, budgets };
  const file = join(root, 'bench/out/latest.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return relative(root, file);
}
