/**
 * npm run bench [-- --no-build] [-- --lighthouse]
 *
 * Builds the site once (`npm run build`), timing it (wall, CPU, peak memory, and each phase:
 * scripts/bench/build.ts), then measures what a phone downloads:
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
 * and compares them with the budgets in DESIGN.md (scripts/bench/budgets.ts). One file per job in
 * scripts/bench/: build, pages, search, offline, transition, lighthouse, budgets, report. Prints a plain-text report, writes
 * bench/out/latest.json, and exits 1 if a budget is broken.
 *
 * --no-build      measure the existing dist/ (build time not measured)
 * --lighthouse    also run Lighthouse (mobile, all four categories) on home and one document page
 * --lighthouse-runs=N   run it N times per page (its simulated timings vary from run to run)
 * CHROMIUM_PATH   the Chromium binary (default: Playwright's, else /usr/bin/chromium)
 * BENCH_PORT      preview port (default 4321; a server already there is reused if it serves this dist/)
 */
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { build } from './bench/build.ts';
import { budgets } from './bench/budgets.ts';
import { args, dist, lighthouseRuns } from './bench/common.ts';
import { lighthouse, type LighthouseScore } from './bench/lighthouse.ts';
import { measureOffline } from './bench/offline.ts';
import { documentRatios, heaviest, htmlFiles, jsOf, weigh, type PageWeight } from './bench/pages.ts';
import { startPreview, stopPreview } from './bench/preview.ts';
import { report, writeRecord } from './bench/report.ts';
import { firstSearchSpread, measureSearch, searchRecall, SEARCHES, type SearchBytes } from './bench/search.ts';
import { measureTransition, type Transition } from './bench/transition.ts';
import { readOutcomes } from '../src/opendata/schemas.ts';

const ROLE_DIRS = ['roles', 'role'];
const WALKTHROUGH_DIRS = ['walkthroughs', 'walkthrough', 'guide', 'guides', 'situations', 'scenarios'];
const underAny = (path: string, dirs: string[]): boolean => dirs.some((d) => path.startsWith(`/${d}/`) && path !== `/${d}/`);

const built = build();
const pages = htmlFiles(dist).map(weigh);
const byPath = new Map(pages.map((p) => [p.path, p]));

const typed: { type: string; page: PageWeight }[] = [];
const add = (type: string, page: PageWeight | undefined) => page && typed.push({ type, page });
add('home', byPath.get('/'));
add('document list', byPath.get('/documents/'));
const docPages = pages.filter((p) => /^\/documents\/[^/]+\/$/.test(p.path));
for (const p of docPages) add('document', p);
add('search', byPath.get('/search/'));
add('role (heaviest)', heaviest(pages.filter((p) => underAny(p.path, ROLE_DIRS))));
const walkthroughs = pages.filter((p) => underAny(p.path, WALKTHROUGH_DIRS) || (p.islands > 0 && !p.path.startsWith('/search/')));
add('walkthrough (heaviest JS)', [...walkthroughs].sort((a, b) => jsOf(b) - jsOf(a))[0]);
// Outcome pages: those /data/walkthroughs.json lists.
const outcomeFile = join(dist, 'data/walkthroughs.json');
const outcomeUrls = existsSync(outcomeFile) ? readOutcomes((path) => JSON.parse(readFileSync(join(dist, path), 'utf8'))).map((o) => o.url) : [];
const outcomes = outcomeUrls.flatMap((u) => byPath.get(u) ?? []);
add('walkthrough outcome (heaviest)', heaviest(outcomes));
// Any other section of the site (compare, deadlines, …): its heaviest page.
const covered = new Set(['documents', 'search', ...ROLE_DIRS, ...WALKTHROUGH_DIRS]);
const sections = [...new Set(pages.map((p) => p.path.split('/')[1]!).filter((s) => s && !s.endsWith('.html') && !covered.has(s)))].sort();
for (const s of sections) add(`${s} (heaviest)`, heaviest(pages.filter((p) => p.path.startsWith(`/${s}/`))));
add('not found', byPath.get('/404.html'));

const notSearch = pages.filter((p) => !p.path.startsWith('/search/'));
const offline = await measureOffline(pages, built?.phases.find((p) => p.name === 'service worker')?.seconds ?? null);

const previewChild = await startPreview();
const searches: SearchBytes[] = [];
let transition: Transition;
const recall = await searchRecall();
const spread = await firstSearchSpread();
let scores: LighthouseScore[] = [];
try {
  for (const { query } of SEARCHES) searches.push(await measureSearch(query));
  transition = await measureTransition();
  if (args.has('--lighthouse')) scores = lighthouse(['/', ...(docPages[0] ? [docPages[0].path] : [])], lighthouseRuns);
} finally {
  if (previewChild) await stopPreview(previewChild);
}

const measured = { built, pages, typed, docPages, walkthroughs, outcomes, notSearch, largest: heaviest(notSearch)!, ratios: documentRatios(docPages), transition, searches, spread, recall, offline, scores };
const checked = budgets(measured);
console.log(report(measured, checked));
console.log(`\nWrote ${writeRecord(measured, checked)}`);
if (checked.some((b) => !b.ok)) process.exit(1);
