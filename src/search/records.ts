/**
 * The search records, cut from the built HTML (build time only; integrations/pagefind.ts).
 * A record is what a reader lands on: a document's section, a duty card, a walkthrough page.
 * Each is handed to Pagefind as a small HTML file of its own, so what Pagefind ignores on the
 * site (data-pagefind-ignore, <del>, screen-reader text) stays ignored, and paragraphs keep their
 * ids (a result can link to the paragraph itself).
 */
import { ROLES, SITUATIONS } from '../glossary.ts';
import { roleUrl } from '../urls.ts';

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

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
/** An HTML fragment's visible words (tags dropped, entities read, whitespace collapsed). */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The one HTML file Pagefind reads for a record: its body, its title and kind as metadata. */
function page(title: string, kind: RecordKind, body: string): string {
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
    { kind: 'section', url, title, doc, template, html: page(title, 'section', `<h1>${esc(title)}</h1>${body.slice(0, heads[0]?.index ?? body.length)}`) },
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
    records.push({ kind: 'section', url: `${url}#${m[2]}`, title: headTitle, doc, where: where || undefined, template, html: page(headTitle, 'section', chunk + words) });
  });
  return records;
}

const ROLE_ORDER = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));

/**
 * Role pages → one record per duty (under a situation, or among the standing work, 常规工作任务).
 * A duty stands on the page of every role that carries it; it is indexed once, at the page of its first role in the glossary's order, with every role and
 * every situation it is listed under as searchable words. The card's field labels (时限, 告诉谁…),
 * the glossary's deadline kind and the next steps (other duties) are left out.
 */
export function dutyRecords(pages: readonly { url: string; html: string }[]): SearchRecord[] {
  const byKey = new Map<string, { doc: string; name: string; roles: Set<string>; situations: Set<string>; card: string; action: string; clause?: string }>();
  for (const { url, html } of pages) {
    const m = need(/^\/roles\/([^/]+)\/([^/]+)\/$/.exec(url), `${url} is not a role page`);
    const role = m[1]!;
    const doc = m[2]!;
    for (const sec of html.matchAll(/<section class="(?:situation|part)" id="[^"]+"[^>]*>\s*<h2[^>]*>([\s\S]*?)<\/h2>([\s\S]*?)<\/section>\s*(?=<section class="(?:situation|part)"|<\/div>)/g)) {
      const situation = textOf(sec[1]!);
      for (const card of sec[2]!.matchAll(/<article class="duty" id="duty-([^"]+)"[^>]*>([\s\S]*?)<\/article>/g)) {
        const key = `${doc}/${card[1]}`;
        let d = byKey.get(key);
        if (!d) {
          const inner = card[2]!.split('<section class="next"')[0]!;
          const action = textOf(need(/<h3[^>]*>([\s\S]*?)<\/h3>/.exec(inner), `${url}#duty-${card[1]}: no <h3> action`)[1]!);
          const clean = inner
            .replace(/<dt[\s\S]*?<\/dt>/g, '')
            .replace(/<figure[\s\S]*?<\/figure>/g, '')
            .replace(/<span class="kind">[\s\S]*?<\/span><\/span>/g, '</span>')
            .replace(/<p class="source"[\s\S]*?<\/p>/g, '');
          const clause = /class="duty-cite[^"]*" href="\/documents\/[^/]+\/#([^":]+)/.exec(inner)?.[1];
          d = { doc, name: card[1]!, roles: new Set(), situations: new Set(), card: clean, action, clause };
          byKey.set(key, d);
        }
        d.roles.add(role);
        d.situations.add(situation);
      }
      // Repeats (已在上文列出) name the duty under a further situation.
      for (const rep of sec[2]!.matchAll(/<a href="#duty-([^"]+)"/g)) byKey.get(`${doc}/${rep[1]}`)?.situations.add(situation);
    }
  }
  return [...byKey.values()].map((d) => {
    const roles = [...d.roles].sort((a, b) => (ROLE_ORDER.get(a) ?? 999) - (ROLE_ORDER.get(b) ?? 999));
    const words = `<p>${esc([...d.situations].join('、'))}</p>`;
    return {
      kind: 'duty' as const,
      url: roleUrl(roles[0]!, d.doc, `duty-${d.name}`),
      title: d.action,
      doc: d.doc,
      roles,
      clause: d.clause,
      html: page(d.action, 'duty', d.card + words),
    };
  });
}

/**
 * A walkthrough's start page → its record, labelled 分步指引, from what the page marks
 * for search (data-pagefind-body), with the glossary's names for its situation (the walkthrough's
 * id) as further words, so the documents' terms for a situation find its walkthrough too.
 * Title: the page's data-pagefind-meta="title" (which names the situation), else its <h1>.
 * The outcome pages below a start page have records of their own (outcomeRecord).
 */
export function walkthroughRecord(url: string, html: string): SearchRecord | null {
  // A situation's walkthrough (its id is the situation's); the list of situations is offered when nothing is found.
  const m = /^\/walkthroughs\/([^/]+)\/$/.exec(url);
  const situation = (SITUATIONS as readonly { id: string; zh: string; also?: readonly string[] }[]).find((t) => t.id === m?.[1]);
  if (!situation) return null;
  // The marked element with what follows it in <main>; the marker itself goes (the record's page has its own).
  const body = /<[a-z]+[^>]*\sdata-pagefind-body[^>]*>[\s\S]*(?=<\/main>)/.exec(html)?.[0].replace(/\sdata-pagefind-body(="[^"]*")?/, '');
  if (!body) return null;
  const title = textOf(/data-pagefind-meta="title"[^>]*>([^<]*)</.exec(body)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1] ?? '');
  if (!title) return null;
  const words = `<p>${esc([situation.zh, ...(situation.also ?? [])].join('、'))}</p>`;
  return { kind: 'walkthrough', url, title, html: page(title, 'walkthrough', body.replace(/<script[\s\S]*?<\/script>/g, '') + words) };
}

/** What /data/walkthroughs.json says of an outcome page. */
export interface OutcomeFacts {
  url: string;
  walkthrough: string;
  document: string;
  role: string;
  situations: readonly string[];
}

/**
 * A walkthrough's outcome page → its record, labelled 分步指引, for its document and role: the
 * situation and the answers that lead there, and the glossary's names for its situations, under
 * the page's title. Not the steps: the duties' and sections' records hold them, and with them the
 * index would be three times the size (every Pagefind look-up loads more of it). Search shows one walkthrough per situation
 * (rank.ts): this outcome only for a reader whose remembered document and role it is for.
 */
export function outcomeRecord(html: string, o: OutcomeFacts): SearchRecord {
  const title = textOf(need(/data-pagefind-meta="title"[^>]*>([^<]*)</.exec(html), `${o.url}: no data-pagefind-meta="title"`)[1]!);
  const outcome = need(/<div class="outcome"[^>]*>([\s\S]*?)<section aria-labelledby="if-not-h"/.exec(html) ?? /<div class="outcome"[^>]*>([\s\S]*?)<\/main>/.exec(html), `${o.url}: no <div class="outcome">`)[1]!;
  const situation = /<p class="situation"[^>]*>([\s\S]*?)<\/p>/.exec(outcome)?.[1] ?? '';
  const answers = [...(/<dl class="walk-answers"[^>]*>([\s\S]*?)<\/dl>/.exec(outcome)?.[1] ?? '').matchAll(/<(dt|strong)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => textOf(m[2]!));
  const names = (SITUATIONS as readonly { id: string; zh: string; also?: readonly string[] }[]).filter((t) => o.situations.includes(t.id)).flatMap((t) => [t.zh, ...(t.also ?? [])]);
  // Not the title's words (role, document, 您要做的事): every outcome has them, the reader's choice already selects by them (rank.ts), and the index would grow by a third.
  const body = [`<p>${esc(textOf(situation))}</p>`, ...answers.map((a) => `<p>${esc(a)}</p>`), `<p>${esc(names.join('、'))}</p>`].join('');
  return { kind: 'walkthrough', url: o.url, title, doc: o.document, roles: [o.role], where: textOf(situation) || undefined, html: page(title, 'walkthrough', body) };
}
