/**
 * The results as the page shows them: the status line (plain text), each result labelled
 * 文件条款 / 职责 / 分步指引 with where it stands, and what to try when nothing is found.
 */
import { escapeHtml, linkPhones } from './match.ts';
import type { PageData } from './page-data.ts';
import type { QueryPlan } from './plan.ts';
import { resultUrl, type Preferences, type Ranked } from './rank.ts';
import { FILTERS, type SearchState } from './state.ts';

/** A query's plan and its ranked results: what one search found. */
export interface Found {
  plan: QueryPlan;
  results: Ranked[];
}

const KIND_LABEL = { walkthrough: '分步指引', duty: '职责', section: '文件条款' } as const;

/** The status line: how many were found and whether they hold the words as typed. */
export function statusText(found: Found): string {
  const q = found.plan.text;
  const n = found.results.length;
  const exact = found.results.filter((r) => r.via === 'exact').length;
  if (!n) return `没有找到与「${q}」相关的内容。`;
  if (exact) return `找到 ${n} 条结果，其中 ${exact} 条含有「${q}」。`;
  return found.results.some((r) => r.via === 'related')
    ? `文件中没有「${q}」这个说法；下面是意思相近的 ${n} 条结果。`
    : `没有完全相符的内容；下面 ${n} 条只含「${q}」中的部分词语。`;
}

export function resultHtml(r: Ranked, data: PageData, prefs: Preferences, i: number): string {
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

export function emptyHtml(q: string, data: PageData, state: SearchState): string {
  const filtered = FILTERS.some((f) => state.filters[f]);
  return `<div class="empty"><p>没有找到与「${escapeHtml(q)}」相关的内容。可以：</p><ul>
${data.situations ? `<li>从<a href="${escapeHtml(data.situations)}">常见情况列表</a>里找到您遇到的情况，按步骤办；</li>` : ''}
<li>换一种说法，或把长句缩短成一两个词，例如「一个人在家」「不上学」「挨打」；</li>
${filtered ? '<li>清除筛选条件后再搜；</li>' : ''}
<li>直接打开下面的文件阅读。</li></ul>
<p>${linkPhones('孩子有危险，请立即拨打 110；求助或举报可拨打 12355。')}</p></div>`;
}
