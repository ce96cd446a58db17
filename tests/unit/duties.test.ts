import { describe, expect, it } from 'vitest';
import { compileAll } from '../../src/documents/sources.ts';
import { buildCatalogue } from '../../src/duties/catalogue.ts';
import { loadCatalogue } from '../../src/duties/files.ts';

const docs = compileAll(process.cwd());
const FILE = 'src/content/duties/ningcheng-2017.yaml';

/** A well-formed duty of 宁城's mandatory-reporting clause, to break one field at a time. */
const report = {
  id: 'ningcheng-2017/report-to-police',
  document: 'ningcheng-2017',
  clause: 's3-2',
  roles: ['school'],
  situations: ['living-alone'],
  mechanism: 'mandatory-report',
  action: '发现孩子独自居住，立即向公安机关报告',
  deadline: { id: 'immediately', words: '第一时间' },
  notify: ['police'],
  conditions: [],
  then: ['ningcheng-2017/police-respond'],
  quote: '应当在第一时间向公安机关报告',
};
const respond = {
  ...report,
  id: 'ningcheng-2017/police-respond',
  clause: 's3-3',
  roles: ['police'],
  mechanism: 'emergency-response',
  action: '受理报告，第一时间出警调查',
  notify: [],
  then: [],
  quote: '公安机关要及时受理有关报告，第一时间出警调查',
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
  it('accept well-formed duties and anchor each at the block holding its quote', () => {
    const { errors, duties } = build(report, respond);
    expect(errors).toEqual([]);
    expect(duties.map((d) => d.anchor)).toEqual(['s3-2-p1', 's3-3-p1']);
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
  it('no role', () => {
    expect(errorOf({ ...report, roles: [] }, respond)).toMatch(/roles: a duty needs at least one role/);
  });
  it('deadline words not in the clause', () => {
    expect(errorOf({ ...report, deadline: { id: 'immediately', words: '立即' } }, respond)).toMatch(/deadline\.words: "立即" is not in clause s3-2/);
  });
  it('a condition not in the clause', () => {
    expect(errorOf({ ...report, conditions: ['情节较轻'] }, respond)).toMatch(/conditions\.0: "情节较轻"/);
  });
  it('a duplicate id', () => {
    expect(errorOf(report, respond, { ...respond })).toMatch(/id: "ningcheng-2017\/police-respond" is used twice/);
  });
  it('a then that names no duty', () => {
    expect(errorOf({ ...report, then: ['ningcheng-2017/nobody'] }, respond)).toMatch(/then: no duty "ningcheng-2017\/nobody"/);
  });
  it('a file that is not a list', () => {
    const { errors } = buildCatalogue([{ file: FILE, value: { id: 'x' } }], docs);
    expect(errors[0]!.field).toBe('(file)');
  });
});

describe('the committed catalogue', () => {
  const { duties, errors } = loadCatalogue(process.cwd());
  it('passes every check', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
  });
  it('covers all five documents', () => {
    expect(new Set(duties.map((d) => d.document)).size).toBe(5);
  });
  it('has, for every document, a reporting duty of schools that tells the police', () => {
    for (const doc of docs) {
      const d = duties.find((x) => x.document === doc.meta.id && x.mechanism === 'mandatory-report' && x.roles.includes('school') && x.notify.includes('police'));
      expect(d, doc.meta.id).toBeDefined();
    }
  });
});
