/** The query-rewrite layer: colloquial words → the documents' words; no single characters. */
import { describe, expect, it } from 'vitest';
import { DEADLINES, MECHANISMS, ROLES, SITUATIONS } from '../../src/glossary.ts';
import { normalizeQuery } from '../../src/search/normalize.ts';
import { lookups, pagefindQueries, planQuery, queryWords } from '../../src/search/plan.ts';
import { relatedTerms } from '../../src/search/synonyms.ts';
import { rankResults } from '../../src/search/rank.ts';
import type { CatalogEntry } from '../../src/search/catalog.ts';

const glossary = [...SITUATIONS, ...MECHANISMS, ...DEADLINES, ...ROLES];
const related = (q: string) => relatedTerms(q, glossary).map((r) => r.words);

describe('normalizeQuery', () => {
  it('turns full-width digits and spaces into half-width, quotes into ", collapses spaces', () => {
    expect(normalizeQuery('  “１２３５５”　 专线 ')).toBe('"12355" 专线');
  });

  it('strips control and direction characters (NUL, U+202E, zero-width)', () => {
    expect(normalizeQuery('强制\u0000报告\u202E\u200B\u2066')).toBe('强制报告');
    expect(normalizeQuery('a\tb\nc')).toBe('a b c');
  });

  it('keeps at most 100 characters, never half a character', () => {
    expect([...normalizeQuery('报'.repeat(45_000))].length).toBe(100);
    expect(normalizeQuery('😀'.repeat(150))).toBe('😀'.repeat(100));
  });

  it('keeps what people type as text: <主持工作> stays as typed', () => {
    expect(normalizeQuery('<主持工作>')).toBe('<主持工作>');
  });
});

describe('relatedTerms: colloquial → policy terms', () => {
  it.each([
    ['一个人在家', ['单独居住生活', '无人监护']],
    ['孩子独自在家没人管', ['单独居住生活', '无人监护']],
    ['没有户口', ['无户籍']],
    ['没上户口', ['无户籍']],
    ['不上学', ['失学辍学', '无故不到校']],
    ['不去学校', ['失学辍学', '无故不到校']],
    ['辍学', ['失学辍学']],
    ['打孩子', ['家庭暴力']],
    ['家暴', ['家庭暴力']],
    ['走丢', ['失踪']],
    ['找不到孩子', ['失踪']],
    ['热线', ['12355']],
    ['一周', ['一个星期']],
  ])('%s → %j', (q, expected) => {
    expect(related(q)).toEqual(expect.arrayContaining(expected));
  });

  it('uses the glossary `also` lists both ways', () => {
    expect(related('无人监护')).toEqual(expect.arrayContaining(['脱离监护单独居住生活', '单独居住生活']));
    expect(related('委托照护')).toContain('委托监护');
  });

  it('does not read a short term inside a longer one (监护人 in 撤销监护人资格 is not 父母)', () => {
    expect(related('撤销监护人资格')).not.toContain('父母');
  });

  it('never offers the query itself or a part of it', () => {
    expect(related('单独居住生活')).not.toContain('单独居住生活');
  });

  it('matches the everyday table on the query less words for "child" too (不给生活费 in 爸爸不给孩子生活费)', () => {
    expect(related('爸爸不给孩子生活费')).toContain('抚养费');
  });

  it('asks a row matched only inside another row\'s longer match not at all (生活费 inside 不给生活费)', () => {
    expect(related('爸爸不给孩子生活费')).not.toContain('最低生活保障');
  });

  it('searches a situation that names a role (残疾) like any other, and a documents\' word typed inside everyday language', () => {
    expect(related('残疾孩子上不了学')).toEqual(expect.arrayContaining(['残疾', '入学']));
  });

  it('never offers a word too common in these documents to mean anything (留守儿童)', () => {
    expect(related('什么算留守儿童')).not.toContain('留守儿童');
    expect(related('什么算留守儿童')).toContain('不满十六周岁');
  });
});

describe('planQuery', () => {
  it('keeps the exact phrase first and quotes it for Pagefind', () => {
    const plan = planQuery('强制报告', glossary);
    expect(plan.phrases).toEqual(['强制报告']);
    expect(pagefindQueries(lookups(plan)[0]!)).toEqual({ exact: '"强制报告"', loose: '强制报告' });
  });

  it('a quoted query is looked up only as typed', () => {
    const plan = planQuery('"孩子在河边钓鱼"', glossary);
    expect(plan.quoted).toBe(true);
    expect(lookups(plan)).toHaveLength(1);
  });

  it('everyday questions: filler and words for "child" dropped, the documents\' words found', () => {
    const plan = planQuery('娃一个人在家咋办', glossary);
    expect(plan.everyday).toBe(true);
    expect(plan.related.map((r) => r.words)).toContain('单独居住生活');
    // Everyday words are not looked up as typed (no document has them): only the documents' words.
    expect(plan.related.map((r) => r.words)).not.toContain('一个人在家');
  });

  it('a role word alone looks for the role; beside a situation it only ranks the role first', () => {
    expect(planQuery('老师', glossary).related.map((r) => r.words)).toContain('学校');
    const p = planQuery('老师发现学生挨打', glossary);
    expect(p.roles).toContain('school');
    expect(p.related.map((r) => r.words)).not.toContain('学校');
    expect(p.related.map((r) => r.words)).toContain('家庭暴力');
  });

  it('splits on spaces into phrases that must all occur', () => {
    expect(planQuery('强制报告  学校', glossary).phrases).toEqual(['强制报告', '学校']);
  });

  it('an empty query plans nothing', () => {
    expect(planQuery('   ', glossary)).toMatchObject({ text: '', phrases: [], related: [], words: [] });
  });
});

describe('queryWords: what a partial match may use', () => {
  it('never uses single characters or empty words', () => {
    const words = queryWords(['孩子生病了怎么办']);
    expect(words).toContain('生病');
    expect(words.every((w) => [...w].length >= 2)).toBe(true);
    expect(words).not.toContain('孩子');
  });

  it('keeps numbers', () => {
    expect(queryWords(['12355'])).toEqual(['12355']);
  });
});

describe('ranking: each idea of a query counts once', () => {
  const entry = (id: string): CatalogEntry => ({ id, kind: 'duty', doc: 'longli-2017', title: id, url: `/roles/school/longli-2017/#duty-${id}`, where: null, roles: [], template: false, clause: null });
  const catalog = new Map(['z-both', 'a-twice'].map((id) => [id, entry(id)]));
  const plan = planQuery('家长不管要批评教育吗', glossary);
  const found = (words: string, idea: string, ids: string[]) => ({
    lookup: { phrases: [words], via: 'related' as const, label: words, idea },
    answer: { exact: ids, loose: new Map(ids.map((id) => [id, 1])) },
  });

  it('a record answering two things said ranks above one with two words for one of them', () => {
    const ranked = rankResults(plan, [found('不履行监护职责', '不管', ['z-both', 'a-twice']), found('监护能力', '不管', ['a-twice']), found('训诫', '批评教育', ['z-both'])], catalog);
    expect(ranked.map((r) => r.entry.id)).toEqual(['z-both', 'a-twice']);
  });
});
