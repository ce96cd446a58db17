/**
 * npm run bench [-- --no-build] [-- --lighthouse]
 *
 * Builds the site once (`npm run build`: compile + astro build + pagefind), timing it, then
 * measures what a phone downloads:
 * - per page type: HTML (raw and gzip), CSS gzip, JS gzip. JS is what the page's <script> tags,
 *   module preloads and islands load from dist/, with their static imports, plus inline scripts;
 *   Pagefind (/pagefind/) is counted apart, as search. Other first-load files (the icon, eager
 *   images) are counted too; inline <style> and <script> are inside the HTML bytes.
 * - per document page: its first load against the gzip size of its own source text
 *   (sources/<file>.txt, named in sources/<id>.meta.yaml), budget 2×;
 * - the largest first load (HTML + CSS + JS files, gzip) of any page but search;
 * - what a first search fetches: Chromium opens /search/?q=… for three kinds of query (a term of
 *   the search's vocabulary, an everyday question, a phrase only Pagefind answers) and every
 *   /pagefind/ response is summed (raw, and gzip-estimated as a server would send it); and, in
 *   Node, the same sum for every query of the test set (tests/search/queries.ts).
 * and compares them with the budgets in DESIGN.md. Prints a plain-text report, writes
 * bench/out/latest.json, and exits 1 if a budget is broken.
 *
 * --no-build      measure the existing dist/ (build time not measured)
 * --lighthouse    also run Lighthouse (mobile, all four categories) on home and one document page
 * --lighthouse-runs=N   run it N times per page (its simulated timings vary from run to run)
 * CHROMIUM_PATH   the Chromium binary (default: Playwright's, else /usr/bin/chromium)
 * BENCH_PORT      preview port (default 4321; a server already there is reused if it serves this dist/)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { chromium } from '@playwright/test';
import { readPacks, SW_FILE } from '../integrations/offline.ts';
import { PACK_BUDGET, SHELL_BUDGET, shellBytes, shellFiles, siteFiles } from '../integrations/offline-packs.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/chromium.ts';
import { percent, recallAt5 } from '../tests/search/evaluate.ts';
import { nodePagefind, siteIndex } from '../integrations/pagefind-node.ts';
import { needsAnswers, search as runSearch, type Ask } from '../src/search/answer.ts';
import { ANSWERS_FILE, hasFragment, readAnswers, readCatalog, RECORDS_FILE } from '../src/search/catalog.ts';
import { vocabulary } from '../src/search/synonyms.ts';
import { FIRST_SNIPPETS } from '../src/search/ui.ts';
import { GLOSSARY, planFor } from '../tests/search/evaluate.ts';
import { QUERIES } from '../tests/search/queries.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const argv = process.argv.slice(2);
const args = new Set(argv);
const lighthouseRuns = Math.max(1, Number(argv.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 1));
const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4321);
const origin = `http://127.0.0.1:${port}`;
/** First searches measured in Chromium: one of each way a query is answered (src/search/answer.ts). */
const SEARCHES = [
  { query: '强制报告', what: 'a term of the vocabulary (answered by the table in answers.json)' },
  { query: '孩子爸爸被抓了孩子谁管', what: "an everyday question (looked up in the documents' words, from the table)" },
  { query: '家庭教育', what: 'a phrase outside the vocabulary (Pagefind loads, with the index chunks it needs)' },
  { query: '強制報告', what: 'traditional characters (folded to simplified by the page, then as 强制报告)' },
] as const;

const BUDGET = {
  /** The first search (issue 9): what it fetches of /pagefind/, gzip, and how many requests. */
  firstSearchWire: 150 * 1024,
  firstSearchRequests: 10,
  /** Recall at 5 of the everyday queries of the test set (tests/search/queries.ts). */
  everydayRecall: 90,
  buildSeconds: 60,
  walkthroughJsGzip: 30 * 1024,
  /** An outcome page of a walkthrough, first load (gzip). */
  outcomeGzip: 60 * 1024,
  /** From an answer's tap to the next question drawn, in Chromium on this machine. */
  transitionMs: 50,
  firstLoadGzip: 100 * 1024,
  /** A document page's first load, as a multiple of its own source text (both gzip). */
  documentRatio: 2,
};

const gz = (b: Uint8Array | string): number => gzipSync(b, { level: 6 }).length;
/** What a server compressing text would send: gzip, unless the file is already compressed. */
const wire = (b: Uint8Array): number => Math.min(b.length, gz(b));
const kb = (n: number): string => (n / 1024).toFixed(1);

// ——— build ———

/** Seconds the offline step (service worker generation) took, from the build's own log line. */
let offlineStepSeconds: number | null = null;

function build(): number | null {
  if (args.has('--no-build')) {
    if (!existsSync(join(dist, 'index.html'))) fail('dist/ is missing: run without --no-build, or `npm run build` first');
    return null;
  }
  console.log('Building (npm run build) …');
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    fail(`npm run build failed (exit ${r.status})`);
  }
  const step = /\[offline\] .* in ([\d.]+) s/.exec(r.stdout ?? '');
  offlineStepSeconds = step ? Number(step[1]) : null;
  return seconds;
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ——— page weights ———

interface PageWeight {
  path: string;
  htmlRaw: number;
  htmlGzip: number;
  cssGzip: number;
  /** External JS files (with their static imports), gzip each; the offline script apart. */
  jsFilesGzip: number;
  /** The offline indicator and worker registration (OfflineStatus.astro), on every page. */
  jsOfflineGzip: number;
  /** Inline executable <script> bodies, gzip (already inside the HTML bytes). */
  jsInlineGzip: number;
  /** JS only imported dynamically (loaded later, if at all). */
  jsLazyGzip: number;
  /** Other files fetched on first load: the icon, eager images (wire size). */
  otherGzip: number;
  css: string[];
  js: string[];
  other: string[];
  /** HTML + CSS + JS files + other files, gzip. */
  firstLoadGzip: number;
  islands: number;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

function sitePath(file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`;
}

function distFile(url: string, from: string): string | null {
  const u = new URL(url, `${origin}${from}`);
  if (u.origin !== origin) return null;
  const p = decodeURIComponent(u.pathname);
  const file = resolve(dist, `.${p}`);
  return existsSync(file) && file.startsWith(dist + sep) ? file : null;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

const isPagefind = (path: string): boolean => path.startsWith('/pagefind/');
const isOffline = (path: string): boolean => /^\/_astro\/OfflineStatus\./.test(path);

/** A JS file and its static imports (transitively), and the dynamic imports seen on the way. */
function jsGraph(entries: string[], fromPath: string): { files: Set<string>; lazy: Set<string> } {
  const files = new Set<string>();
  const lazy = new Set<string>();
  const queue = entries.map((e) => ({ url: e, from: fromPath }));
  while (queue.length) {
    const { url, from } = queue.shift()!;
    const file = distFile(url, from);
    if (!file) continue;
    const path = `/${relative(dist, file).split(sep).join('/')}`;
    if (isPagefind(path) || files.has(path)) continue;
    files.add(path);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) queue.push({ url: m[1]!, from: path });
    for (const m of text.matchAll(DYNAMIC_IMPORT)) {
      const f = distFile(m[1]!, path);
      if (f) lazy.add(`/${relative(dist, f).split(sep).join('/')}`);
    }
  }
  for (const f of files) lazy.delete(f);
  for (const f of [...lazy]) if (isPagefind(f)) lazy.delete(f);
  return { files, lazy };
}

const fileGzip = (path: string): number => gz(readFileSync(join(dist, path)));

function weigh(file: string): PageWeight {
  const path = sitePath(file);
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const css = new Set<string>();
  const other = new Set<string>();
  const jsEntries: string[] = [];
  let jsInlineGzip = 0;
  let islands = 0;
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      const f = distFile(href, path);
      if (f) css.add(`/${relative(dist, f).split(sep).join('/')}`);
    } else if (rel.includes('modulepreload')) jsEntries.push(href);
    else if (rel.includes('icon') || rel.includes('preload')) {
      const f = distFile(href, path);
      if (f) other.add(`/${relative(dist, f).split(sep).join('/')}`);
    }
  }
  for (const m of text.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(m[0], 'src');
    if (!src || (attr(m[0], 'loading') ?? '').toLowerCase() === 'lazy') continue;
    const f = distFile(src, path);
    if (f) other.add(`/${relative(dist, f).split(sep).join('/')}`);
  }
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = `<script ${m[1]}>`;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const src = attr(tag, 'src');
    if (src) jsEntries.push(src);
    else if (m[2]!.trim()) {
      jsInlineGzip += gz(m[2]!);
      for (const i of m[2]!.matchAll(STATIC_IMPORT)) jsEntries.push(i[1]!);
    }
  }
  for (const m of text.matchAll(/<astro-island\b[^>]*>/gi)) {
    islands++;
    for (const a of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const u = attr(m[0], a);
      if (u) jsEntries.push(u);
    }
  }
  const { files, lazy } = jsGraph(jsEntries, path);
  const htmlGzip = gz(html);
  const cssGzip = [...css].reduce((n, f) => n + fileGzip(f), 0);
  const jsFilesGzip = [...files].filter((f) => !isOffline(f)).reduce((n, f) => n + fileGzip(f), 0);
  const jsOfflineGzip = [...files].filter(isOffline).reduce((n, f) => n + fileGzip(f), 0);
  const jsLazyGzip = [...lazy].reduce((n, f) => n + fileGzip(f), 0);
  const otherGzip = [...other].reduce((n, f) => n + wire(readFileSync(join(dist, f))), 0);
  return {
    path,
    htmlRaw: html.length,
    htmlGzip,
    cssGzip,
    jsFilesGzip,
    jsOfflineGzip,
    jsInlineGzip,
    jsLazyGzip,
    otherGzip,
    css: [...css],
    js: [...files],
    other: [...other],
    firstLoadGzip: htmlGzip + cssGzip + jsFilesGzip + jsOfflineGzip + otherGzip,
    islands,
  };
}

// ——— search quality: the query test set on dist/ ———

async function searchRecall(): Promise<Awaited<ReturnType<typeof recallAt5>> | { error: string }> {
  if (!existsSync(join(dist, 'pagefind/records.json'))) return { error: 'no search index in dist/' };
  const index = await siteIndex(dist);
  try {
    return await recallAt5(index);
  } finally {
    await index.close();
  }
}

// ——— the first search of every test query, in Node ———

interface SpreadRun {
  query: string;
  wire: number;
  requests: number;
  pagefind: boolean;
}

/**
 * What a first search of each test query fetches, as the search page would: records.json; if a
 * look-up needs Pagefind, its script and the files it fetches; the fragments of the first results.
 */
async function firstSearchSpread(): Promise<{ runs: SpreadRun[]; over: SpreadRun[] } | { error: string }> {
  if (!existsSync(join(dist, RECORDS_FILE.slice(1)))) return { error: 'no search index in dist/' };
  const read = (path: string): unknown => JSON.parse(readFileSync(join(dist, path.slice(1)), 'utf8'));
  const file = read(RECORDS_FILE);
  const catalog = readCatalog(file);
  const table = readAnswers(read(ANSWERS_FILE), file);
  const vocab = new Set(vocabulary(GLOSSARY));
  const bytes = (path: string) => wire(readFileSync(join(dist, path)));
  const runs: SpreadRun[] = [];
  for (const t of QUERIES) {
    const plan = planFor(t.q);
    // As the page does (ui.ts indexFor): answers.json only when a first look-up is in the vocabulary.
    const withAnswers = needsAnswers(plan, vocab);
    const answers = withAnswers ? table : new Map();
    const fetched = new Set([RECORDS_FILE, ...(withAnswers ? [ANSWERS_FILE] : [])]);
    let pf: { ask: Ask; close: () => Promise<void> } | null = null;
    const pagefind = async () => {
      pf ??= await nodePagefind(dist, (p) => fetched.add(p));
      fetched.add('/pagefind/pagefind.js');
      return pf.ask;
    };
    try {
      const results = await runSearch({ catalog, answers, pagefind }, plan);
      for (const r of results.slice(0, FIRST_SNIPPETS).filter((x) => hasFragment(x.entry))) fetched.add(`/pagefind/fragment/${r.entry.id}.pf_fragment`);
    } finally {
      await (pf as { close: () => Promise<void> } | null)?.close();
    }
    runs.push({ query: t.q, wire: [...fetched].reduce((n, p) => n + bytes(p), 0), requests: fetched.size, pagefind: pf !== null });
  }
  return { runs, over: runs.filter((r) => !withinSearchBudget(r)) };
}

function withinSearchBudget(x: { wire: number; requests: number | readonly unknown[] }): boolean {
  const n = typeof x.requests === 'number' ? x.requests : x.requests.length;
  return x.wire <= BUDGET.firstSearchWire && n <= BUDGET.firstSearchRequests;
}

// ——— the first search, measured in Chromium ———

interface SearchBytes {
  query: string;
  requests: { path: string; raw: number; wire: number }[];
  raw: number;
  wire: number;
  byKind: Record<string, { count: number; raw: number; wire: number }>;
  indexOnDisk: number;
  error?: string;
}


async function answering(): Promise<string | null> {
  try {
    const r = await fetch(`${origin}/`, { signal: AbortSignal.timeout(1500) });
    return await r.text();
  } catch {
    return null;
  }
}

/** Starts `astro preview` unless this dist/ is already served on the port; returns the child to stop. */
async function startPreview(): Promise<ChildProcess | null> {
  const existing = await answering();
  if (existing !== null) {
    if (existing === readFileSync(join(dist, 'index.html'), 'utf8')) return null;
    fail(`${origin} is taken by a server that is not serving this dist/ (set BENCH_PORT)`);
  }
  const bin = join(root, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [bin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  for (let i = 0; i < 120; i++) {
    if ((await answering()) !== null) return child;
    if (child.exitCode !== null) fail(`astro preview exited: ${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  fail(`astro preview did not answer on ${origin}: ${stderr}`);
}

/** Stops the preview this script started (by its own pid), waiting for it to exit. */
async function stopPreview(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

function kindOf(path: string): string {
  const name = path.slice('/pagefind/'.length);
  if (name === 'pagefind.js') return 'pagefind.js';
  if (name === 'pagefind-worker.js') return 'worker';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name === 'pagefind-entry.json') return 'entry';
  if (name === 'records.json') return 'records';
  if (name === 'answers.json') return 'answers';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.startsWith('index/')) return 'index chunks';
  if (name.startsWith('fragment/')) return 'fragments';
  if (name.startsWith('filter/')) return 'filters';
  return 'other';
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : readFileSync(p).length;
  }
  return n;
}

async function measureSearch(query: string): Promise<SearchBytes> {
  const result: SearchBytes = { query, requests: [], raw: 0, wire: 0, byKind: {}, indexOnDisk: dirBytes(join(dist, 'pagefind')) };
  if (!existsSync(join(dist, 'search/index.html'))) return { ...result, error: 'no search page in dist/' };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: 'zh-CN',
      // A first visit's own requests only: the offline worker's precache download is reported apart.
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const seen = new Set<string>();
    page.on('response', (response) => {
      const u = new URL(response.url());
      if (u.origin !== origin || !isPagefind(u.pathname)) return;
      const key = u.pathname;
      if (seen.has(key)) return;
      seen.add(key);
      pending.push(
        response.body().then(
          (body) => void result.requests.push({ path: key, raw: body.length, wire: wire(body) }),
          () => undefined,
        ),
      );
    });
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] li a[href]').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  } catch (e) {
    result.error = `search did not show results: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    await browser.close();
  }
  result.requests.sort((a, b) => a.path.localeCompare(b.path));
  for (const r of result.requests) {
    result.raw += r.raw;
    result.wire += r.wire;
    const k = (result.byKind[kindOf(r.path)] ??= { count: 0, raw: 0, wire: 0 });
    k.count++;
    k.raw += r.raw;
    k.wire += r.wire;
  }
  return result;
}

// ——— offline: the shell the first visit installs, and the packs a reader can save ———

interface OfflineBytes {
  /** The shell: files, raw bytes, and bytes over the wire (each file gzip-estimated as a compressing server sends it). */
  entries: number;
  raw: number;
  wire: number;
  /** Each pack: its one download (bytes over the wire), unpacked size and files. */
  packs: { id: string; bytes: number; size: number; count: number }[];
  swRaw: number;
  swGzip: number;
  /** The script on every page (indicator + registration), gzip. */
  registerGzip: number;
  /** The build step (packs and worker), from the build log. */
  stepSeconds: number | null;
  error?: string;
}

async function measureOffline(pages: PageWeight[]): Promise<OfflineBytes> {
  const sw = join(dist, SW_FILE);
  const registerGzip = Math.max(0, ...pages.map((p) => p.jsOfflineGzip));
  const none = { entries: 0, raw: 0, wire: 0, packs: [], swRaw: 0, swGzip: 0, registerGzip, stepSeconds: offlineStepSeconds };
  if (!existsSync(sw)) return { ...none, error: `no ${SW_FILE} in dist/` };
  const packs = readPacks(dist).packs;
  const shell = shellFiles(dist, siteFiles(dist), packs.map((p) => p.id));
  const swBytes = readFileSync(sw);
  return { ...none, entries: shell.length, ...shellBytes(dist, shell), packs: packs.map(({ id, bytes, size, count }) => ({ id, bytes, size, count })), swRaw: swBytes.length, swGzip: gz(swBytes) };
}

// ——— a walkthrough transition, measured in Chromium ———

interface Transition {
  path: string | null;
  /** Each run's time from the tap to the next question drawn (ms). */
  runs: number[];
  median: number | null;
  error?: string;
}

/** The first question page of a walkthrough that asks two questions in a row (from the open data). */
function twoQuestionPage(): string | null {
  const file = join(dist, 'data/walkthroughs.json');
  if (!existsSync(file)) return null;
  const { outcomes } = JSON.parse(readFileSync(file, 'utf8')) as { outcomes: { url: string; answers: Record<string, string> }[] };
  const two = outcomes.find((o) => Object.keys(o.answers).length >= 2);
  return two ? two.url.split('/').slice(0, 5).join('/') + '/' : null;
}

async function measureTransition(): Promise<Transition> {
  const path = twoQuestionPage();
  if (!path) return { path, runs: [], median: null, error: 'no walkthrough asks two questions in a row' };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const runs: number[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' })).newPage();
    for (let i = 0; i < 7; i++) {
      await page.goto(`${origin}${path}`);
      await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' }); // hydrated
      runs.push(
        await page.evaluate(
          () =>
            new Promise<number>((done) => {
              const before = document.querySelector('.walk-ask h1')?.textContent;
              const t0 = performance.now();
              const seen = new MutationObserver(() => {
                if (document.querySelector('.walk-ask h1')?.textContent !== before) {
                  seen.disconnect();
                  done(performance.now() - t0);
                }
              });
              seen.observe(document.body, { subtree: true, childList: true, characterData: true });
              document.querySelector<HTMLAnchorElement>('.walk-option')!.click();
            }),
        ),
      );
    }
  } catch (e) {
    return { path, runs, median: null, error: (e as Error).message.split('\n')[0] };
  } finally {
    await browser.close();
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { path, runs, median: sorted[Math.floor(sorted.length / 2)]! };
}

// ——— Lighthouse (optional) ———

const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The timings behind the performance score, shown so a score below 100 says why. */
const LIGHTHOUSE_METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

interface LighthouseScore {
  path: string;
  run: number;
  scores: Partial<Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number | null>>;
  metrics: Partial<Record<keyof typeof LIGHTHOUSE_METRICS, string>>;
  error?: string;
}

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { displayValue?: string }>;
}

function lighthouse(paths: string[], runs: number): LighthouseScore[] {
  const local = join(root, 'node_modules/.bin/lighthouse');
  const [cmd, pre] = existsSync(local) ? [local, []] : ['npx', ['-y', 'lighthouse@13.5.0']];
  const chrome = chromiumPath() ?? chromium.executablePath();
  const out: LighthouseScore[] = [];
  for (const path of paths) {
    for (let run = 1; run <= runs; run++) {
      console.log(`Lighthouse (mobile) ${path}${runs > 1 ? ` run ${run}/${runs}` : ''} …`);
      const r = spawnSync(
        cmd,
        [
          ...pre,
          `${origin}${path}`,
          `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
        ],
        { cwd: root, encoding: 'utf8', env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
      );
      const base = { path, run, scores: {}, metrics: {} };
      if (r.status !== 0) {
        out.push({ ...base, error: (r.stderr || '').trim().split('\n').slice(-3).join(' ') });
        continue;
      }
      try {
        const lhr = JSON.parse(r.stdout) as LighthouseReport;
        const score = (k: string) => (lhr.categories[k]?.score == null ? null : Math.round(lhr.categories[k]!.score! * 100));
        out.push({
          ...base,
          scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((k) => [k, score(k)])),
          metrics: Object.fromEntries(Object.entries(LIGHTHOUSE_METRICS).map(([k, id]) => [k, lhr.audits[id]?.displayValue ?? '-'])),
        });
      } catch (e) {
        out.push({ ...base, error: `unreadable report: ${(e as Error).message}` });
      }
    }
  }
  return out;
}

// ——— document pages against their own sources ———

interface DocumentRatio {
  path: string;
  id: string;
  source: string;
  sourceGzip: number;
  firstLoadGzip: number;
  ratio: number;
}

/** Each document page's first load over the gzip size of the source text it was compiled from. */
function documentRatios(docPages: PageWeight[]): DocumentRatio[] {
  return docPages.map((p) => {
    const id = p.path.split('/')[2]!;
    const metaFile = join(root, 'sources', `${id}.meta.yaml`);
    if (!existsSync(metaFile)) fail(`${p.path}: no sources/${id}.meta.yaml to find its source text`);
    const meta = parseYaml(readFileSync(metaFile, 'utf8')) as { source?: { file?: string } };
    const source = meta.source?.file;
    if (!source || !existsSync(join(root, source))) fail(`sources/${id}.meta.yaml: source.file ${source ?? '(missing)'} not found`);
    const sourceGzip = gz(readFileSync(join(root, source)));
    return { path: p.path, id, source, sourceGzip, firstLoadGzip: p.firstLoadGzip, ratio: p.firstLoadGzip / sourceGzip };
  });
}

// ——— report ———

function table(rows: string[][], align: ('l' | 'r')[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const pad = (s: string, w: number, a: 'l' | 'r') => {
    const len = [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    return a === 'r' ? ' '.repeat(w - len) + s : s + ' '.repeat(w - len);
  };
  return rows.map((r) => r.map((c, i) => pad(c, widths[i]!, align[i]!)).join('  ').trimEnd()).join('\n');
}

const ROLE_DIRS = ['roles', 'role'];
const WALKTHROUGH_DIRS = ['walkthroughs', 'walkthrough', 'guide', 'guides', 'situations', 'scenarios'];
const underAny = (path: string, dirs: string[]): boolean => dirs.some((d) => path.startsWith(`/${d}/`) && path !== `/${d}/`);

async function main(): Promise<void> {
  const buildSeconds = build();
  const pages = htmlFiles(dist).map(weigh);
  const byPath = new Map(pages.map((p) => [p.path, p]));

  const typed: { type: string; page: PageWeight }[] = [];
  const add = (type: string, page: PageWeight | undefined) => page && typed.push({ type, page });
  add('home', byPath.get('/'));
  add('document list', byPath.get('/documents/'));
  for (const p of pages.filter((p) => /^\/documents\/[^/]+\/$/.test(p.path))) add('document', p);
  add('search', byPath.get('/search/'));
  const heaviest = (list: PageWeight[]) => list.sort((a, b) => b.firstLoadGzip - a.firstLoadGzip)[0];
  add('role (heaviest)', heaviest(pages.filter((p) => underAny(p.path, ROLE_DIRS))));
  const walkthroughs = pages.filter((p) => underAny(p.path, WALKTHROUGH_DIRS) || (p.islands > 0 && !p.path.startsWith('/search/')));
  add('walkthrough (heaviest JS)', [...walkthroughs].sort((a, b) => b.jsFilesGzip + b.jsInlineGzip - (a.jsFilesGzip + a.jsInlineGzip))[0]);
  // Outcome pages: those /data/walkthroughs.json lists.
  const outcomeFile = join(dist, 'data/walkthroughs.json');
  const outcomeUrls = existsSync(outcomeFile) ? (JSON.parse(readFileSync(outcomeFile, 'utf8')) as { outcomes: { url: string }[] }).outcomes.map((o) => o.url) : [];
  const outcomes = outcomeUrls.flatMap((u) => byPath.get(u) ?? []);
  add('walkthrough outcome (heaviest)', heaviest([...outcomes]));
  // Any other section of the site (compare, deadlines, …): its heaviest page.
  const covered = new Set(['documents', 'search', ...ROLE_DIRS, ...WALKTHROUGH_DIRS]);
  const sections = [...new Set(pages.map((p) => p.path.split('/')[1]!).filter((s) => s && !s.endsWith('.html') && !covered.has(s)))].sort();
  for (const s of sections) add(`${s} (heaviest)`, heaviest(pages.filter((p) => p.path.startsWith(`/${s}/`))));
  add('not found', byPath.get('/404.html'));

  const notSearch = pages.filter((p) => !p.path.startsWith('/search/'));
  const offline = await measureOffline(pages);
  const largest = heaviest([...notSearch])!;

  const previewChild = await startPreview();
  const searches: SearchBytes[] = [];
  let transition: Transition;
  const recall = await searchRecall();
  const spread = await firstSearchSpread();
  let scores: LighthouseScore[] = [];
  try {
    for (const { query } of SEARCHES) searches.push(await measureSearch(query));
    transition = await measureTransition();
    if (args.has('--lighthouse')) {
      const doc = pages.find((p) => /^\/documents\/[^/]+\/$/.test(p.path));
      scores = lighthouse(['/', ...(doc ? [doc.path] : [])], lighthouseRuns);
    }
  } finally {
    if (previewChild) await stopPreview(previewChild);
  }

  // Budgets.
  const docPages = pages.filter((p) => /^\/documents\/[^/]+\/$/.test(p.path));
  const jsOf = (p: PageWeight) => p.jsFilesGzip + p.jsInlineGzip;
  const docsWithJs = docPages.filter((p) => jsOf(p) > 0);
  const walkOver = walkthroughs.filter((p) => jsOf(p) >= BUDGET.walkthroughJsGzip);
  const heavyPages = notSearch.filter((p) => p.firstLoadGzip >= BUDGET.firstLoadGzip);
  const ratios = documentRatios(docPages);
  const overRatio = ratios.filter((r) => r.ratio > BUDGET.documentRatio);
  const budgets = [
    {
      name: `document pages' first load ≤ ${BUDGET.documentRatio}× their source text (gzip)`,
      ok: overRatio.length === 0,
      detail: overRatio.length
        ? overRatio.map((r) => `${r.path} ${r.ratio.toFixed(2)}×`).join(', ')
        : `${ratios.length} pages, at most ${Math.max(...ratios.map((r) => r.ratio)).toFixed(2)}×`,
    },
    {
      name: 'document pages ship no JS (search aside)',
      ok: docsWithJs.length === 0,
      detail: docsWithJs.length ? docsWithJs.map((p) => `${p.path} ${kb(jsOf(p))} KB`).join(', ') : `${docPages.length} pages, 0 B of JS`,
    },
    {
      name: `walkthrough page JS < ${kb(BUDGET.walkthroughJsGzip)} KB gzip`,
      ok: walkOver.length === 0,
      detail: walkthroughs.length
        ? walkOver.length
          ? walkOver.map((p) => `${p.path} ${kb(jsOf(p))} KB`).join(', ')
          : `${walkthroughs.length} pages, at most ${kb(Math.max(...walkthroughs.map(jsOf)))} KB`
        : 'n/a (no walkthrough pages yet)',
    },
    {
      name: `every walkthrough outcome page's first load < ${kb(BUDGET.outcomeGzip)} KB gzip`,
      ok: outcomes.every((p) => p.firstLoadGzip < BUDGET.outcomeGzip),
      detail: outcomes.length ? `${outcomes.length} outcome pages, largest ${kb(heaviest([...outcomes])!.firstLoadGzip)} KB` : 'n/a (no outcome pages)',
    },
    {
      name: `a walkthrough transition < ${BUDGET.transitionMs} ms`,
      ok: transition.median !== null && transition.median < BUDGET.transitionMs,
      detail: transition.error ?? `median ${transition.median!.toFixed(1)} ms, slowest ${Math.max(...transition.runs).toFixed(1)} ms over ${transition.runs.length} taps (${transition.path})`,
    },
    {
      name: `every page's first load < ${kb(BUDGET.firstLoadGzip)} KB gzip (search aside)`,
      ok: heavyPages.length === 0,
      detail: `largest ${largest.path} ${kb(largest.firstLoadGzip)} KB`,
    },
    {
      name: `build < ${BUDGET.buildSeconds} s`,
      ok: buildSeconds === null || buildSeconds < BUDGET.buildSeconds,
      detail: buildSeconds === null ? 'not measured (--no-build)' : `${buildSeconds.toFixed(1)} s`,
    },
    {
      name: 'a first search shows results',
      ok: searches.every((x) => !x.error),
      detail: searches.find((x) => x.error)?.error ?? searches.map((x) => `${x.query}: ${x.requests.length} requests`).join('; '),
    },
    {
      name: `the first search fetches ≤ ${kb(BUDGET.firstSearchWire)} KB gzip in ≤ ${BUDGET.firstSearchRequests} requests`,
      ok: searches.every(withinSearchBudget) && ('error' in spread || spread.over.length === 0),
      detail: [
        searches.map((x) => `${x.query}: ${kb(x.wire)} KB in ${x.requests.length}`).join('; '),
        'error' in spread ? spread.error : `test set: ${spread.over.length} of ${spread.runs.length} queries over (${spread.over.map((r) => r.query).join('、') || 'none'})`,
      ].join('; '),
    },
    {
      name: `search recall at 5 ≥ ${BUDGET.everydayRecall}% for everyday language`,
      ok: 'error' in recall ? false : percent(recall.everyday) >= BUDGET.everydayRecall,
      detail: 'error' in recall ? recall.error : `everyday ${percent(recall.everyday).toFixed(0)}%, policy terms ${percent(recall.policy).toFixed(0)}%`,
    },
    {
      name: `the first visit's offline shell ≤ ${kb(SHELL_BUDGET)} KB over the wire`,
      ok: !offline.error && offline.wire <= SHELL_BUDGET,
      detail: offline.error ?? `${offline.entries} files, ${kb(offline.wire)} KB`,
    },
    {
      name: `each offline pack ≤ ${kb(PACK_BUDGET)} KB over the wire`,
      ok: !offline.error && offline.packs.length > 0 && offline.packs.every((p) => p.bytes <= PACK_BUDGET),
      detail: offline.error ?? offline.packs.map((p) => `${p.id} ${kb(p.bytes)} KB`).join(', '),
    },
  ];

  // Report.
  const out: string[] = [];
  out.push('', `Benchmark  ${new Date().toISOString()}  (gzip level 6, each file compressed on its own; KB = 1024 B)`, '');
  out.push(`Full build (npm run build: compile + astro build + pagefind): ${buildSeconds === null ? 'not measured (--no-build)' : `${buildSeconds.toFixed(1)} s`}`, '');
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
    out.push('', `First search over the test set (${spread.runs.length} queries, in Node; records.json, Pagefind's files if it loads, the first ${FIRST_SNIPPETS} fragments): median ${kb(sorted[Math.floor(sorted.length / 2)]!)} KB, largest ${kb(sorted.at(-1)!)} KB in at most ${Math.max(...spread.runs.map((r) => r.requests))} requests; Pagefind loads for ${withPf} of them`);
    for (const r of spread.over) out.push(`  over: ${r.query}: ${kb(r.wire)} KB in ${r.requests}`);
  }
  if ('error' in recall) out.push('', `Search recall at 5: FAILED: ${recall.error}`);
  else {
    out.push('', `Search recall at 5 (tests/search/queries.ts, on dist/): everyday language ${recall.everyday.hits}/${recall.everyday.total} (${percent(recall.everyday).toFixed(0)}%), policy terms ${recall.policy.hits}/${recall.policy.total} (${percent(recall.policy).toFixed(0)}%)`);
    for (const m of [...recall.everyday.misses, ...recall.policy.misses]) out.push(`  missed: ${m.q} → ${m.top.join(' | ') || 'nothing'}`);
  }
  out.push(
    '',
    `Offline (${SW_FILE}): ${offline.error ? `FAILED: ${offline.error}` : `the shell precaches ${offline.entries} files, ${kb(offline.raw)} KB raw, ~${kb(offline.wire)} KB over the wire (gzip-estimated), after the first visit`}`,
    ...offline.packs.map((p) => `  pack ${p.id}: one download of ${kb(p.bytes)} KB (${p.count} files, ${kb(p.size)} KB unpacked), saved only when the reader asks`),
    `  worker ${kb(offline.swRaw)} KB raw, ${kb(offline.swGzip)} KB gzip; script on every page (indicator + registration) ${offline.registerGzip} B gzip, counted in first loads, not as page JS`,
    `  build step (generate ${SW_FILE}): ${offline.stepSeconds === null ? 'not measured (--no-build)' : `${offline.stepSeconds.toFixed(1)} s`}`,
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
  console.log(out.join('\n'));

  const json = { date: new Date().toISOString(), buildSeconds, pages, pageTypes: typed.map((t) => ({ type: t.type, path: t.page.path })), largest: { path: largest.path, firstLoadGzip: largest.firstLoadGzip }, documentRatios: ratios, searches, searchSpread: spread, recall: 'error' in recall ? recall : { everyday: percent(recall.everyday), policy: percent(recall.policy) }, offline, transition, outcomePages: outcomes.length, lighthouse: scores, budgets };
  const file = join(root, 'bench/out/latest.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nWrote ${relative(root, file)}`);
  if (budgets.some((b) => !b.ok)) process.exit(1);
}

await main();
