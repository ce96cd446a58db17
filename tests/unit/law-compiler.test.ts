/**
 * The markdown-law reader on each of the seven national laws (docs/clause-ids.md, National laws):
 * article counts, chapters, the ids of the shared design resolving to the right words, every
 * article from 1 to the last present once, and the furniture counted against its declaration.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { blocksOf } from '../../src/clauses/index.ts';
import { placeQuote } from '../../src/clauses/quotes.ts';
import { compileLaw } from '../../src/documents/compile/law.ts';
import { chineseNumber } from '../../src/documents/compile/numbering.ts';
import { InputError } from '../../src/documents/errors.ts';
import { inlineText, type Block, type CompiledDocument } from '../../src/documents/model.ts';
import { DeclarationSchema } from '../../src/documents/schemas/correction.ts';
import { compileAll } from '../../src/documents/sources.ts';

const laws = new Map(compileAll(process.cwd()).filter((d) => d.meta.level === 'national').map((d) => [d.meta.id, d]));
const law = (id: string) => laws.get(id)!;
const text = (doc: CompiledDocument, id: string) => {
  const b = doc.blocks.find((x): x is Extract<Block, { inlines: unknown }> => 'inlines' in x && x.id === id);
  return b ? inlineText(b.inlines) : undefined;
};
const articles = (doc: CompiledDocument) => doc.clauses.filter((c) => /^a\d+$/.test(c.id));
const chapters = (doc: CompiledDocument) => doc.clauses.filter((c) => /^c\d+$/.test(c.id));

/** Article count, chapter count and the last article's number, read from the texts themselves. */
const EXPECTED: Record<string, { articles: number; chapters: number; last: string; sections?: number }> = {
  'law-minors-2024': { articles: 132, chapters: 9, last: '第一百三十二条' },
  'law-domestic-violence-2015': { articles: 38, chapters: 6, last: '第三十八条' },
  'law-family-education-2021': { articles: 55, chapters: 6, last: '第五十五条' },
  'law-compulsory-education-2018': { articles: 63, chapters: 8, last: '第六十三条' },
  'law-civil-code-2020': { articles: 204, chapters: 10, last: '第二百零四条', sections: 15 },
  'reg-hukou-1958': { articles: 24, chapters: 0, last: '第二十四条' },
  'reg-social-assistance-2019': { articles: 70, chapters: 13, last: '第七十条' },
};

describe('the seven laws compile', () => {
  it('all seven, level national, each with its version', () => {
    expect([...laws.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const d of laws.values()) expect(d.meta.version?.label).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日(修正|修订|通过)$/);
    expect(law('law-minors-2024').meta.version).toEqual({ date: '2024-04-26', label: '2024年4月26日修正' });
  });
  for (const [id, want] of Object.entries(EXPECTED)) {
    it(`${id}: ${want.articles} articles, the last ${want.last}; ${want.chapters} chapters`, () => {
      const d = law(id);
      expect(articles(d)).toHaveLength(want.articles);
      expect(articles(d).at(-1)!.number).toBe(want.last);
      expect(chapters(d)).toHaveLength(want.chapters);
      if (want.sections) expect(d.clauses.filter((c) => /^c\d+-s\d+$/.test(c.id))).toHaveLength(want.sections);
    });
    it(`${id}: every article from 1 to the last is present once, in order`, () => {
      const ids = articles(law(id)).map((c) => c.id);
      expect(ids).toEqual(Array.from({ length: want.articles }, (_, i) => `a${i + 1}`));
      for (const c of articles(law(id))) expect(chineseNumber(c.number!.slice(1, -1))).toBe(Number(c.id.slice(1)));
    });
  }
});

describe('the ids of the shared design resolve to the right words', () => {
  const minors = () => law('law-minors-2024');
  it('a22 is 第二十二条, a22-p1 its first paragraph, a22-p2 the second', () => {
    expect(text(minors(), 'a22')).toBe('第二十二条');
    expect(text(minors(), 'a22-p1')).toMatch(/^未成年人的父母或者其他监护人因外出务工等原因在一定期限内不能完全履行监护职责的，应当委托具有照护能力的完全民事行为能力人代为照护/);
    expect(text(minors(), 'a22-p2')).toMatch(/^未成年人的父母或者其他监护人在确定被委托人时，应当综合考虑其道德品质/);
  });
  it('a92-i3 is （三） of 第九十二条, an item block of its own', () => {
    expect(text(minors(), 'a92-i3')).toMatch(/^（三）监护人因自身客观原因或者因发生自然灾害/);
    expect(minors().blocks.find((b) => 'id' in b && b.id === 'a92-i3')).toMatchObject({ type: 'paragraph', kind: 'item' });
  });
  it('第二十三条 (委托照护: tell the school and the village committee) is a23 in chapter c2', () => {
    expect(text(minors(), 'a23-p1')).toContain('委托照护');
    expect(minors().clauses.find((c) => c.id === 'a23')?.parent).toBe('c2');
  });
  it('民法典 第三十一条 third paragraph (临时监护) is a31-p3', () => {
    const civil = law('law-civil-code-2020');
    expect(text(civil, 'a31-p3')).toMatch(/^依据本条第一款规定指定监护人前，被监护人的人身权利、财产权利以及其他合法权益处于无人保护状态的，由被监护人住所地的居民委员会、村民委员会、法律规定的有关组织或者民政部门担任临时监护人/);
    expect(civil.clauses.find((c) => c.id === 'a31')?.parent).toBe('c2-s2');
    expect(text(civil, 'c2-s2')).toBe('第二节 监 护');
  });
  it('民法典 chapter headings read U+2002 as one space', () => {
    expect(text(law('law-civil-code-2020'), 'c1')).toBe('第一章 基本规定');
  });
  it('items of two lists in one article name their paragraph (a<n>-p<m>-i<k>)', () => {
    const twoLists = [...laws.values()].flatMap((d) => d.clauses.filter((c) => /-p\d+-i\d+$/.test(c.id)).map((c) => `${d.meta.id}#${c.id}`));
    for (const id of twoLists) expect(id).toMatch(/#a\d+-p\d+-i\d+$/);
    // Whatever the form, one article never mixes them.
    for (const d of laws.values()) {
      const byArticle = new Map<string, Set<boolean>>();
      for (const c of d.clauses.filter((x) => x.kind === 'item')) {
        const a = c.id.split('-')[0]!;
        byArticle.set(a, (byArticle.get(a) ?? new Set()).add(/-p\d+-i/.test(c.id)));
      }
      for (const forms of byArticle.values()) expect(forms.size).toBe(1);
    }
  });
  it('the history lines are the preamble s0-p1 …', () => {
    expect(text(minors(), 's0-p1')).toMatch(/^1991年9月4日/);
    expect(text(minors(), 's0-p5')).toMatch(/^2024年4月26日/);
    expect(minors().clauses.find((c) => c.id === 's0-p6')).toBeUndefined();
  });
  it('a chapter takes in its articles: a quote cited to c2 is placed in its paragraph', () => {
    const placed = placeQuote(minors(), 'c2', '应当委托具有照护能力的完全民事行为能力人代为照护');
    expect(placed).toMatchObject({ kind: 'once', block: { id: 'a22-p1' } });
    expect(blocksOf(minors(), 'c2').map((b) => b.id)).toContain('a23-p1');
    expect(blocksOf(minors(), 'a2').map((b) => b.id)).not.toContain('a22');
  });
});

describe('the reader holds the law to its declaration', () => {
  const source = readFileSync('sources/005_6e783d77e739d867.txt', 'utf8');
  const declaration = () => DeclarationSchema.parse(parse(readFileSync('sources/law-minors-2024.corrections.yaml', 'utf8')));
  const compile = (src: string, decl = declaration()) =>
    compileLaw({ meta: law('law-minors-2024').meta, source: src, declaration: decl, declarationFile: 'sources/law-minors-2024.corrections.yaml' });
  const problem = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof InputError) return e.problem;
      throw e;
    }
    return null;
  };
  it('compiles the source as declared', () => {
    expect(articles(compile(source))).toHaveLength(132);
  });
  it('stops on a skipped article', () => {
    expect(problem(() => compile(source.replace('第二十三条 ', '第二十四条 ')))).toBe('article 24 follows article 22');
  });
  it('stops on a furniture count that differs', () => {
    expect(problem(() => compile(source.replace('第二次修订　', '第二次修订')))).toMatch(/holds 2, not 3/);
  });
  it('stops on an undeclared invisible character', () => {
    expect(problem(() => compile(source.replace('第二十二条 未成年人', '第二十二条 未成年\u200b人')))).toMatch(/U\+200B, which is not declared/);
  });
  it('stops when the INFO END marker is not declared as furniture', () => {
    const d = declaration();
    expect(problem(() => compile(source, { ...d, corrections: d.corrections.filter((c) => !('find' in c && c.find.includes('INFO'))) }))).toMatch(/marker .* is not declared/);
  });
  it('stops on a title that is not the one printed', () => {
    expect(problem(() => compileLaw({ meta: { ...law('law-minors-2024').meta, title: '未成年人保护法' }, source, declaration: declaration(), declarationFile: 'x' }))).toMatch(/is not the title the source prints/);
  });
});
