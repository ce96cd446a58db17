/** The budgets (DESIGN.md, issues 9 and 16) checked against what was measured: ok or OVER, and why. */
import { percent } from '../../tests/search/evaluate.ts';
import { BUDGET, kb, withinSearchBudget } from './common.ts';
import { PACK_BUDGET, SHELL_BUDGET } from '../../integrations/offline-packs.ts';
import type { Measured } from './report.ts';
import { heaviest, jsOf } from './pages.ts';
import { LAW_IDS } from '../../tests/documents.ts';

/** A law's page (/documents/<law id>/), which may carry the jump box and copy buttons' script. */
const isLawPage = (path: string) => LAW_IDS.some((id) => path.includes(`/documents/${id}/`));

export interface Budget {
  name: string;
  ok: boolean;
  detail: string;
}

export function budgets(m: Measured): Budget[] {
  const { built, pages, docPages, walkthroughs, outcomes, notSearch, largest, ratios, transition, searches, spread, recall, offline } = m;
  // A law page may carry its tools' script on top of what every other document page carries.
  const localJs = Math.min(...docPages.filter((p) => !isLawPage(p.path)).map(jsOf));
  const docsWithJs = docPages.filter((p) => jsOf(p) > (isLawPage(p.path) ? localJs + BUDGET.lawToolsJsGzip : 0));
  const lawJs = docPages.filter((p) => isLawPage(p.path)).map((p) => jsOf(p) - localJs);
  const walkOver = walkthroughs.filter((p) => jsOf(p) >= BUDGET.walkthroughJsGzip);
  const heavyPages = notSearch.filter((p) => p.firstLoadGzip >= BUDGET.firstLoadGzip);
  const overRatio = ratios.filter((r) => r.ratio > BUDGET.documentRatio);
  return [
    {
      name: `document pages' first load ≤ ${BUDGET.documentRatio}× their source text (gzip)`,
      ok: overRatio.length === 0,
      detail: overRatio.length
        ? overRatio.map((r) => `${r.path} ${r.ratio.toFixed(2)}×`).join(', ')
        : `${ratios.length} pages, at most ${Math.max(...ratios.map((r) => r.ratio)).toFixed(2)}×`,
    },
    {
      name: `document pages ship no JS (search aside; a law page's jump and copy ≤ ${kb(BUDGET.lawToolsJsGzip)} KB)`,
      ok: docsWithJs.length === 0,
      detail: docsWithJs.length
        ? docsWithJs.map((p) => `${p.path} ${kb(jsOf(p))} KB`).join(', ')
        : `${docPages.length - lawJs.length} pages, 0 B of JS; ${lawJs.length} law pages, at most ${lawJs.length ? Math.max(...lawJs) : 0} B of their own`,
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
      name: `a full build ≤ ${BUDGET.buildSeconds} s`,
      ok: built === null || built.seconds <= BUDGET.buildSeconds,
      detail: built === null ? 'not measured (--no-build)' : `${built.seconds.toFixed(1)} s${built.cpuSeconds === null ? '' : `, CPU ${built.cpuSeconds.toFixed(1)} s`}`,
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
      name: `the fresh held-out set (held-out-2.ts) reaches ≥ ${BUDGET.heldOutHits} of its queries`,
      ok: 'error' in recall ? false : recall.heldOut2.hits >= BUDGET.heldOutHits,
      detail: 'error' in recall ? recall.error : `${recall.heldOut2.hits}/${recall.heldOut2.total} (the spent held-out.ts: ${recall.heldOut.hits}/${recall.heldOut.total}, not held to it)`,
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
}
