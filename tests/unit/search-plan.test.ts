/** The query-rewrite layer: colloquial words → the documents' words; no single characters. */
import { describe, expect, it } from 'vitest';
import { DEADLINES, MECHANISMS, ROLES, SITUATIONS } from '../../src/glossary.ts';
import { normalizeQuery } from '../../src/search/normalize.ts';
import { pagefindQuery, planQuery, queryWords } from '../../src/search/plan.ts';
import { relatedTerms } from '../../src/search/synonyms.ts';

const glossary = [...SITUATIONS, ...MECHANISMS, ...DEADLINES, ...ROLES];
const related = (q: string) => relatedTerms(q, glossary).map((r) => r.words);

describe('normalizeQuery', () => {
  it('turns full-width digits and spaces into half-width, drops quotes, collapses spaces', () => {
    expect(normalizeQuery('  “１２３５５”　 专线 ')).toBe('12355 专线');
  });
});

describe('relatedTerms: colloquial → policy terms', () => {
  it.each([
    ['一个人在家', ['单独居住生活', '无人监护']],
    ['孩子独自在家没人管', ['单独居住生活', '无人监护']],
    ['没有户口', ['无户籍']],
    ['没上户口', ['无户籍']],
    ['不上学', ['失学辍学', '不到校']],
    ['不去学校', ['失学辍学', '不到校']],
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
});

describe('planQuery', () => {
  it('keeps the exact phrase first and quotes it for Pagefind', () => {
    const plan = planQuery('强制报告', glossary);
    expect(plan.phrases).toEqual(['强制报告']);
    expect(pagefindQuery(plan.phrases)).toBe('"强制报告"');
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
