/**
 * The search records (build time only; integrations/pagefind.ts). A record is what a reader lands
 * on: a document's section, a duty card, a walkthrough page. Each is handed to Pagefind as a small
 * HTML file of its own. A document's sections are cut here from its built page, so what Pagefind
 * ignores on the site (data-pagefind-ignore, <del>, screen-reader text) stays ignored, and
 * paragraphs keep their ids (a result can link to the paragraph itself). Duties and walkthroughs
 * are made from the data (data-records.ts).
 */

export type RecordKind = 'section' | 'duty' | 'walkthrough';

export interface SearchRecord {
  kind: RecordKind;
  /** Where the result links: /documents/<id>/#<heading>, /roles/<role>/<doc>/#duty-<name>, /walkthroughs/…/ */
  url: string;
  title: string;
  /** The document id (sections and duties). */
  doc?: string;
  /** The headings above a section (一、… › （二）…), for the result's label. */
  where?: string;
  /** The roles that carry a duty (glossary ids), in the glossary's order. */
  roles?: string[];
  /** A duty's clause (the anchor its quote stands in, in its document). */
  clause?: string;
  /** A township template (乡镇范本) rather than a government's own document. */
  template?: boolean;
  /** What Pagefind indexes. */
  html: string;
}

export const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
/** An HTML fragment's visible words (tags dropped, entities read, whitespace collapsed). */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The one HTML file Pagefind reads for a record: its body, its title and kind as metadata. */
export function recordPage(title: string, kind: RecordKind, body: string): string {
  return `<html lang="zh-CN"><body><div data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-meta="title">${esc(title)}</span><span data-pagefind-meta="kind">${kind}</span></div>${body}</div></body></html>`;
}

function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`search records: ${what} (the page markup changed; update src/search/records.ts)`);
  return value;
}

/**
 * A clause or part heading: an <h2>–<h6> with an id that is a link to itself (<h2 id="s1"><a
 * href="#s1">…), or that is followed by its § link (<a class="anchor">), with the wrapper it
 * stands in. Other headings with ids (the cited documents' title) are neither.
 */
const HEADING = /(?:<div[^>]*>\s*)?<h([2-6])\s+id="([^"]+)"[^>]*>(?=<a href="#\2"[\s>]|(?:(?!<\/h[1-6]>)[\s\S])*?<\/h\1>\s*(?:<span[^>]*>[^<]*<\/span>\s*)?<a class="anchor)((?:(?!<\/h[1-6]>)[\s\S])*?)<\/h\1>/g;

/** A document page → one record for its opening text and one per heading, each up to the next heading. */
export function documentRecords(url: string, html: string): SearchRecord[] {
  const doc = need(/^\/documents\/([^/]+)\/$/.exec(url)?.[1], `${url} is not a document page`);
  const start = need(html.indexOf('<article class="document"'), `${url}: no <article class="document">`);
  const article = html.slice(start, html.indexOf('</article>', start));
  const h1 = need(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(article), `${url}: no <h1>`);
  const template = /data-pagefind-meta="template"[^>]*>yes</.test(article);
  const bodyStart = h1.index + h1[0].length;
  const end = article.indexOf('<section id="corrections"');
  const body = article.slice(bodyStart, end > 0 ? end : undefined);
  const title = textOf(h1[1]!);
  const heads = [...body.matchAll(HEADING)];
  const records: SearchRecord[] = [
    { kind: 'section', url, title, doc, template, html: recordPage(title, 'section', `<h1>${esc(title)}</h1>${body.slice(0, heads[0]?.index ?? body.length)}`) },
  ];
  const above: { level: number; title: string }[] = [];
  heads.forEach((m, i) => {
    const level = Number(m[1]);
    const headTitle = textOf(m[3]!) || '（标题原文缺失的一节）';
    while (above.length && above.at(-1)!.level >= level) above.pop();
    const where = above.map((a) => a.title).join(' › ');
    above.push({ level, title: headTitle });
    const chunk = body.slice(m.index, heads[i + 1]?.index ?? body.length);
    // A law's article (a22, 第二十二条) is found by its number as people type it too (第22条, 22),
    // and with the law's name before it (未成年人保护法第二十二条).
    const article = /^a(\d+)$/.exec(m[2]!)?.[1];
    const words = article ? `<p>${esc(title.replace(/^中华人民共和国/, '').replace(/\s+/g, ''))}${esc(headTitle)} 第${article}条 ${article}</p>` : '';
    records.push({ kind: 'section', url: `${url}#${m[2]}`, title: headTitle, doc, where: where || undefined, template, html: recordPage(headTitle, 'section', chunk + words) });
  });
  return records;
}
