import { describe, expect, it } from 'vitest';
import { compileAll } from '../../src/documents/sources.ts';
import { buildCatalogue, buildDesignations } from '../../src/duties/catalogue.ts';
import { loadCatalogue } from '../../src/duties/files.ts';
import { CATALOGUED_IDS, LOCAL_IDS } from '../documents.ts';

const docs = compileAll(process.cwd());
const FILE = 'src/content/duties/ningcheng-2017.yaml';

/** A well-formed case entry of 宁城's mandatory-reporting clause, to break one field at a time. */
const report = {
  id: 'ningcheng-2017/report-to-police',
  kind: 'case',
  document: 'ningcheng-2017',
  clause: 's3-2',
  roles: ['school'],
  situations: ['living-alone'],
  mechanism: 'mandatory-report',
  action: '发现孩子独自居住，立即向公安机关报告',
  trigger: '脱离监护单独居住生活',
  deadline: { id: 'immediately', words: '第一时间' },
  notify: ['police'],
  conditions: [],
  then: [{ duty: 'ningcheng-2017/police-respond', when: ['living-alone'], basis: 'text' }],
  quote: '应当在第一时间向公安机关报告',
};
const respond = {
  ...report,
  id: 'ningcheng-2017/police-respond',
  clause: 's3-3',
  roles: ['police'],
  mechanism: 'emergency-response',
  action: '受理报告，第一时间出警调查',
  trigger: '有关报告',
  notify: [],
  then: [],
  quote: '公安机关要及时受理有关报告，第一时间出警调查',
};
/** The sanction for not reporting: sanctioned are the reporters, the sanctioning body is not named. */
const sanction = {
  id: 'ningcheng-2017/failure-to-report',
  kind: 'consequence',
  document: 'ningcheng-2017',
  clause: 's3-2',
  roles: [],
  sanctioned: ['school'],
  enforces: ['ningcheng-2017/report-to-police'],
  situations: ['living-alone'],
  mechanism: 'accountability',
  action: '不报告的，由上级机关和有关部门追责',
  quote: '负有强制报告责任的单位和人员未履行报告义务的，其上级机关和有关部门要严肃追责',
};
/** A standing task with a rhythm. */
const visits = {
  id: 'ningcheng-2017/village-visits',
  kind: 'programme',
  document: 'ningcheng-2017',
  clause: 's3-1',
  roles: ['village-committee'],
  partners: [],
  situations: ['left-behind-child'],
  mechanism: 'screening',
  action: '定期走访、排查留守儿童',
  period: { id: 'regularly', words: '定期' },
  quote: '村(居)委会要定期走访、排查',
};

const build = (...entries: object[]) => buildCatalogue([{ file: FILE, value: entries }], docs);
/** The one error a broken entry gives, as "field: problem". */
const errorOf = (...entries: object[]) => {
  const { errors, duties } = build(...entries);
  expect(duties).toEqual([]);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors[0]!.file).toBe(FILE);
  expect(errors[0]!.fix.length).toBeGreaterThan(10);
  return `${errors[0]!.field}: ${errors[0]!.problem}`;
};

describe('the duty catalogue checks', () => {
  it('accept well-formed entries of each kind and anchor each at the block holding its quote', () => {
    const { errors, duties } = build(report, respond, sanction, visits);
    expect(errors).toEqual([]);
    expect(duties.map((d) => d.anchor)).toEqual(['s3-2-p1', 's3-3-p1', 's3-2-p1', 's3-1-p1']);
  });
  it('a quote that is not in its clause', () => {
    expect(errorOf({ ...report, quote: '应当立即向公安机关报告' }, respond)).toMatch(/^\[0\] ningcheng-2017\/report-to-police: quote: not found verbatim in clause s3-2/);
  });
  it('a quote that stands in another clause says which', () => {
    const { errors } = build({ ...report, clause: 's3-1' }, respond);
    expect(errors[0]!.fix).toMatch(/stand in s3-2-p1/);
  });
  it('an unknown clause', () => {
    expect(errorOf({ ...report, clause: 's9-9' }, respond)).toMatch(/clause: ningcheng-2017 has no clause "s9-9"/);
  });
  it('an unknown document', () => {
    expect(errorOf({ ...report, document: 'nowhere-2020' }, respond)).toMatch(/document: no document "nowhere-2020"/);
  });
  it('an unknown role id', () => {
    expect(errorOf({ ...report, roles: ['teacher'] }, respond)).toMatch(/roles\.0: /);
  });
  it('no role for a case (a programme, an entitlement or a consequence may name none: the text is silent)', () => {
    expect(errorOf({ ...report, roles: [] }, respond)).toMatch(/roles: a case entry needs at least one role/);
    expect(build({ ...visits, roles: [] }).errors).toEqual([]);
    expect(build({ ...visits, kind: 'entitlement', roles: [], partners: undefined }).errors).toEqual([]);
  });
  it('an unknown kind', () => {
    expect(errorOf({ ...report, kind: 'task' }, respond)).toMatch(/kind: /);
  });
  it('deadline words not in the clause', () => {
    expect(errorOf({ ...report, deadline: { id: 'immediately', words: '立即' } }, respond)).toMatch(/deadline\.words: "立即" is not in clause s3-2/);
  });
  it('a time word in the wrong field: a threshold is no deadline', () => {
    expect(errorOf({ ...report, deadline: { id: 'six-months', words: '第一时间' } }, respond)).toMatch(/deadline\.id: /);
  });
  it('threshold, period and due words not in the clause', () => {
    expect(errorOf({ ...report, threshold: { id: 'after-one-week', words: '超过一个星期' } }, respond)).toMatch(/threshold\.words: "超过一个星期" is not in clause s3-2/);
    expect(errorOf({ ...visits, period: { id: 'quarterly', words: '每季度' } })).toMatch(/period\.words: "每季度"/);
    expect(errorOf({ ...visits, due: { date: '2017-12', words: '2017年12月' } })).toMatch(/due\.words: "2017年12月"/);
  });
  it('a due date that is not the date its words name', () => {
    const found = [{ file: 'src/content/duties/longli-2017.yaml', value: [{
      id: 'longli-2017/task', kind: 'programme', document: 'longli-2017', clause: 's5-7-3', roles: ['township'], situations: ['left-behind-child'],
      mechanism: 'care-services', action: '每村配一名儿童福利主任', due: { date: '2017-06-01', words: '2017年6月30日' }, quote: '一名专（兼）职儿童福利主任',
    }] }];
    const { errors } = buildCatalogue(found, docs);
    expect(errors.map((e) => e.field)).toContain('[0] longli-2017/task: due.date');
  });
  it('a condition not in the clause', () => {
    expect(errorOf({ ...report, conditions: ['情节较轻'] }, respond)).toMatch(/conditions\.0: "情节较轻"/);
  });
  it('a trigger not in the clause', () => {
    expect(errorOf({ ...report, trigger: '疑似遭受性侵害' }, respond)).toMatch(/trigger: "疑似遭受性侵害" is not in clause s3-2/);
  });
  it('a case without its trigger words: a placeholder is words not in the clause', () => {
    expect(errorOf({ ...report, trigger: 'TODO' }, respond)).toMatch(/trigger: "TODO" is not in clause s3-2/);
    expect(errorOf({ ...report, trigger: undefined }, respond)).toMatch(/trigger: /);
  });
  it('a further citation (also) whose words are not in its clause, or whose clause is unknown', () => {
    expect(errorOf({ ...report, also: [{ clause: 's3-3', quote: '应当在第一时间向公安机关报告' }] }, respond)).toMatch(/also\.0\.quote: not found verbatim in clause s3-3/);
    expect(errorOf({ ...report, also: [{ clause: 's8-1', quote: '公安机关要及时受理有关报告' }] }, respond)).toMatch(/also\.0\.clause: ningcheng-2017 has no clause "s8-1"/);
    expect(errorOf({ ...report, also: [{ clause: 's3-2', quote: '应当在第一时间向公安机关报告' }] }, respond)).toMatch(/also: cites the same words twice/);
  });
  it('time words may stand in a further citation, and each citation is anchored', () => {
    const { errors, duties } = build({ ...report, also: [{ clause: 's3-3', quote: '公安机关要及时受理有关报告' }], conditions: ['及时受理'] }, respond);
    expect(errors).toEqual([]);
    expect(duties[0]!.also).toEqual([{ clause: 's3-3', quote: '公安机关要及时受理有关报告', anchor: 's3-3-p1' }]);
  });
  it('a duplicate id', () => {
    expect(errorOf(report, respond, { ...respond })).toMatch(/id: "ningcheng-2017\/police-respond" is used twice/);
  });
  it('a then that names no duty', () => {
    expect(errorOf({ ...report, then: [{ duty: 'ningcheng-2017/nobody', when: ['living-alone'], basis: 'text' }] }, respond)).toMatch(/then\.0\.duty: no duty "ningcheng-2017\/nobody"/);
  });
  it('a then whose situations do not overlap the next duty\'s', () => {
    expect(errorOf({ ...report, then: [{ duty: 'ningcheng-2017/police-respond', when: ['abuse'], basis: 'text' }] }, respond)).toMatch(/then\.0\.when: \[abuse\] does not overlap the situations of ningcheng-2017\/police-respond \[living-alone\]/);
  });
  it('a then link without a basis, or inferred without a note', () => {
    expect(errorOf({ ...report, then: [{ duty: 'ningcheng-2017/police-respond', when: ['living-alone'] }] }, respond)).toMatch(/then\.0\.basis: /);
    expect(errorOf({ ...report, then: [{ duty: 'ningcheng-2017/police-respond', when: ['living-alone'], basis: 'inferred' }] }, respond)).toMatch(/then\.0\.note: an inferred link needs a note/);
    expect(build({ ...report, then: [{ duty: 'ningcheng-2017/police-respond', when: ['living-alone'], basis: 'inferred', note: '文件只写报告公安机关，出警在下一条' }] }, respond).errors).toEqual([]);
  });
  it('a then that leaves the document', () => {
    const other = { file: 'src/content/duties/sixian-2020.yaml', value: [{ ...respond, id: 'sixian-2020/police-respond', document: 'sixian-2020', clause: 's2-2-9', trigger: '报警和求助', deadline: { id: 'immediately', words: '立即' }, quote: '应当立即出警处置' }] };
    const { errors } = buildCatalogue([{ file: FILE, value: [{ ...report, then: [{ duty: 'sixian-2020/police-respond', when: ['living-alone'], basis: 'text' }] }] }, other], docs);
    expect(errors.map((e) => `${e.field}: ${e.problem}`)).toContain('[0] ningcheng-2017/report-to-police: then.0.duty: "sixian-2020/police-respond" belongs to another document');
  });
  it('a consequence that enforces nothing, an unknown duty, or another consequence', () => {
    expect(errorOf(report, respond, { ...sanction, enforces: [] })).toMatch(/enforces: a consequence enforces at least one duty/);
    expect(errorOf(report, respond, { ...sanction, enforces: ['ningcheng-2017/nobody'] })).toMatch(/enforces\.0: no duty "ningcheng-2017\/nobody"/);
    expect(errorOf(report, respond, sanction, { ...sanction, id: 'ningcheng-2017/x', enforces: ['ningcheng-2017/failure-to-report'] })).toMatch(/enforces\.0: "ningcheng-2017\/failure-to-report" is itself a consequence/);
  });
  it('a file that is not a list', () => {
    const { errors } = buildCatalogue([{ file: FILE, value: { id: 'x' } }], docs);
    expect(errors[0]!.field).toBe('(file)');
  });
});

describe('the designation checks', () => {
  const DFILE = 'src/content/designations/sixian-2020.yaml';
  const good = { role: 'child-director', actsFor: 'village-committee', clause: 's3-1', quote: '村（居）民委员会要明确专人担任“儿童主任”' };
  const errorsOf = (value: unknown, file = DFILE) => buildDesignations([{ file, value }], docs).errors.map((e) => `${e.file}: ${e.field}: ${e.problem}`);
  it('accept a designation quoted from its clause, and anchor it', () => {
    const { errors, designations } = buildDesignations([{ file: DFILE, value: [good] }], docs);
    expect(errors).toEqual([]);
    expect(designations).toEqual([{ ...good, document: 'sixian-2020', anchor: 's3-1-p1' }]);
  });
  it('a designating quote not in its clause', () => {
    expect(errorsOf([{ ...good, quote: '村委会指定儿童主任' }])[0]).toMatch(/\[0\]: quote: not found verbatim in clause s3-1 of sixian-2020/);
  });
  it('an unknown clause, an unknown role, a role acting for itself', () => {
    expect(errorsOf([{ ...good, clause: 's9' }])[0]).toMatch(/\[0\]: clause: sixian-2020 has no clause "s9"/);
    expect(errorsOf([{ ...good, role: 'director' }])[0]).toMatch(/\[0\] s3-1: role: /);
    expect(errorsOf([{ ...good, actsFor: 'child-director' }])[0]).toMatch(/\[0\]: actsFor: a role acts for itself/);
  });
  it('a file named after no document', () => {
    expect(errorsOf([good], 'src/content/designations/nowhere.yaml')[0]).toMatch(/no document "nowhere"/);
  });
});

describe('the committed catalogue', () => {
  const { duties, errors } = loadCatalogue(process.cwd());
  it('passes every check', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
  });
  it('covers every registered document whose duties are catalogued, every local one among them', () => {
    expect([...new Set(duties.map((d) => d.document))].sort()).toEqual(CATALOGUED_IDS);
    for (const id of LOCAL_IDS) expect(CATALOGUED_IDS).toContain(id);
  });
  it('has, for every local document and the two laws that require one, a reporting duty of schools that tells the police', () => {
    // The other laws (民法典, 义务教育法 …) give schools no duty to report.
    const reporting = docs.filter((d) => LOCAL_IDS.includes(d.meta.id) || ['law-minors-2024', 'law-domestic-violence-2015'].includes(d.meta.id));
    expect(reporting.length).toBeGreaterThan(2);
    for (const doc of reporting) {
      const d = duties.find((x) => x.document === doc.meta.id && x.kind === 'case' && x.mechanism === 'mandatory-report' && x.roles.includes('school') && x.notify.includes('police'));
      expect(d, doc.meta.id).toBeDefined();
    }
  });
});
