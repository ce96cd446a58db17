/**
 * The duty views (role pages, compare, deadlines, hand-off chains), the citation links and the
 * remembered document, on fixture duties run through the real schema; then the citation links
 * of the real catalogue against the real compiled documents.
 */
import type { SituationId } from '../../src/glossary.ts';
import { describe, expect, it } from 'vitest';
import { CataloguedDutySchema, type CataloguedDuty } from '../../src/duties/schema.ts';
import { SITUATION_ORDER, clauseOrder, hasLostText, orderDocuments, placeName, type DocumentView } from '../../src/duties/order.ts';
import { chainSize, thenChain } from '../../src/duties/next-steps.ts';
import { compareMatrix, distinctions } from '../../src/duties/compare.ts';
import { deadlineDate, deadlineTimeline } from '../../src/duties/deadlines.ts';
import { isPassed } from '../../src/duties/time.ts';
import { deadlineKind, markLabel, presence, silence } from '../../src/components/duties/labels.ts';
import { groupByRole, roleIndex, rolePage } from '../../src/duties/roles.ts';
import { citeAll, encodeDirective, textDirective } from '../../src/duties/citation.ts';
import { clauseName } from '../../src/clauses/names.ts';
import { blockRuns } from '../../src/clauses/runs.ts';
import { compiledDocuments } from '../../src/documents/sources.ts';
import type { CompiledDocument, Inline } from '../../src/documents/model.ts';
import { REMEMBER_KEY, readRemembered, rememberValue } from '../../src/components/duties/remember.ts';
import { loadCatalogue } from '../../src/duties/files.ts';
import type { Clause } from '../../src/documents/schemas/clause.ts';

// ─── Fixtures ────────────────────────────────────────────────────────────────────────────────

const clause = (id: string, parent: string | null, kind: Clause['kind'] = 'paragraph', number: string | null = null, label = id): Clause =>
  ({ id, kind, number, label, depth: id.split('-').length, parent });

const CLAUSES: Clause[] = [
  clause('s1', null, 'heading', '一、', '一、强制报告'),
  clause('s1-p1', 's1'),
  clause('s1-p2', 's1'),
  clause('s2', null, 'heading', '二、', '二、应急处置'),
  clause('s2-1', 's2', 'heading', '（一）', '（一）出警'),
  clause('s2-1-p1', 's2-1'),
  clause('annex', null, 'heading', null, '附件'),
  clause('annex-t1', 'annex', 'table', null, '重点任务分工表'),
  clause('annex-t1-r3', 'annex-t1', 'row', null, '3 …'),
];

const doc = (id: string, county: string | null, signed: string, level: DocumentView['level'] = 'county'): DocumentView => ({
  id, title: `${county ?? '范本'}文件`, shortTitle: `${county ?? '乡镇工作计划范本'}（${signed}）`, level,
  region: { province: null, city: county ? null : null, county }, dates: { signed, published: null, asPrinted: null }, clauses: CLAUSES,
});
const A = doc('alpha-2017', '甲县', '2017');
const B = doc('beta-2016', '乙县', '2016');
const T = doc('template-township', null, '2018', 'township-template');
const DOCS = orderDocuments([A, T, B]);
const ORDER = DOCS.map((d) => d.id);

/** A duty run through the real schema (defaults filled, ids checked against the glossary). */
const duty = (document: string, name: string, fields: Record<string, unknown> = {}): CataloguedDuty =>
  CataloguedDutySchema.parse({
    id: `${document}/${name}`, kind: 'case', trigger: '发现', document, clause: 's1', anchor: 's1-p1', roles: ['school'], situations: ['living-alone'],
    mechanism: 'mandatory-report', action: '发现后向公安机关报告', deadline: null, quote: '应当在第一时间向公安机关报告',
    ...fields,
  });
/** A hand-off in the given situations, as the text says it. */
const to = (duty: string, when: string[] = ['living-alone'], basis = 'text', note?: string) => ({ duty, when, basis, ...(note ? { note } : {}) });

const aReport = duty('alpha-2017', 'report', { deadline: { id: 'immediately', words: '第一时间' }, notify: ['police'], then: [to('alpha-2017/police-respond', ['living-alone', 'missing'])], situations: ['living-alone', 'missing'] });
const aRespond = duty('alpha-2017', 'police-respond', { roles: ['police'], mechanism: 'emergency-response', anchor: 's2-1-p1', clause: 's2-1', situations: ['living-alone', 'missing'], deadline: { id: 'immediately', words: '立即' }, notify: ['township'], then: [to('alpha-2017/township-assess', ['living-alone'], 'inferred', '文件只写报告，未写乡镇接手')] });
const aAssess = duty('alpha-2017', 'township-assess', { roles: ['township'], mechanism: 'assessment-support', anchor: 's2-1-p1', clause: 's2-1', situations: ['living-alone'], then: [to('alpha-2017/report')] });
const aDropout = duty('alpha-2017', 'absence', { situations: ['dropout'], mechanism: 'dropout-prevention', threshold: { id: 'after-one-week', words: '超过一个星期' }, anchor: 's1-p2' });
const aDated = duty('alpha-2017', 'task-late', { kind: 'programme', roles: ['civil-affairs'], situations: ['left-behind-child'], mechanism: 'case-record', due: { date: '2017-09-15', words: '2017年9月15日前' }, anchor: 'annex-t1-r3', clause: 'annex' });
const aDatedEarly = duty('alpha-2017', 'task-early', { kind: 'programme', roles: ['civil-affairs'], situations: ['left-behind-child'], mechanism: 'case-record', due: { date: '2017-07-31', words: '2016年12月21日-2017年7月31日' }, anchor: 'annex-t1-r3', clause: 'annex' });
const aQuarterly = duty('alpha-2017', 'quarterly', { kind: 'programme', roles: ['township'], situations: ['left-behind-child'], mechanism: 'periodic-report', period: { id: 'quarterly', words: '每季度末' }, anchor: 's1-p2' });
const bReport = duty('beta-2016', 'report', { deadline: { id: 'immediately', words: '及时' }, notify: ['police'], situations: ['living-alone'] });
const bHotline = duty('beta-2016', 'hotline', { roles: ['youth-league'], situations: ['left-behind-child'], mechanism: 'hotline' });
const tReport = duty('template-township', 'report', { roles: ['school', 'medical'], deadline: { id: 'immediately', words: '第一时间' }, notify: ['police'], situations: ['living-alone'] });

const ALL = [aReport, aRespond, aAssess, aDropout, aDated, aDatedEarly, aQuarterly, bReport, bHotline, tReport];
const order = clauseOrder(DOCS);
const byId = new Map(ALL.map((d) => [d.id, d]));

// ─── Documents ───────────────────────────────────────────────────────────────────────────────

describe('documents', () => {
  it('read oldest first, the township template last', () => {
    expect(ORDER).toEqual(['beta-2016', 'alpha-2017', 'template-township']);
  });
  it('are named by the place they govern, the template by its short title', () => {
    expect(placeName(A)).toBe('甲县');
    expect(placeName({ region: { province: '内蒙古', city: '乌海市', county: null }, shortTitle: '乌海市（2016）' })).toBe('乌海市');
    expect(placeName(T)).toBe('乡镇工作计划范本（2018）');
  });
});

// ─── Roles ───────────────────────────────────────────────────────────────────────────────────

describe('role index', () => {
  it('lists each role with duties, in glossary order, with counts per document', () => {
    const index = roleIndex(ALL, DOCS);
    expect(index.map((r) => r.role)).toEqual(['school', 'medical', 'township', 'police', 'civil-affairs', 'youth-league']);
    expect(index[0]).toEqual({ role: 'school', count: 4, documents: [
      { document: 'beta-2016', count: 1 }, { document: 'alpha-2017', count: 2 }, { document: 'template-township', count: 1 },
    ] });
  });
});

describe('role page', () => {
  const tree = groupByRole(ALL, order);
  // The school's steps as the tree holds them (the pages pass the outcome selection's).
  const stepsIn = (document: string, situation: SituationId) => tree.get('school')?.get(document)?.get(situation) ?? [];
  // Whether another document gives the school a step there (the pages ask role-view's comparedRoles).
  const otherHas = (document: string) => (situation: SituationId) => ORDER.some((d) => d !== document && stepsIn(d, situation).length > 0);
  it('groups by role, document and situation', () => {
    expect([...tree.get('school')!.keys()].sort()).toEqual(['alpha-2017', 'beta-2016', 'template-township']);
    expect(tree.get('school')!.get('alpha-2017')!.get('missing')!.map((d) => d.id)).toEqual(['alpha-2017/report']);
  });
  it('orders situations danger first and draws a duty in full only the first time', () => {
    const sections = rolePage(stepsIn, 'alpha-2017', otherHas('alpha-2017'));
    expect(sections.map((s) => s.situation)).toEqual(['living-alone', 'missing', 'dropout']);
    expect(sections[0]!.duties).toEqual([{ duty: aReport, first: true }]);
    expect(sections[1]!.duties).toEqual([{ duty: aReport, first: false }]);
  });
  it('says where this document is silent and that other documents speak (one link to the comparison, not a list)', () => {
    const sections = rolePage(stepsIn, 'beta-2016', otherHas('beta-2016'));
    const missing = sections.find((s) => s.situation === 'missing')!;
    expect(missing.duties).toEqual([]);
    expect(missing.elsewhere).toBe(true);
    const dropout = sections.find((s) => s.situation === 'dropout')!;
    expect(dropout.elsewhere).toBe(true);
    // A situation no document gives this role is left out altogether.
    expect(sections.some((s) => s.situation === 'abuse')).toBe(false);
  });
  it('places every glossary situation in the page order', () => {
    expect(new Set(SITUATION_ORDER).size).toBe(SITUATION_ORDER.length);
  });
});

describe('what happens next', () => {
  it('follows then recursively and stops at a cycle', () => {
    const chain = thenChain(aReport, byId);
    expect(chain.map((s) => s.entry.id)).toEqual(['alpha-2017/police-respond']);
    expect(chain[0]!.next.map((s) => s.entry.id)).toEqual(['alpha-2017/township-assess']);
    // township-assess hands back to report: the start is not listed again.
    expect(chain[0]!.next[0]!.next).toEqual([]);
    expect(chainSize(chain)).toBe(2);
  });
  it('lists a duty once even when two branches hand on to it, and skips unknown ids', () => {
    const x = duty('alpha-2017', 'x', { then: [to('alpha-2017/y'), to('alpha-2017/z'), to('alpha-2017/gone')] });
    const y = duty('alpha-2017', 'y', { then: [to('alpha-2017/z')] });
    const z = duty('alpha-2017', 'z', { then: [to('alpha-2017/x')] });
    const chain = thenChain(x, new Map([x, y, z].map((d) => [d.id, d])));
    expect(chain.map((s) => s.entry.id)).toEqual(['alpha-2017/y', 'alpha-2017/z']);
    expect(chain[0]!.next).toEqual([]);
    expect(chainSize(chain)).toBe(2);
  });
  it('follows only the links that apply in the situation, carrying each link\'s basis', () => {
    const missing = thenChain(aReport, byId, 'missing');
    expect(missing.map((s) => s.entry.id)).toEqual(['alpha-2017/police-respond']);
    // police-respond → township-assess applies to living-alone only.
    expect(missing[0]!.next).toEqual([]);
    const alone = thenChain(aReport, byId, 'living-alone');
    expect(alone[0]!.basis).toBe('text');
    expect(alone[0]!.next[0]!).toMatchObject({ entry: { id: 'alpha-2017/township-assess' }, basis: 'inferred', note: '文件只写报告，未写乡镇接手' });
  });
  it('is empty for a duty that hands nothing on', () => {
    expect(thenChain(bReport, byId)).toEqual([]);
  });
});

// ─── Compare ─────────────────────────────────────────────────────────────────────────────────

describe('compare', () => {
  const matrix = compareMatrix(ALL, ORDER, order);
  const row = (situation: string, mechanism: string) => matrix.find((s) => s.situation === situation)!.rows.find((r) => r.mechanism === mechanism)!;
  const place = (id: string) => placeName(DOCS.find((d) => d.id === id)!);

  it('has a cell per document, empty where the document is silent', () => {
    const r = row('living-alone', 'mandatory-report');
    expect(r.cells.map((c) => c.document)).toEqual(ORDER);
    expect(r.cells.map((c) => c.duties.map((d) => d.id))).toEqual([['beta-2016/report'], ['alpha-2017/report'], ['template-township/report']]);
    const respond = row('living-alone', 'emergency-response');
    expect(respond.cells.map((c) => c.duties.length)).toEqual([0, 1, 0]);
  });
  it('marks what only some documents provide', () => {
    expect(markLabel(row('left-behind-child', 'hotline').marks[0]!, place)).toBe('仅乙县有');
    expect(row('living-alone', 'mandatory-report').marks.some((m) => m.kind === 'only')).toBe(false);
  });
  it('names the few that lack a rule most documents have', () => {
    expect(presence({ documents: ['alpha-2017', 'template-township'], missing: ['beta-2016'] }, place)).toBe('乙县未规定');
    expect(presence({ documents: ['beta-2016'], missing: ['alpha-2017', 'template-township'] }, place)).toBe('仅乙县有');
  });
  it('never calls a document silent where its source lost text, only its surviving text', () => {
    const lost = (d: string) => d === 'beta-2016';
    expect(presence({ documents: ['alpha-2017', 'template-township'], missing: ['beta-2016'] }, place, lost)).toBe('乙县（原文有缺失）未规定');
    expect(silence(true)).toBe('现存文本未规定');
    expect(silence(false)).toBe('本文件未规定');
    expect(hasLostText({ corrections: [{ id: 'c1', kind: 'lost', clause: 's2', original: '', result: '［原文缺失］', note: '本项正文缺失' }] })).toBe(true);
    expect(hasLostText({ corrections: [{ id: 'c1', kind: 'join', clause: 's2', original: '甲⏎乙', result: '甲乙', note: '分页断行接合' }] })).toBe(false);
  });
  it('marks differences of who acts and of how the time limit is worded', () => {
    const kinds = row('living-alone', 'mandatory-report').marks.map((m) => m.kind);
    expect(kinds).toContain('roles-differ'); // the template adds medical institutions
    expect(kinds).toContain('words-differ'); // 第一时间 / 及时
    expect(kinds).not.toContain('notify-differ'); // all tell the police
  });
  it('marks a kind of deadline only some documents set', () => {
    const x = duty('beta-2016', 'absence', { situations: ['dropout'], mechanism: 'dropout-prevention', deadline: { id: 'immediately', words: '及时' } });
    const r = compareMatrix([...ALL, x], ORDER, order).find((s) => s.situation === 'dropout')!.rows[0]!;
    expect(r.marks.filter((m) => m.kind === 'deadline-only').map((m) => markLabel(m, place))).toEqual(['「第一时间」仅乙县', '「超过一个星期」仅甲县']);
  });
  it('adds a row where only the laws provide, every document silent there, and marks it so', () => {
    const lawEntry = duty('law-minors-2024', 'weekly-contact', { situations: ['living-alone'], mechanism: 'entrusted-care' });
    const shared = duty('law-minors-2024', 'report', { situations: ['living-alone'], mechanism: 'mandatory-report' });
    const section = compareMatrix(ALL, ORDER, order, [lawEntry, shared]).find((s) => s.situation === 'living-alone')!;
    const lawOnly = section.rows.find((r) => r.mechanism === 'entrusted-care')!;
    expect(lawOnly.cells.map((c) => c.duties)).toEqual([[], [], []]);
    expect(lawOnly.marks.map((m) => markLabel(m, place))).toEqual(['各文件未规定，法律有规定']);
    // A row the documents have keeps the documents' own marks: the law is no document among them.
    expect(section.rows.find((r) => r.mechanism === 'mandatory-report')!.marks).toEqual(row('living-alone', 'mandatory-report').marks);
    expect(section.rows.filter((r) => r.mechanism !== 'entrusted-care')).toEqual(matrix.find((s) => s.situation === 'living-alone')!.rows);
    // Without the laws, no such row.
    expect(row('living-alone', 'entrusted-care')).toBeUndefined();
  });
  it('sums up mechanisms and deadline kinds not in every document', () => {
    const d = distinctions(ALL, ORDER);
    expect(d).toContainEqual({ kind: 'mechanism', id: 'hotline', documents: ['beta-2016'], missing: ['alpha-2017', 'template-township'] });
    expect(d).toContainEqual({ kind: 'deadline', id: 'after-one-week', documents: ['alpha-2017'], missing: ['beta-2016', 'template-township'] });
    expect(d.some((x) => x.id === 'mandatory-report')).toBe(false);
  });
});

// ─── Deadlines ───────────────────────────────────────────────────────────────────────────────

describe('deadlines', () => {
  it('reads the last date of a dated deadline, a month as its last day', () => {
    expect(deadlineDate('2017年9月15日前')).toBe('2017-09-15');
    expect(deadlineDate('2016年12月21日-2017年7月31日')).toBe('2017-07-31');
    expect(deadlineDate('2020年10月')).toBe('2020-10-31');
    expect(deadlineDate('2020年2月')).toBe('2020-02-29');
    expect(deadlineDate('长期坚持')).toBeNull();
  });
  it('orders a document\'s time words: time limits first, due dates by date, rhythms, thresholds apart and last', () => {
    const t = deadlineTimeline(ALL, 'alpha-2017', order);
    expect(t.map((g) => `${g.field}:${g.deadline}`)).toEqual(['deadline:immediately', 'due:dated', 'period:quarterly', 'threshold:after-one-week']);
    expect(t[0]!.duties.map((d) => d.id)).toEqual(['alpha-2017/report', 'alpha-2017/police-respond']);
    expect(t[1]!.duties.map((d) => d.id)).toEqual(['alpha-2017/task-early', 'alpha-2017/task-late']);
  });
  it('marks a due date passed against the build date, a month counting to its last day', () => {
    expect(isPassed('2017-10', '2017-10-31')).toBe(false);
    expect(isPassed('2017-10', '2017-11-01')).toBe(true);
    expect(isPassed('2017-07-31', '2026-01-01')).toBe(true);
    expect(isPassed('2099-01-01', '2026-01-01')).toBe(false);
  });
  it('leaves out documents\' duties without a time limit', () => {
    expect(deadlineTimeline(ALL, 'beta-2016', order).flatMap((g) => g.duties.map((d) => d.id))).toEqual(['beta-2016/report']);
  });
  it('names a kind with the documents\' synonyms', () => {
    expect(deadlineKind('immediately')).toBe('第一时间／立即／及时／迅速／随时');
  });
});

// ─── Citations ───────────────────────────────────────────────────────────────────────────────

describe('citation links', () => {
  const text = (t: string): Inline => ({ t: 'text', text: t });
  const fixture: Pick<CompiledDocument, 'blocks' | 'clauses'> & { meta: { id: string; title: string } } = {
    meta: { id: 'alpha-2017', title: '甲县文件' },
    clauses: CLAUSES,
    blocks: [
      { type: 'heading', id: 's1', depth: 1, number: '一、', inlines: [text('一、强制报告')], lost: false },
      { type: 'paragraph', id: 's1-p1', kind: 'paragraph', inlines: [text('公安机关要及时受理有关报告，第一时间出警调查，强制报告责'), { t: 'mark', fix: 'c5', kind: 'join' }, text('任人要协助公安机关做好调查和应急处置工作。')] },
      { type: 'paragraph', id: 's1-p2', kind: 'paragraph', inlines: [text('前文'), { t: 'restore', fix: 'c9', original: '乌海政办发〔201671', text: '乌海政办发〔2016〕71号' }, text('后文'), { t: 'lost', fix: 'c2', what: 'characters', note: '缺"字>' }, text('尾')] },
      { type: 'lost', fix: 'c3', what: 'passage', note: '缺一段' },
      { type: 'table', id: 'annex-t1', caption: '重点任务分工表', header: null, rows: [{ id: 'annex-t1-r3', cells: [[text('3')], [text('落实一人一档')]] }] },
    ],
  };
  const blocks = blockRuns(fixture);

  it('reads the runs of text of each block from the compiled document', () => {
    expect(blocks.map((b) => b.id)).toEqual(['s1', 's1-p1', 's1-p2', 'annex-t1-r3']);
    expect(blocks[1]!.runs).toEqual(['公安机关要及时受理有关报告，第一时间出警调查，强制报告责', '任人要协助公安机关做好调查和应急处置工作。']);
    // A restoration reads as restored (the struck original is not the document's text); notes are breaks.
    expect(blocks[2]!.runs).toEqual(['前文', '乌海政办发〔2016〕71号', '后文', '尾']);
    expect(blocks[3]!.runs).toEqual(['3', '落实一人一档']);
  });
  it('trims the words to whole words, as Chromium requires', () => {
    // "关要及时受理" starts inside 机关 and would not match: the directive starts at 要.
    expect(decodeURIComponent(textDirective('关要及时受理有关报告', blocks[1]!, '')!)).toBe('要及时受理有关报告');
  });
  it('sends a long quote as start,end and one broken by a mark as the runs on each side', () => {
    const long = textDirective('公安机关要及时受理有关报告，第一时间出警调查，强制报告责', blocks[1]!, '');
    expect(long!.split(',').map(decodeURIComponent)).toEqual(['公安机关要及时受理', '调查，强制报告责']);
    const broken = textDirective('强制报告责任人要协助公安机关', blocks[1]!, '');
    expect(broken!.split(',').map(decodeURIComponent)).toEqual(['强制报告责', '任人要协助公安机关']);
  });
  it('grows the start term past words found earlier on the page, or gives up', () => {
    const grown = textDirective('公安机关要及时受理有关报告，第一时间出警调查，强制报告责', blocks[1]!, '公安机关要及时受理');
    expect(decodeURIComponent(grown!.split(',')[0]!)).toBe('公安机关要及时受理有关');
    expect(textDirective('受理有关报告', blocks[1]!, '受理有关报告')).toBeNull();
    expect(textDirective('不在此处的话', blocks[1]!, '')).toBeNull();
  });
  it('counts only whole-word occurrences as earlier matches, as Chromium does', () => {
    // 负有强制报告责任: there 责 is inside the word 责任, so 强制报告责 would not match it.
    const t = textDirective('强制报告责任人要协助公安机关', blocks[1]!, '负有强制报告责任的单位');
    expect(t!.split(',').map(decodeURIComponent)).toEqual(['强制报告责', '任人要协助公安机关']);
  });
  it('starts after a short piece before a mark when that piece is found earlier', () => {
    const t = textDirective('责任人要协助公安机关做好调查', blocks[1]!, '各负其责\n责');
    expect(decodeURIComponent(t!)).toBe('任人要协助公安机关做好调查');
  });
  it('encodes the characters the directive syntax uses', () => {
    expect(encodeDirective('3-6岁,&')).toBe('3%2D6%E5%B2%81%2C%26');
  });
  it('names the block by the document\'s own numbering', () => {
    expect(clauseName(CLAUSES, 's2-1-p1')).toEqual({ path: '二、（一）', title: '出警', entry: 's2-1-p1' });
    expect(clauseName(CLAUSES, 'annex-t1-r3')).toEqual({ path: '附件 重点任务分工表 第3行', title: null, entry: '3 …' });
    expect(clauseName(CLAUSES, 's2-1')).toMatchObject({ entry: '（一）出警' });
    // Sections with no heading of their own are named by place.
    expect(clauseName(CLAUSES, 's0').entry).toBe('文件开头（第一个标题之前）');
  });
  it('links to the document at the block, with the words', () => {
    const d = duty('alpha-2017', 'quoted', { quote: '受理有关报告', anchor: 's1-p1' });
    const cite = citeAll([d], [fixture]).get(d.id)!;
    expect(cite.href).toBe(`/documents/alpha-2017/#s1-p1:~:text=${encodeDirective('受理有关报告')}`);
    expect(cite.offset).toBe(7);
  });
});

describe('the real catalogue\'s citation links', () => {
  const { duties } = loadCatalogue(process.cwd());
  const docs = compiledDocuments();
  const cites = citeAll(duties, docs);

  it('find every quote in the runs of its block, as the page renders it', () => {
    const missing = duties.filter((d) => {
      const doc = docs.find((x) => x.meta.id === d.document)!;
      const block = blockRuns(doc).find((b) => b.id === d.anchor);
      return !block?.runs.join('').includes(d.quote);
    });
    expect(missing.map((d) => d.id)).toEqual([]);
  });
  it('highlight the words for nearly every duty, with terms taken from the quote', () => {
    const withText = duties.filter((d) => cites.get(d.id)!.href.includes(':~:text='));
    expect(withText.length / duties.length).toBeGreaterThan(0.95);
    for (const d of withText) {
      const terms = cites.get(d.id)!.href.split(':~:text=')[1]!.split(',').map(decodeURIComponent);
      for (const t of terms) expect(d.quote.includes(t), `${d.id}: ${t}`).toBe(true);
      expect(cites.get(d.id)!.href.startsWith(`/documents/${d.document}/#${d.anchor}:~:text=`)).toBe(true);
    }
  });
});

// ─── The remembered document ─────────────────────────────────────────────────────────────────

describe('the remembered document', () => {
  const known = ['alpha-2017', 'beta-2016'];
  it('reads back what was written', () => {
    expect(readRemembered(rememberValue('alpha-2017'), known)).toEqual({ state: 'ok', document: 'alpha-2017' });
    expect(readRemembered(null, known)).toEqual({ state: 'none' });
  });
  it('calls anything else corrupt, so the page clears it', () => {
    for (const raw of ['', 'alpha-2017', '{"v":1}', '{"v":2,"document":"alpha-2017"}', '{"v":1,"document":"gone-2000"}', 'null', '[1]', '{"v":1,"document":7}']) {
      expect(readRemembered(raw, known), raw).toEqual({ state: 'corrupt' });
    }
  });
  it('keeps to one key of this site', () => {
    expect(REMEMBER_KEY).toMatch(/^liushou-ertong:/);
  });
});
