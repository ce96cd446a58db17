/**
 * What a law's page is made of, without a browser: the jump box's reading of what a reader types,
 * the contents (chapters, sections, article ranges) read off the clause index, the laws' one
 * offline pack, and their 国家法律法规 group with its version dates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCompiled } from '../../src/clauses/read.ts';
import { articleRange, lawContents } from '../../src/clauses/law-toc.ts';
import { articleNumber } from '../../src/documents/chinese-number.ts';
import { groupDocuments, LAWS_HEADING, listDate, regionLabel } from '../../src/components/labels.ts';
import { LAWS_PACK, packHeads, packOf } from '../../src/offline/packs.ts';
import { DOCUMENT_IDS, LAW_IDS } from '../documents.ts';

const committed = (id: string) => readCompiled(readFileSync(`src/content/documents/${id}.mdx`, 'utf8'), id);

describe('the jump box reads an article number as people type it', () => {
  it.each([
    ['23', 23], ['第23条', 23], ['第二十三条', 23], ['二十三', 23], ['２３', 23], [' 第 二十三 条 ', 23],
    ['132', 132], ['第一百三十二条', 132], ['第二百零四条', 204], ['十', 10],
  ])('%s → %i', (typed, n) => expect(articleNumber(typed)).toBe(n));
  it.each(['', '第条', '0', 'abc', '第二二条', '委托照护'])('%s → null', (typed) => expect(articleNumber(typed)).toBeNull());
});

describe('a law\'s contents', () => {
  it('未成年人保护法: nine chapters, 第二章 holds 第十五条至第二十四条', () => {
    const parts = lawContents(committed('law-minors-2024').clauses);
    expect(parts).toHaveLength(9);
    expect(parts[1]).toMatchObject({ id: 'c2', text: '第二章 家庭保护' });
    expect(articleRange(parts[1]!.articles)).toBe('第十五条至第二十四条');
    expect(parts.flatMap((p) => p.articles)).toHaveLength(132);
  });
  it('民法典: a chapter\'s sections with their own ranges (监护: 第二十六条至第三十九条)', () => {
    const parts = lawContents(committed('law-civil-code-2020').clauses);
    const guardianship = parts[1]!.sections.find((s) => s.id === 'c2-s2')!;
    expect(guardianship.text).toBe('第二节 监 护');
    expect(articleRange(guardianship.articles)).toBe('第二十六条至第三十九条');
  });
  it('户口登记条例, without chapters: one group of all its articles', () => {
    const parts = lawContents(committed('reg-hukou-1958').clauses);
    expect(parts).toEqual([expect.objectContaining({ id: null, text: '全文', sections: [] })]);
    expect(articleRange(parts[0]!.articles)).toBe('第一条至第二十四条');
  });
});

describe('the laws\' one offline pack', () => {
  const docs = DOCUMENT_IDS.map((id) => ({ id, data: committed(id).meta }));
  const heads = packHeads(docs);
  it('is one pack, national, holding the seven; every local document keeps its own', () => {
    expect(heads.filter((h) => h.kind === 'laws')).toEqual([{ id: LAWS_PACK, kind: 'laws', title: '国家法律法规', members: [...LAW_IDS] }]);
    expect(heads.map((h) => h.id)).not.toContain('law-minors-2024');
    expect(heads).toHaveLength(DOCUMENT_IDS.length - LAW_IDS.length + 1);
  });
  it('holds a law\'s pages and the national walkthrough\'s', () => {
    expect(packOf('/documents/law-minors-2024/', heads)).toBe(LAWS_PACK);
    expect(packOf('/documents/reg-hukou-1958/corrections/', heads)).toBe(LAWS_PACK);
    expect(packOf('/walkthroughs/living-alone/national/school/', heads)).toBe(LAWS_PACK);
    expect(packOf('/documents/longli-2017/', heads)).toBe('longli-2017');
  });
});

describe('the laws in lists', () => {
  const entries = DOCUMENT_IDS.map((id) => ({ id, data: committed(id).meta }));
  it('stand apart under 国家法律法规, each with its version date', () => {
    const group = groupDocuments(entries).find((g) => g.level === 'national')!;
    expect(group.label).toBe(LAWS_HEADING);
    expect(group.regions.flatMap((r) => r.documents).map((d) => d.id).sort()).toEqual([...LAW_IDS]);
    expect(listDate(committed('law-minors-2024').meta)).toBe('2024年4月26日修正');
    expect(regionLabel(committed('law-minors-2024').meta.region, 'national')).toBe('全国');
  });
});
