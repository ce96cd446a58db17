import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDocument } from '../../src/documents/compile/compile.ts';
import { InputError } from '../../src/documents/errors.ts';
import { toMdx } from '../../src/documents/compile/mdx.ts';
import { inlineText, type Block } from '../../src/documents/model.ts';
import { DeclarationSchema } from '../../src/documents/schemas/correction.ts';
import { compileAll } from '../../src/documents/sources.ts';
import { DOCUMENT_IDS } from '../documents.ts';

const root = process.cwd();
const docs = new Map(compileAll(root).map((d) => [d.meta.id, d]));
const doc = (id: string) => docs.get(id)!;
const block = (id: string, blockId: string) =>
  doc(id).blocks.find((b): b is Extract<Block, { id: string }> => 'id' in b && b.id === blockId);
const text = (id: string, blockId: string) => {
  const b = block(id, blockId);
  return b && 'inlines' in b ? inlineText(b.inlines) : undefined;
};

describe('the committed documents', () => {
  it('are exactly what the compiler makes from sources/ (run npm run compile)', () => {
    for (const d of docs.values()) {
      expect(readFileSync(`src/content/documents/${d.meta.id}.mdx`, 'utf8'), d.meta.id).toBe(toMdx(d));
    }
  });
  it('are every registered document', () => {
    expect([...docs.keys()].sort()).toEqual(DOCUMENT_IDS);
  });
});

describe('headings follow the documents\' own numbering', () => {
  it('三（二） is s3-2, and its title sentence is split from the body', () => {
    expect(text('ningcheng-2017', 's3-2')).toBe('(二) 建立强制报告机制。');
    expect(text('ningcheng-2017', 's3-2-p1')).toMatch(/^学校、幼儿园、医疗机构/);
  });
  it('1. under （二） under 一、 is s1-2-1', () => {
    expect(text('ningcheng-2017', 's1-2-1')).toBe('1. 突出家庭尽责。');
  });
  it('泗县 keeps its own item numbers 7–9 under （二）', () => {
    expect(text('sixian-2020', 's2-2-9')).toBe('9.完善关爱保护机制。');
  });
  it('a numbered line with no short title is one item paragraph', () => {
    expect(block('longli-2017', 's5-2-2')).toMatchObject({ type: 'paragraph', kind: 'item' });
  });
  it('task rows belong to the （n） section they close', () => {
    expect(text('longli-2017', 's5-3-p1')).toBe('牵头单位：县教育局');
    expect(text('longli-2017', 's5-3-p3')).toBe('完成时限：2016年12月21日-2017年7月31日');
  });
  it('every clause id is unique and every parent exists', () => {
    for (const d of docs.values()) {
      const ids = d.clauses.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const c of d.clauses) if (c.parent) expect(ids).toContain(c.parent);
    }
  });
});

describe('declared corrections', () => {
  it('宁城: page-break splits are joined, with a mark at each join', () => {
    expect(text('ningcheng-2017', 's2-2-p1')).toContain('镇乡卫生院和社区卫生服务中心');
    expect(text('ningcheng-2017', 's3-3-p1')).toContain('强制报告责任人要协助公安机关');
    expect(doc('ningcheng-2017').corrections.filter((c) => c.kind === 'join')).toHaveLength(7);
  });
  it('宁城: the repeated letterhead is dropped once', () => {
    const heads = doc('ningcheng-2017').blocks.filter((b) => 'inlines' in b && inlineText(b.inlines) === '宁城县人民政府办公室文件');
    expect(heads).toHaveLength(1);
  });
  it('乌海: furniture removed, number and date restored, losses marked', () => {
    const d = doc('wuhai-2016');
    const all = d.blocks.map((b) => ('inlines' in b ? inlineText(b.inlines) : '')).join('\n');
    expect(all).not.toContain('扫一扫');
    expect(all).not.toContain('ICP');
    expect(all).toContain('乌海政办发〔2016〕71号');
    expect(all).toContain('2016年11月23日');
    expect(d.corrections.filter((c) => c.kind === 'remove')).toHaveLength(11);
    expect(block('wuhai-2016', 's2')).toMatchObject({ type: 'heading', lost: true, number: '二、' });
    expect(d.blocks.filter((b) => b.type === 'lost')).toHaveLength(6);
    const p = block('wuhai-2016', 's4-p4');
    expect(p && 'inlines' in p && p.inlines[0]).toMatchObject({ t: 'lost', what: 'characters' });
    expect(d.corrections.every((c) => c.kind === 'remove' || c.clause)).toBe(true);
  });
  it('泗县: the annex is a table with five columns and eight rows', () => {
    const t = block('sixian-2020', 'annex-t1');
    expect(t).toMatchObject({ type: 'table', header: ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'] });
    expect(t && 'rows' in t && t.rows).toHaveLength(8);
  });
  it('龙里: the leading group is a table, the repeated member marked, attachments listed', () => {
    const t = block('longli-2017', 's3-t1');
    expect(t && 'rows' in t && t.rows).toHaveLength(43);
    const dup = doc('longli-2017').corrections.find((c) => c.kind === 'duplicate');
    expect(dup?.clause).toMatch(/^s3-t1-r\d+$/);
    const list = doc('longli-2017').blocks.find((b) => b.type === 'list');
    expect(list && 'items' in list && list.items).toHaveLength(7);
  });
});

describe('bad declarations stop the compile, naming the file, the field and the fix', () => {
  const meta = doc('template-township').meta;
  const compile = (source: string, declaration: unknown) =>
    compileDocument({ meta, source, declaration: DeclarationSchema.parse(declaration), declarationFile: 'sources/x.corrections.yaml' });
  const fails = (source: string, declaration: unknown, field: string, problem: RegExp) => {
    try {
      compile(source, declaration);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const err = e as InputError;
      expect(err.file).toBe('sources/x.corrections.yaml');
      expect(err.field).toBe(field);
      expect(err.problem).toMatch(problem);
      expect(err.fix.length).toBeGreaterThan(10);
      return;
    }
    throw new Error('expected the compile to fail');
  };

  it('an anchor that is not in the source', () => {
    fails('一、总则\n甲。', { document: 'x', corrections: [{ kind: 'join', find: '乙', note: '断行接合说明' }] }, 'corrections[0].find', /not found/);
  });
  it('an anchor that matches twice', () => {
    fails('甲乙\n甲乙', { document: 'x', corrections: [{ kind: 'restore', find: '甲', text: '丙', basis: '乙', note: '恢复说明文字' }] }, 'corrections[0].find', /occurs 2 times/);
  });
  it('a restoration whose basis the document does not print', () => {
    fails('甲〔201671', { document: 'x', corrections: [{ kind: 'restore', find: '甲〔201671', text: '甲〔2016〕71号', basis: '甲〔2016〕71号', note: '恢复说明文字' }] }, 'corrections[0].basis', /not in the source/);
  });
  it('a table whose rows do not fit its header', () => {
    fails('序号\n名称\n\n1\n\n2\n乙', { document: 'x', structure: [{ kind: 'table', find: '序号', through: null, parser: 'groups', caption: '表' }] }, 'structure[0]', /1 cells, the header has 2/);
  });
  it('an occurrence past the last match', () => {
    fails('甲\n甲', { document: 'x', corrections: [{ kind: 'duplicate', find: '甲', wholeLine: true, occurrence: 3, note: '重复说明文字' }] }, 'corrections[0].occurrence', /occurs 2 time\(s\)/);
  });
  it('a join with nothing after it', () => {
    fails('一、总则\n甲乙', { document: 'x', corrections: [{ kind: 'join', find: '甲乙', note: '断行接合说明' }] }, 'corrections[0].find', /no line follows/);
  });
  it('a lost heading without the number its neighbours imply', () => {
    fails('一、甲\n(一)乙。', { document: 'x', corrections: [{ kind: 'lost', find: '(一)乙。', wholeLine: true, place: 'before', what: 'heading', note: '标题缺失说明' }] }, 'corrections', /needs the number/);
  });
  it('a table range that ends before it starts', () => {
    fails('乙\n甲', { document: 'x', structure: [{ kind: 'table', find: '甲', through: '乙', parser: 'groups', caption: '表' }] }, 'structure[0].through', /ends \(line 1\) before it starts \(line 2\)/);
  });
  it('a member line that is not 职务：姓名（职务）', () => {
    fails('组长：张三（县长）\n散文一句', { document: 'x', structure: [{ kind: 'table', find: '组长：张三（县长）', through: '散文一句', parser: 'members', caption: '名单' }] }, 'structure[0]', /is not "职务：姓名（单位职务）"/);
  });
  it('a fields table without its labels', () => {
    fails('标题 甲', { document: 'x', structure: [{ kind: 'table', find: '标题 甲', through: null, parser: 'fields', caption: '栏' }] }, 'structure[0].labels', /needs the list of labels/);
  });
  it('two headings with one number', () => {
    fails('一、甲\n一、乙', { document: 'x' }, 'structure', /id "s1"/);
  });
});
