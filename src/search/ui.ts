/**
 * The search page in the browser: reads ?q= and the filters from the address, answers the query
 * from the table of records (/pagefind/records.json, loaded on focus) and of answers
 * (answers.json, loaded when a look-up is in the vocabulary) and, for what the tables do not hold,
 * from Pagefind (loaded only then); ranks with rank.ts and writes the
 * results into the page. A result's fragment (its text, for the snippet) is fetched only when
 * the result is on screen.
 */
import { ANSWERS_FILE, hasFragment, joinTables, outcomesFile, readAnswers, readCatalog, RECORDS_FILE, type Answers, type Catalog, type CatalogEntry } from './catalog.ts';
import { needsAnswers, search, type Ask, type SearchIndex } from './answer.ts';
import { folder, type Fold } from './fold.ts';
import { loadFragment } from './fragment.ts';
import { anchorFor, containsAll, escapeHtml, excerptAround, linkPhones } from './match.ts';
import { isCut, MAX_QUERY, normalizeQuery } from './normalize.ts';
import { planQuery, type QueryPlan } from './plan.ts';
import { resultUrl, type DocFilter, type Preferences, type Ranked } from './rank.ts';
import { FILTERS, readState, writeState, type SearchState } from './state.ts';
import { vocabulary, type SearchTerm } from './synonyms.ts';
import { readChoice } from '../components/walkthroughs/remember.ts';

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { id: string; score: number }[] } | null>;
}

/** What the page knows of each document (embedded at build time): for the filters and labels. */
export interface DocInfo {
  short: string;
  level: string;
  region: string;
}

export interface PageData {
  glossary: readonly SearchTerm[];
  docs: Record<string, DocInfo>;
  /** Role ids → their names (for the remembered role). */
  roles: Record<string, string>;
  /** The walkthroughs' list of situations, when the site has it. */
  situations: string | null;
  /** Traditional → simplified for queries (fold-table.ts: "key value|key value"). */
  fold: string;
}

/** Results drawn at once; the rest on "more". */
const SHOWN = 10;
/** Results whose snippet (fragment) loads with the results; the others' once scrolled into view. */
export const FIRST_SNIPPETS = 3;

/** Loads once; a failed load (offline, say) is tried again next time. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => {
    p ??= make();
    p.catch(() => (p = null));
    return p;
  };
}

// Pagefind (its script, wasm and index chunks) loads only for a look-up the table of answers does
// not hold; without its web worker (one file less).
const pagefind = once(async (): Promise<Ask> => {
  // A runtime path, so the bundler leaves it alone: the files exist only after the index is built.
  const path = '/pagefind/pagefind.js';
  const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
  await pf.options({ excerptLength: 40, noWorker: true });
  await pf.init();
  return async (q) => (await pf.search(q))?.results ?? [];
});

type Table = { catalog: Catalog; answers: Answers };
const NONE: Table = { catalog: new Map(), answers: new Map() };

async function readJson(path: string): Promise<unknown> {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json();
}

const records = once(() => readJson(RECORDS_FILE));
const answers = once(async () => readAnswers(await readJson(ANSWERS_FILE), await records()));
const outcomes = new Map<string, () => Promise<Table>>();
let vocab: ReadonlySet<string> | null = null;

/**
 * What a search is answered from: the rows of records.json; the table of answers when a look-up is
 * in the vocabulary (else Pagefind answers, as the table would); and for a reader who has chosen a
 * document and a role, the outcome pages for both (none for a role that document gives no
 * walkthrough: empty). Outcome pages are answered only from tables, so only beside answers.json.
 */
async function indexFor(plan: QueryPlan, prefs: Preferences, glossary: PageData['glossary']): Promise<SearchIndex> {
  vocab ??= new Set(vocabulary(glossary));
  const withAnswers = needsAnswers(plan, vocab);
  const base: Table = { catalog: readCatalog(await records()), answers: withAnswers ? await answers() : new Map() };
  if (!prefs.doc || !prefs.role) return { ...base, pagefind };
  const file = outcomesFile(prefs.doc, prefs.role);
  const load = async (): Promise<Table> => {
    const f = await readJson(file);
    return { catalog: readCatalog(f), answers: readAnswers(f) };
  };
  if (!outcomes.has(file)) outcomes.set(file, once(() => load().catch(() => NONE)));
  const mine = await outcomes.get(file)!();
  return { ...joinTables(base, withAnswers ? mine : { ...mine, answers: new Map() }), pagefind };
}

interface Outcome {
  plan: QueryPlan;
  results: Ranked[];
}

async function runSearch(state: SearchState, data: PageData, prefs: Preferences, fold: Fold): Promise<Outcome> {
  const plan = planQuery(state.q, data.glossary, fold);
  const index = await indexFor(plan, prefs, data.glossary);
  return { plan, results: await search(index, plan, prefs, docFilter(state, data.docs)) };
}

/** The form's filters (document, level, region: the words shown in the selects) as a test on records. */
export function docFilter(state: SearchState, docs: Record<string, DocInfo>): DocFilter {
  const set = FILTERS.filter((f) => state.filters[f]);
  if (!set.length) return null;
  const field = { 文件: 'short', 级别: 'level', 地区: 'region' } as const;
  return (e: CatalogEntry) => {
    const d = e.doc ? docs[e.doc] : undefined;
    return !!d && set.every((f) => d[field[f]] === state.filters[f]);
  };
}

// ——— rendering ———

const KIND_LABEL = { walkthrough: '分步指引', duty: '职责', section: '文件条款' } as const;

function resultHtml(r: Ranked, data: PageData, prefs: Preferences, i: number): string {
  const e = r.entry;
  const doc = e.doc ? data.docs[e.doc]?.short ?? '' : '';
  // A section's headings above it; an outcome's situation as its page names it (it has no fragment to quote).
  const where = [doc, e.kind === 'section' || (e.kind === 'walkthrough' && e.doc) ? e.where : null].filter(Boolean).join(' · ');
  const via = r.via === 'exact' ? '' : `<p class="term">${r.via === 'partial' ? '只含部分词语：' : '文件中的说法：'}<strong>${escapeHtml(r.terms.join('、'))}</strong></p>`;
  return `<li class="hit kind-${e.kind}" data-i="${i}">
  <p class="kind"><span class="badge">${KIND_LABEL[e.kind]}</span>${where ? ` <span class="where">${escapeHtml(where)}</span>` : ''}</p>
  <h3><a href="${escapeHtml(resultUrl(e, prefs))}">${escapeHtml(e.title)}</a></h3>
  ${via}<p class="excerpt" data-excerpt></p>
</li>`;
}

// ——— wiring ———

export function startSearch(root: HTMLElement, data: PageData): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const prefBox = root.querySelector<HTMLElement>('[data-search-pref]')!;
  const browse = document.querySelector<HTMLElement>('[data-search-browse]');
  const cutNote = root.querySelector<HTMLElement>('[data-search-cut]');
  const fold = folder(data.fold);
  root.classList.add('js');

  // The document and role remembered on this device (role pages, walkthroughs): ranked first, removable.
  const prefs: Preferences = {};
  try {
    const choice = readChoice(window.localStorage, Object.keys(data.docs), Object.keys(data.roles));
    prefs.doc = choice.document;
    prefs.role = choice.role;
  } catch {
    // Storage blocked: no preference.
  }

  const read = (): SearchState => {
    const state: SearchState = { q: normalizeQuery(input.value), filters: {} };
    for (const s of selects) if (s.value) state.filters[s.name as (typeof FILTERS)[number]] = s.value;
    return state;
  };

  const showPref = () => {
    prefBox.replaceChildren();
    const parts = [prefs.doc ? data.docs[prefs.doc]?.short ?? prefs.doc : null, prefs.role ? `${data.roles[prefs.role] ?? prefs.role}的职责` : null].filter(Boolean);
    prefBox.hidden = !parts.length;
    if (!parts.length) return;
    const p = document.createElement('p');
    p.append(`先列出本机记住的：${parts.join('、')} `);
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'remove';
    b.textContent = '✕ 不按此排序';
    b.addEventListener('click', () => {
      prefs.doc = null;
      prefs.role = null;
      showPref();
      void run(read());
    });
    p.append(b);
    prefBox.append(p);
  };

  let observer: IntersectionObserver | null = null;
  let current: Outcome | null = null;
  const fillSnippets = (o: Outcome) => {
    observer?.disconnect();
    current = o;
    const fill = async (li: HTMLElement) => {
      const r = o.results[Number(li.dataset.i)];
      const slot = li.querySelector<HTMLElement>('[data-excerpt]');
      if (!r || !slot || slot.dataset.done || !hasFragment(r.entry)) return;
      slot.dataset.done = '1';
      try {
        const f = await loadFragment(r.entry.id);
        const phrases = r.terms.length ? r.terms.flatMap((t) => t.split(' ')) : o.plan.phrases;
        // The last check: a record without the words is not a result.
        if (!phrases.some((p) => containsAll(f.content, [p]))) {
          li.remove();
          return;
        }
        const found = phrases.filter((p) => containsAll(f.content, [p]));
        slot.innerHTML = excerptAround(f.content, found);
        // A section's result opens at the paragraph with the words (and its duty cards stay at the card).
        const anchor = r.entry.kind === 'section' ? anchorFor(f, found) : null;
        const link = li.querySelector<HTMLAnchorElement>('h3 a');
        if (anchor && link) link.setAttribute('href', `${link.getAttribute('href')!.split('#')[0]}#${anchor}`);
      } catch {
        slot.textContent = '';
      }
    };
    // The first results' snippets at once; the others' when the reader scrolls them into view
    // (each snippet is a request: a first search on a slow line stays within a few).
    const items = [...results.querySelectorAll<HTMLElement>('li.hit')];
    for (const li of items.slice(0, FIRST_SNIPPETS)) void fill(li);
    const watch = () => {
      if (current !== o) return; // a newer search replaced these results
      observer = new IntersectionObserver((entries) => {
        for (const en of entries) if (en.isIntersecting) void fill(en.target as HTMLElement);
      });
      for (const li of items.slice(FIRST_SNIPPETS)) observer.observe(li);
    };
    if (o === shown) window.addEventListener('scroll', watch, { once: true, passive: true });
    else watch();
  };
  let shown: Outcome | null = null;

  let seq = 0;
  const run = async (state: SearchState) => {
    const mine = ++seq;
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    if (!state.q) {
      status.textContent = '';
      results.replaceChildren();
      if (browse) browse.hidden = false;
      return;
    }
    status.textContent = '正在搜索……';
    try {
      const o = await runSearch(state, data, prefs, fold);
      if (mine !== seq) return;
      const q = o.plan.text;
      const n = o.results.length;
      const exact = o.results.filter((r) => r.via === 'exact').length;
      // Plain text into the status line (never HTML): what was typed is shown as typed, escaped once by the DOM.
      status.textContent = !n
        ? `没有找到与「${q}」相关的内容。`
        : exact
          ? `找到 ${n} 条结果，其中 ${exact} 条含有「${q}」。`
          : o.results.some((r) => r.via === 'related')
            ? `文件中没有「${q}」这个说法；下面是意思相近的 ${n} 条结果。`
            : `没有完全相符的内容；下面 ${n} 条只含「${q}」中的部分词语。`;
      const list = o.results.slice(0, SHOWN).map((r, i) => resultHtml(r, data, prefs, i)).join('');
      const more = n > SHOWN ? `<p class="more"><button type="button" data-more>再显示 ${n - SHOWN} 条</button></p>` : '';
      results.innerHTML = n ? `<ol class="hits">${list}</ol>${more}` : emptyHtml(q, data, state);
      results.querySelector<HTMLButtonElement>('[data-more]')?.addEventListener('click', (ev) => {
        results.querySelector('ol.hits')!.insertAdjacentHTML('beforeend', o.results.slice(SHOWN).map((r, i) => resultHtml(r, data, prefs, SHOWN + i)).join(''));
        (ev.currentTarget as HTMLElement).closest('p')!.remove();
        shown = null;
        fillSnippets(o);
      });
      shown = o;
      fillSnippets(o);
      if (browse) browse.hidden = n > 0;
    } catch {
      if (mine !== seq) return;
      status.textContent = '搜索暂时无法使用（可能是网络中断）。请稍后再试，或直接打开下面的文件。';
      results.replaceChildren();
      if (browse) browse.hidden = false;
    }
  };

  // A shared link's query or a pasted one longer than MAX_QUERY: searched by its beginning, and said so.
  const sayCut = (raw: string) => {
    if (!cutNote) return;
    cutNote.textContent = `搜索词太长，只按前 ${MAX_QUERY} 个字搜索。`;
    cutNote.hidden = !isCut(raw);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    sayCut(input.value);
    clearTimeout(timer);
    timer = setTimeout(() => run(read()), 350);
  });
  // Start fetching the index as soon as the reader shows an intent to search.
  input.addEventListener('focus', () => void records().catch(() => {}), { once: true });
  for (const s of selects) s.addEventListener('change', () => run(read()));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run(read());
  });

  showPref();
  // A shared link (?q=…) shows its results at once, with no typing; the address keeps only the normalized query.
  const initial = readState(location.search);
  input.value = normalizeQuery(initial.q);
  sayCut(initial.q);
  for (const s of selects) s.value = initial.filters[s.name as (typeof FILTERS)[number]] ?? '';
  if (initial.q) void run(read());
  else if (location.search) history.replaceState(null, '', `${location.pathname}${writeState(read())}`);
}

function emptyHtml(q: string, data: PageData, state: SearchState): string {
  const filtered = FILTERS.some((f) => state.filters[f]);
  return `<div class="empty"><p>没有找到与「${escapeHtml(q)}」相关的内容。可以：</p><ul>
${data.situations ? `<li>从<a href="${escapeHtml(data.situations)}">常见情况列表</a>里找到您遇到的情况，按步骤办；</li>` : ''}
<li>换一种说法，或把长句缩短成一两个词，例如「一个人在家」「不上学」「挨打」；</li>
${filtered ? '<li>清除筛选条件后再搜；</li>' : ''}
<li>直接打开下面的文件阅读。</li></ul>
<p>${linkPhones('孩子有危险，请立即拨打 110；求助或举报可拨打 12355。')}</p></div>`;
}
