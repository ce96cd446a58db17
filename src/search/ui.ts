/**
 * The search page in the browser: reads ?q= and the filters from the address, asks Pagefind,
 * checks every result with match.ts, and writes the results into the page. Pagefind itself
 * (/pagefind/pagefind.js, built by integrations/pagefind.ts) loads only when it is needed.
 */
import { documentHit, escapeHtml, mergeHits, rankHits, type DocumentHit, type Fragment } from './match.ts';
import { pagefindQuery, planQuery, type QueryPlan } from './plan.ts';
import { FILTERS, pagefindFilters, readState, writeState, type SearchState } from './state.ts';
import type { SearchTerm } from './synonyms.ts';

interface PagefindResult {
  data: () => Promise<Fragment>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

/** At most this many pages are checked per phrase (the library is small; this bounds the data fetched). */
const MAX_PAGES = 12;
/** At most this many related terms are searched for one query. */
const MAX_RELATED = 6;
const SECTIONS_SHOWN = 3;

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A runtime path, so the bundler leaves it alone: the file exists only after the index is built.
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pf.options({ excerptLength: 40 });
    await pf.init();
    return pf;
  })();
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}

/**
 * Kinds of indexed page (the 类型 filter): the documents' own text, and the duty pages that quote
 * it. They are searched apart, so the documents always come first and duty pages cannot crowd
 * them out of the pages checked.
 */
const KIND = { document: '文件原文', duties: '职责' } as const;
/** Duty pages come second and repeat the documents' words: fewer are checked, to spare a slow line. */
const MAX_DUTY_PAGES = 6;

/** Pages of one kind containing every phrase, checked against their text, best first. */
async function hitsFor(pf: Pagefind, phrases: string[], state: SearchState, term?: string, kind: string = KIND.document, limit = MAX_PAGES): Promise<DocumentHit[]> {
  const filters = { ...pagefindFilters(state), 类型: kind };
  let found = await pf.search(pagefindQuery(phrases), { filters });
  // A quoted phrase can miss when Pagefind segmented the text differently; the unquoted search
  // is safe to try because every page is checked for the whole phrase below.
  if (!found?.results.length) found = await pf.search(phrases.join(' '), { filters });
  const fragments = await Promise.all((found?.results ?? []).slice(0, limit).map((r) => r.data()));
  return rankHits(fragments.map((f) => documentHit(f, phrases, term)).filter((h): h is DocumentHit => !!h));
}

interface Outcome {
  plan: QueryPlan;
  exact: DocumentHit[];
  /** Duty pages (role × document) quoting the phrase. */
  duties: DocumentHit[];
  related: DocumentHit[];
  partial: DocumentHit[];
}

async function runSearch(state: SearchState, glossary: readonly SearchTerm[]): Promise<Outcome> {
  const pf = await loadPagefind();
  const plan = planQuery(state.q, glossary);
  const [exact, duties] = await Promise.all([
    hitsFor(pf, plan.phrases, state, plan.text),
    hitsFor(pf, plan.phrases, state, plan.text, KIND.duties, MAX_DUTY_PAGES),
  ]);
  const seen = new Set(exact.map((h) => h.url));
  const relatedGroups = await Promise.all(plan.related.slice(0, MAX_RELATED).map((r) => hitsFor(pf, [r.words], state, r.words)));
  const related = mergeHits(relatedGroups).filter((h) => !seen.has(h.url));
  let partial: DocumentHit[] = [];
  if (!exact.length && !related.length) {
    const words = plan.words.filter((w) => !plan.phrases.includes(w));
    partial = mergeHits(await Promise.all(words.map((w) => hitsFor(pf, [w], state, w))));
  }
  return { plan, exact, duties, related, partial };
}

// ——— rendering ———

function hitHtml(h: DocumentHit, showTerm: boolean): string {
  const shown = h.sections.slice(0, SECTIONS_SHOWN);
  const more = h.sections.length - shown.length;
  return `<li class="hit">
  <h3><a href="${escapeHtml(h.url)}">${h.short ? `<span class="short">${escapeHtml(h.short)}</span>` : ''}${escapeHtml(h.title)}</a></h3>
  ${showTerm ? `<p class="term">文件中的说法：<strong>${escapeHtml(h.term)}</strong></p>` : ''}
  <ul class="sections">${shown
    .map(
      (s) =>
        `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>${
          !s.excerpt ? '' : s.target ? `<a class="excerpt" href="${escapeHtml(s.target)}">${s.excerpt} <span class="go">直达该段 ›</span></a>` : `<p class="excerpt">${s.excerpt}</p>`
        }</li>`,
    )
    .join('')}</ul>
  ${more > 0 ? `<p class="more">本文件还有 ${more} 节提到。</p>` : ''}
</li>`;
}

function groupHtml(title: string, note: string, hits: DocumentHit[], showTerm: boolean): string {
  return `<section class="group"><h2>${title}</h2>${note ? `<p class="note">${note}</p>` : ''}<ol class="hits">${hits
    .map((h) => hitHtml(h, showTerm))
    .join('')}</ol></section>`;
}

function filterNote(state: SearchState): string {
  const set = FILTERS.filter((f) => state.filters[f]).map((f) => `${f}：${escapeHtml(state.filters[f]!)}`);
  return set.length ? `（只看 ${set.join('，')}）` : '';
}

function render(o: Outcome, state: SearchState): { status: string; html: string } {
  const q = escapeHtml(o.plan.text);
  const terms = [...new Set(o.related.flatMap((h) => h.term.split('、')))].map((t) => `「${escapeHtml(t)}」`).join('');
  const parts: string[] = [];
  let status: string;
  if (o.exact.length || o.duties.length) {
    status = o.exact.length
      ? `找到 ${o.exact.length} 件文件含有「${q}」${filterNote(state)}。`
      : `文件原文中没有「${q}」，但本站的职责说明中有${filterNote(state)}。`;
    if (o.exact.length) parts.push(groupHtml(`含有「${q}」的文件`, '', o.exact, false));
    if (o.duties.length) parts.push(groupHtml('谁该做什么（职责说明）', '按角色整理的职责，每条都引用文件原文。', o.duties, false));
    if (o.related.length) parts.push(groupHtml('相关说法', `文件中与您的词意思相近的说法：${terms}。`, o.related, true));
  } else if (o.related.length) {
    status = `没有找到完全匹配的内容${filterNote(state)}。下面是文件中意思相近的说法。`;
    parts.push(groupHtml('相关结果（不是完全匹配）', `文件中没有「${q}」这个说法。下面是文件里意思相近的说法：${terms}。`, o.related, true));
  } else if (o.partial.length) {
    status = `没有找到完全匹配的内容${filterNote(state)}。下面是只含部分词语的结果。`;
    parts.push(groupHtml('部分词语相符（不是完全匹配）', `文件中没有「${q}」，下面的文件只含其中的部分词语，请自行判断是否相关。`, o.partial, true));
  } else {
    status = `没有找到完全匹配的内容${filterNote(state)}。`;
    parts.push(`<div class="empty"><p>没有找到含有「${q}」的内容。可以：</p><ul>
<li>换成文件里的说法，例如「单独居住生活」「强制报告」「失学辍学」「无户籍」；</li>
<li>把长句缩短成一两个词；</li>
${filterNote(state) ? '<li>清除筛选条件后再搜；</li>' : ''}
<li>直接打开下面的文件阅读。</li></ul></div>`);
  }
  return { status, html: parts.join('') };
}

// ——— wiring ———

/** `glossary`: the glossary's terms, embedded in the page at build time (see synonyms.ts). */
export function startSearch(root: HTMLElement, glossary: readonly SearchTerm[]): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const browse = document.querySelector<HTMLElement>('[data-search-browse]');
  root.classList.add('js');

  const read = (): SearchState => {
    const state: SearchState = { q: input.value.trim(), filters: {} };
    for (const s of selects) if (s.value) state.filters[s.name as (typeof FILTERS)[number]] = s.value;
    return state;
  };

  let seq = 0;
  const run = async (state: SearchState) => {
    const mine = ++seq;
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    if (!state.q) {
      status.textContent = '';
      results.innerHTML = '';
      if (browse) browse.hidden = false;
      return;
    }
    status.textContent = '正在搜索……';
    try {
      const outcome = await runSearch(state, glossary);
      if (mine !== seq) return;
      const { status: text, html } = render(outcome, state);
      status.textContent = text;
      results.innerHTML = html;
      if (browse) browse.hidden = outcome.exact.length + outcome.duties.length + outcome.related.length + outcome.partial.length > 0;
    } catch {
      if (mine !== seq) return;
      status.textContent = '搜索暂时无法使用（可能是网络中断）。请稍后再试，或直接打开下面的文件。';
      results.innerHTML = '';
      if (browse) browse.hidden = false;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(read()), 350);
  });
  // Start fetching the index as soon as the reader shows an intent to search.
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
  for (const s of selects) s.addEventListener('change', () => run(read()));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run(read());
  });

  // A shared link (?q=…) shows its results at once, with no typing.
  const initial = readState(location.search);
  input.value = initial.q;
  for (const s of selects) s.value = initial.filters[s.name as (typeof FILTERS)[number]] ?? '';
  if (initial.q) void run(read());
}
