/**
 * The laws beside the counties in search (issue 17): the county documents' results keep their
 * order and a law's record is woven in after every two of theirs; a query that asks what the law
 * says (法律, 国家规定) has the laws first, less those words. And an idea few records answer
 * outweighs one many answer.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/search/catalog.ts';
import { planQuery } from '../../src/search/plan.ts';
import { rankResults } from '../../src/search/rank.ts';
import { SEARCH_TERMS } from '../../src/search/terms.ts';

const section = (doc: string, anchor: string): CatalogEntry => ({ id: `${doc}#${anchor}`, kind: 'section', doc, title: anchor, url: `/documents/${doc}/#${anchor}`, where: null, roles: [], template: false, clause: null });
const entries = [section('longli-2017', 's5-1-2'), section('ningcheng-2017', 's3-5'), section('sixian-2020', 's2-1-5'), section('law-minors-2024', 'a92'), section('wuhai-2016', 's3')];
const catalog = new Map(entries.map((e) => [e.id, e]));
// Pagefind's order: the law's article scores highest of all.
const scores = new Map([['law-minors-2024#a92', 10], ['longli-2017#s5-1-2', 9], ['ningcheng-2017#s3-5', 8], ['sixian-2020#s2-1-5', 7], ['wuhai-2016#s3', 6]]);
const ranked = (q: string) => {
  const plan = planQuery(q, SEARCH_TERMS);
  const lookup = { phrases: plan.phrases, via: 'exact' as const, label: plan.text };
  return rankResults(plan, [{ lookup, answer: { exact: entries.map((e) => e.id), loose: scores } }], catalog).map((r) => r.entry.id);
};

describe('laws beside the counties', () => {
  it("keep the county documents' order, with the law's best record after every two of theirs", () => {
    expect(ranked('临时监护')).toEqual(['longli-2017#s5-1-2', 'ningcheng-2017#s3-5', 'law-minors-2024#a92', 'sixian-2020#s2-1-5', 'wuhai-2016#s3']);
  });

  it('put the laws first for a query that asks what the law says, and do not look for 法律 itself', () => {
    const plan = planQuery('临时监护 法律', SEARCH_TERMS);
    expect(plan.national).toBe(true);
    expect(plan.phrases).toEqual(['临时监护']);
    expect(ranked('临时监护 法律')[0]).toBe('law-minors-2024#a92');
  });

  it('read 法律 inside a phrase of the vocabulary as that phrase (法律援助 is legal aid)', () => {
    expect(planQuery('法律援助', SEARCH_TERMS)).toMatchObject({ national: false, phrases: ['法律援助'] });
  });
});

describe('ideas few records answer', () => {
  const duty = (id: string): CatalogEntry => ({ id, kind: 'duty', doc: 'sixian-2020', title: id, url: `/roles/school/sixian-2020/#duty-${id}`, where: null, roles: [], template: false, clause: null });
  const many = Array.from({ length: 30 }, (_, i) => duty(`subsidy-${String(i).padStart(2, '0')}`));
  const catalog2 = new Map([...many, duty('z-cheating')].map((e) => [e.id, e]));
  const found = (words: string, idea: string, ids: string[]) => ({ lookup: { phrases: [words], via: 'related' as const, label: words, idea }, answer: { exact: ids, loose: new Map(ids.map((id) => [id, 1])) } });

  it('outweigh one many answer: 骗 (骗取, one record) before 补助 (thirty)', () => {
    const plan = planQuery('家长骗孩子的补助钱', SEARCH_TERMS);
    const ranked2 = rankResults(plan, [found('最低生活保障', '补助', many.map((e) => e.id)), found('骗取', '骗', ['z-cheating'])], catalog2);
    expect(ranked2[0]!.entry.id).toBe('z-cheating');
  });
});
