/** Coverage per sentence: the split, what a quote covers, and the left-out file's two forms. */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/clauses/sentences.ts';
import { compiledDocuments } from '../../src/documents/sources.ts';
import { coverageOf, CoverageFileSchema } from '../../src/duties/coverage.ts';
import { CataloguedDutySchema } from '../../src/duties/schema.ts';

const sixian = compiledDocuments().find((d) => d.meta.id === 'sixian-2020')!;

describe('sentences', () => {
  it('split a block after 。；！？ and keep a closing quote mark with its sentence', () => {
    const s = sentencesOf({ id: 'x-p1', text: '甲要报告。乙要“出警。”丙；丁！戊？' });
    expect(s.map((x) => `${x.id} ${x.text}`)).toEqual(['x-p1.1 甲要报告。', 'x-p1.2 乙要“出警。”', 'x-p1.3 丙；', 'x-p1.4 丁！', 'x-p1.5 戊？']);
  });
  it('keep a table row whole', () => {
    expect(sentencesOf({ id: 'annex-t1-r2', text: '2\t实施医疗救助。提升保障。\t县医保局' })).toHaveLength(1);
  });
});

describe('coverage per sentence', () => {
  const entry = CataloguedDutySchema.parse({
    id: 'sixian-2020/report', kind: 'case', document: 'sixian-2020', clause: 's2-1-6', anchor: 's2-1-6-p1', roles: ['school'],
    situations: ['living-alone'], mechanism: 'mandatory-report', action: '发现后第一时间向公安机关报案', trigger: '脱离监护单独居住生活',
    quote: '应当第一时间向公安机关报案',
  });
  const unit = (r: ReturnType<typeof coverageOf>, id: string) => r.units.find((u) => u.id === id)!;
  it('a quote covers the sentence it stands in, and no other', () => {
    const r = coverageOf(sixian, [entry], []);
    expect(unit(r, 's2-1-6-p1.3')).toMatchObject({ status: 'covered', duties: ['sixian-2020/report'] });
    expect(unit(r, 's2-1-6-p1.4').status).toBe('unclassified');
  });
  it('a reason covers one sentence, or a clause and all below it', () => {
    const leftOut = CoverageFileSchema.parse([{ sentence: 's2-1-6-p1.4', reason: '追责，见后果条目' }, { clause: 's1', reason: '总体要求，无具体职责' }]);
    const r = coverageOf(sixian, [entry], leftOut);
    expect(unit(r, 's2-1-6-p1.4')).toMatchObject({ status: 'left-out', reason: '追责，见后果条目' });
    expect(unit(r, 's1-p1.1').status).toBe('left-out');
    expect(r.unknown).toEqual([]);
  });
  it('a reason that names no sentence or clause of the document is reported', () => {
    const r = coverageOf(sixian, [], CoverageFileSchema.parse([{ sentence: 's2-1-6-p1.99', reason: '不存在的句子' }, { clause: 's9', reason: '不存在的条款' }]));
    expect(r.unknown).toEqual(['s2-1-6-p1.99', 's9']);
  });
  it('the file rejects an entry that is neither form', () => {
    expect(CoverageFileSchema.safeParse([{ reason: '没有说是哪一句' }]).success).toBe(false);
    expect(CoverageFileSchema.safeParse([{ sentence: 's2-1-6-p1', reason: '缺句号编号' }]).success).toBe(false);
  });
});
