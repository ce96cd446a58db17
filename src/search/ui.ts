/**
 * The search page in the browser, wiring only: reads ?q= and the filters from the address, runs a
 * search as the reader types (load.ts fetches what it is answered from, answer.ts answers and
 * ranks), writes the results (results-html.ts) and their snippets (snippets.ts), and keeps the
 * address in step (state.ts).
 */
import { search } from './answer.ts';
import { folder, type Fold } from './fold.ts';
import { indexFor, warm } from './load.ts';
import { isCut, MAX_QUERY, normalizeQuery } from './normalize.ts';
import { docFilter, type PageData } from './page-data.ts';
import { planQuery } from './plan.ts';
import type { Preferences } from './rank.ts';
import { rememberedPreferences, showPreferences } from './remembered.ts';
import { emptyHtml, resultHtml, statusText, type Found } from './results-html.ts';
import { snippetFiller } from './snippets.ts';
import { FILTERS, readState, writeState, type SearchState } from './state.ts';

// scripts/bench.ts counts the first search's fragments with the page's own number.
export { FIRST_SNIPPETS } from './snippets.ts';

/** Results drawn at once; the rest on "more". */
const SHOWN = 10;

async function runSearch(state: SearchState, data: PageData, prefs: Preferences, fold: Fold): Promise<Found> {
  const plan = planQuery(state.q, data.glossary, fold);
  // The document filtered on: its whole table loads, as the reader's own does.
  const filtered = state.filters['文件'] ? Object.entries(data.docs).filter(([, d]) => d.short === state.filters['文件']).map(([id]) => id) : [];
  const index = await indexFor(plan, prefs, data.glossary, filtered);
  return { plan, results: await search(index, plan, prefs, docFilter(state, data.docs)) };
}

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
  const fillSnippets = snippetFiller(results);
  root.classList.add('js');

  const prefs = rememberedPreferences(data);

  const read = (): SearchState => {
    const state: SearchState = { q: normalizeQuery(input.value), filters: {} };
    for (const s of selects) if (s.value) state.filters[s.name as (typeof FILTERS)[number]] = s.value;
    return state;
  };

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
      const found = await runSearch(state, data, prefs, fold);
      if (mine !== seq) return;
      const n = found.results.length;
      // Plain text into the status line (never HTML): what was typed is shown as typed, escaped once by the DOM.
      status.textContent = statusText(found);
      const list = found.results.slice(0, SHOWN).map((r, i) => resultHtml(r, data, prefs, i)).join('');
      const more = n > SHOWN ? `<p class="more"><button type="button" data-more>再显示 ${n - SHOWN} 条</button></p>` : '';
      results.innerHTML = n ? `<ol class="hits">${list}</ol>${more}` : emptyHtml(found.plan.text, data, state);
      results.querySelector<HTMLButtonElement>('[data-more]')?.addEventListener('click', (ev) => {
        results.querySelector('ol.hits')!.insertAdjacentHTML('beforeend', found.results.slice(SHOWN).map((r, i) => resultHtml(r, data, prefs, SHOWN + i)).join(''));
        (ev.currentTarget as HTMLElement).closest('p')!.remove();
        fillSnippets(found, false);
      });
      fillSnippets(found, true);
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
  input.addEventListener('focus', () => void warm(prefs).catch(() => {}), { once: true });
  for (const s of selects) s.addEventListener('change', () => run(read()));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run(read());
  });

  showPreferences(prefBox, prefs, data, () => void run(read()));
  // A shared link (?q=…) shows its results at once, with no typing; the address keeps only the normalized query.
  const initial = readState(location.search);
  input.value = normalizeQuery(initial.q);
  sayCut(initial.q);
  for (const s of selects) s.value = initial.filters[s.name as (typeof FILTERS)[number]] ?? '';
  if (initial.q) void run(read());
  else if (location.search) history.replaceState(null, '', `${location.pathname}${writeState(read())}`);
}
