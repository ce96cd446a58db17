/**
 * The laws' articles in search: each article is a record found by its number as printed
 * (第二十二条), as people type it (第22条, 22) and with the law's name (未成年人保护法第二十二条); a
 * bare article number lists that article of every law, 未成年人保护法's first.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogEntry } from '../../src/search/catalog.ts';
import { LAW_ORDER, rankResults } from '../../src/search/rank.ts';
import { documentRecords } from '../../src/search/records.ts';
import { planFor } from '../search/evaluate.ts';

// An article heading on a law's page (Heading.astro, as the law reader compiles it).
const page = `<main><article class="document"><h1>中华人民共和国未成年人保护法</h1><p class="version">2024年4月26日修正</p>
<h2 id="c2" class="d1"><a href="#c2">第二章 家庭保护</a></h2>
<h3 id="a22"><a href="#a22">第二十二条</a></h3>
<p id="a22-p1">未成年人的父母或者其他监护人因外出务工等原因……</p>
<p id="a22-i1" class="item">（一）曾实施性侵害……</p>
<h3 id="a23"><a href="#a23">第二十三条</a></h3>
<p id="a23-p1">未成年人的父母或者其他监护人应当及时将委托照护情况书面告知……</p></article></main>`;

describe('a law\'s article records', () => {
  const records = documentRecords('/documents/law-minors-2024/', page);
  it('one per article, under its chapter, holding its paragraphs and items', () => {
    expect(records.map((r) => [r.url, r.title, r.where])).toEqual([
      ['/documents/law-minors-2024/', '中华人民共和国未成年人保护法', undefined],
      ['/documents/law-minors-2024/#c2', '第二章 家庭保护', undefined],
      ['/documents/law-minors-2024/#a22', '第二十二条', '第二章 家庭保护'],
      ['/documents/law-minors-2024/#a23', '第二十三条', '第二章 家庭保护'],
    ]);
    expect(records[2]!.html).toContain('（一）曾实施性侵害');
  });
  it('with the number as people type it and the law\'s name, for the index only', () => {
    expect(records[2]!.html).toContain('<p>未成年人保护法第二十二条 第22条 22</p>');
    expect(records[1]!.html).not.toContain('第22条');
  });
});

describe('a bare article number', () => {
  const entry = (doc: string, n: number): CatalogEntry => ({ id: `${doc}-${n}`, kind: 'section', doc, title: `第${n}条`, url: `/documents/${doc}/#a${n}`, where: null, roles: [], template: false, clause: null });
  // 未成年人保护法's article is the longest, so Pagefind scores it lowest.
  const entries = [...LAW_ORDER].reverse().map((doc) => entry(doc, 22));
  const catalog: Catalog = new Map(entries.map((e) => [e.id, e]));
  const answer = { exact: entries.map((e) => e.id), loose: new Map(entries.map((e, i) => [e.id, i === entries.length - 1 ? 1 : 10])) };
  const ranked = (q: string) => rankResults(planFor(q), [{ lookup: { phrases: [q], via: 'exact', label: q }, answer }], catalog).map((r) => r.entry.doc);
  it.each(['第二十二条', '第22条', '22', '22条'])('%s: every law\'s article, 未成年人保护法\'s first', (q) => {
    expect(ranked(q)).toEqual([...LAW_ORDER]);
  });
  it('a numeral alone is no article number (十 is a word too): Pagefind\'s order stands', () => {
    expect(ranked('二十二')[0]).not.toBe('law-minors-2024');
  });
});
