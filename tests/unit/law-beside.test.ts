/**
 * The law beside a county (src/duties/law-beside.ts) on a small fixture of national entries: the
 * national scope selects across the laws, the county's steps stay the county's, and what the law
 * asks for beyond them is computed (bodies not told, a time limit, a kind of step, a sanction).
 */
import { describe, expect, it } from 'vitest';
import { selectLaw, selectWithLaw, lawMore } from '../../src/duties/law-beside.ts';
import { NATIONAL, scopeOf } from '../../src/duties/national.ts';
import { selectOutcome, stepIds, type Entry } from '../../src/duties/outcome.ts';
import type { RoleId, SituationId } from '../../src/glossary.ts';

const entry = (id: string, over: Partial<Entry> = {}): Entry => {
  const document = id.split('/')[0]!;
  return { id, kind: 'case', document, roles: ['school'], situations: ['living-alone'], mechanism: 'mandatory-report', conditions: [], facts: [], deadline: null, notify: [], then: [], ...over };
};
const byId = (a: Entry, b: Entry) => a.id.localeCompare(b.id);
const LAWS = ['law-minors-2024', 'law-domestic-violence-2015', 'reg-hukou-1958'];

// 未成年人保护法 第十一条: report 立即 to 公安、民政、教育; 第一百一十七条: the sanction; 第二十二条: parents.
const report11 = entry('law-minors-2024/report-danger', {
  roles: ['school', 'village-committee', 'medical'], situations: ['living-alone', 'abuse', 'harm'],
  deadline: { id: 'immediately', words: '立即' }, notify: ['police', 'civil-affairs', 'education-bureau'],
});
const sanction117 = entry('law-minors-2024/sanction-not-reporting', { kind: 'consequence', roles: [], situations: ['living-alone', 'abuse', 'harm'], mechanism: 'mandatory-report', enforces: ['law-minors-2024/report-danger'], sanctioned: ['school'] });
const entrust22 = entry('law-minors-2024/entrust-carer', { kind: 'programme', roles: ['parent'], situations: ['parents-leaving'], mechanism: 'entrusted-care', forChild: true });
const dv14 = entry('law-domestic-violence-2015/report', { roles: ['school', 'medical'], situations: ['abuse'], notify: ['police'] });
const hukou7 = entry('reg-hukou-1958/register-birth', { roles: ['parent'], situations: ['unregistered'], mechanism: 'household-registration' });
const LAW_ENTRIES = [report11, sanction117, entrust22, dv14, hukou7];

// A county that tells the police only, 第一时间, with no sanction.
const county = entry('ningcheng-2017/school-report-police', { deadline: { id: 'immediately', words: '第一时间' }, notify: ['police'] });
const countyScreen = entry('ningcheng-2017/village-screen', { roles: ['village-committee'], mechanism: 'screening', notify: [] });
const ALL = [county, countyScreen, ...LAW_ENTRIES];

const q = (document: string, role: RoleId, situations: SituationId[] = ['living-alone']) => ({ document, role, situations, answers: {} });

describe('the national scope', () => {
  it('stands for the laws, and a document for itself', () => {
    expect(scopeOf(NATIONAL, LAWS)).toEqual(LAWS);
    expect(scopeOf('ningcheng-2017', LAWS)).toEqual(['ningcheng-2017']);
  });
  it('selects across every law for the role and situation, and nothing of a county', () => {
    const o = selectOutcome(ALL, [], { ...q(NATIONAL, 'school', ['abuse']), scope: LAWS }, byId);
    expect(stepIds(o)).toEqual(['law-domestic-violence-2015/report', 'law-minors-2024/report-danger']);
    expect(o.consequences.map((e) => e.id)).toEqual(['law-minors-2024/sanction-not-reporting']);
  });
  it('gives the national outcome, with no law beside it, through selectWithLaw', () => {
    const { outcome, law } = selectWithLaw(ALL, [], q(NATIONAL, 'parent', ['unregistered']), byId, LAWS);
    expect(stepIds(outcome)).toEqual(['reg-hukou-1958/register-birth']);
    expect(law).toBeNull();
  });
});

describe('the law beside a county', () => {
  it('keeps the county\'s steps the county\'s, and returns the law\'s group apart', () => {
    const { outcome, law } = selectWithLaw(ALL, [], q('ningcheng-2017', 'school'), byId, LAWS);
    expect(stepIds(outcome)).toEqual(['ningcheng-2017/school-report-police']);
    expect(outcome.silent).toBeNull();
    expect(stepIds(law!.outcome)).toEqual(['law-minors-2024/report-danger']);
    expect(law!.asSteps).toBe(false);
    expect(law!.laws).toEqual(['law-minors-2024']);
  });
  it('says the law asks to tell 民政 and 教育 as well when the county names 公安 only', () => {
    const { law } = selectWithLaw(ALL, [], q('ningcheng-2017', 'school'), byId, LAWS);
    const notify = law!.more.find((m) => m.kind === 'notify');
    expect(notify).toMatchObject({ kind: 'notify', bodies: ['civil-affairs', 'education-bureau'], also: true });
  });
  it('compares the law\'s report steps only: an application to a court is not a report', () => {
    const court = entry('law-civil-code-2020/apply-revoke', { mechanism: 'revoke-guardianship', notify: ['court'] });
    const { law } = selectWithLaw([county, court, ...LAW_ENTRIES], [], q('ningcheng-2017', 'school'), byId, [...LAWS, 'law-civil-code-2020']);
    expect(law!.more.find((m) => m.kind === 'notify')).toMatchObject({ bodies: ['civil-affairs', 'education-bureau'] });
  });
  it('names no body the county already tells, and no time limit where the county has one', () => {
    const all = entry('ningcheng-2017/school-report-all', { deadline: { id: 'immediately', words: '第一时间' }, notify: ['police', 'civil-affairs', 'education-bureau'] });
    const { law } = selectWithLaw([all, ...LAW_ENTRIES], [], q('ningcheng-2017', 'school'), byId, LAWS);
    expect(law!.more.map((m) => m.kind)).toEqual(['consequence']);
  });
  it('says the law sets a time limit, a kind of step and a sanction the county lacks', () => {
    const { law } = selectWithLaw(ALL, [], q('ningcheng-2017', 'village-committee'), byId, LAWS);
    expect(law!.more.map((m) => m.kind)).toEqual(['notify', 'deadline', 'step', 'consequence']);
    expect(law!.more.find((m) => m.kind === 'notify')).toMatchObject({ also: false, bodies: ['police', 'civil-affairs', 'education-bureau'] });
    expect(law!.more.find((m) => m.kind === 'deadline')).toMatchObject({ words: '立即' });
  });
  it('makes the law\'s steps the steps where the county gives the role none, and asks nothing more then', () => {
    const { outcome, law } = selectWithLaw(ALL, [], q('ningcheng-2017', 'medical'), byId, LAWS);
    expect(stepIds(outcome)).toEqual([]);
    expect(outcome.silent).not.toBeNull();
    expect(law!.asSteps).toBe(true);
    expect(stepIds(law!.outcome)).toEqual(['law-minors-2024/report-danger']);
    expect(law!.more).toEqual([]);
  });
  it('is null where the laws say nothing to the role here', () => {
    expect(selectWithLaw(ALL, [], q('ningcheng-2017', 'police'), byId, LAWS).law).toBeNull();
    expect(selectLaw(LAW_ENTRIES, [], q('ningcheng-2017', 'school'), selectOutcome(ALL, [], q('ningcheng-2017', 'school'), byId), byId)).toBeNull();
  });
  it('never lists a law among the other documents a silent county points to', () => {
    const { outcome } = selectWithLaw(ALL, [], q('ningcheng-2017', 'medical'), byId, LAWS);
    expect(outcome.silent!.elsewhere).toBe(false);
  });
  it('asks for nothing more when either side has no step', () => {
    const none = selectOutcome([], [], q('ningcheng-2017', 'school'), byId);
    const law = selectOutcome(LAW_ENTRIES, [], { ...q(NATIONAL, 'school'), scope: LAWS }, byId);
    expect(lawMore(none, law, 'school')).toEqual([]);
    expect(lawMore(law, none, 'school')).toEqual([]);
  });
});
