/**
 * The parents' and trainers' selections that do not depend on the catalogue: the forms a
 * document names but does not carry (read off the compiled body), and the plain explanations
 * shown once at a term's first mention.
 */
import { describe, expect, it } from 'vitest';
import { attachments } from '../../src/documents/attachments.ts';
import type { Block } from '../../src/documents/model.ts';
import { compiledDocuments } from '../../src/documents/sources.ts';
import { EXPLANATIONS, firstMentions, termsIn } from '../../src/explanations.ts';

const compiled = (id: string) => compiledDocuments().find((d) => d.meta.id === id)!;
const fixture = (blocks: Block[]) => ({ meta: { ...compiled('longli-2017').meta, id: 'alpha-2017' }, blocks });
const text = (t: string) => [{ t: 'text' as const, text: t }];

describe('attachments', () => {
  it('lists 龙里 附件1–7 by the list\'s titles, with the blocks that name them', () => {
    const list = attachments(compiled('longli-2017'));
    expect(list.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(list[0]!.title).toBe('留守儿童委托监护责任确认书');
    expect(list[0]!.namedIn).toEqual([{ block: 's5-1-1-p1', words: '留守儿童委托监护责任确认书' }]);
    // The text words 附件2 differently from the list (no 农村): both kept, each where it stands.
    expect(list[1]!.title).toBe('农村留守儿童委托监护责任书');
    expect(list[1]!.namedIn[0]!.words).toBe('留守儿童委托监护责任书');
    expect(list.slice(2).every((a) => a.namedIn.some((n) => n.block === 's7-2-p1'))).toBe(true);
  });

  it('finds none where a document lists none', () => {
    for (const id of ['ningcheng-2017', 'wuhai-2016', 'template-township']) expect(attachments(compiled(id))).toEqual([]);
  });

  it('stops on a reference to an attachment the list lacks, naming the document and the fix', () => {
    const broken = fixture([{ type: 'paragraph', id: 's1-p1', kind: 'paragraph', inlines: text('填写《甲表》（见附件9）') }, { type: 'list', items: ['1.乙表'] }]);
    expect(() => attachments(broken)).toThrow(/alpha-2017: block s1-p1 cites 附件9.*corrections\.yaml/);
    expect(() => attachments(fixture([{ type: 'list', items: ['乙表'] }]))).toThrow(/has no number/);
  });
});

describe('explanations', () => {
  it('finds a term by any of its spellings', () => {
    expect(termsIn('委托有监护能力的亲属代为监护').map((e) => e.term)).toContain('委托监护');
    expect(termsIn('今天天气好')).toEqual([]);
  });

  it('explains each term once, at its first mention', () => {
    const shown = firstMentions(['与村（居）委会签订监护责任书', '签订监护责任书后外出', '委托他人监护']);
    expect(shown[0]!.map((e) => e.term)).toEqual(expect.arrayContaining(['监护责任书', '村（居）委会']));
    expect(shown[1]!.map((e) => e.term)).not.toContain('监护责任书');
    expect(shown[2]!.map((e) => e.term)).toContain('委托监护');
  });

  it('has one entry per term, each short', () => {
    expect(new Set(EXPLANATIONS.map((e) => e.term)).size).toBe(EXPLANATIONS.length);
    for (const e of EXPLANATIONS) expect(e.plain.length).toBeLessThanOrEqual(80);
  });
});
