/** The v2 role page view on fixture entries run through the real schema: kinds apart, designations, what comes in, what follows. */
import { describe, expect, it } from 'vitest';
import { chainsBySituation } from '../../src/duties/next-steps.ts';
import { consequencesOf, nextUnwritten, roleView } from '../../src/duties/role-view.ts';
import { CataloguedDesignationSchema, CataloguedDutySchema, type CataloguedDuty } from '../../src/duties/schema.ts';

const D = 'alpha-2017';
const entry = (name: string, fields: Record<string, unknown>): CataloguedDuty => CataloguedDutySchema.parse({
  id: `${D}/${name}`, kind: 'case', trigger: '发现', document: D, clause: 's1', anchor: 's1-p1', roles: ['village-committee'],
  situations: ['living-alone'], mechanism: 'mandatory-report', action: '发现后向公安机关报告', quote: '应当及时向公安机关报告', ...fields,
});
const petition = entry('petition', { mechanism: 'revoke-guardianship', situations: ['living-alone', 'guardian-failing'], threshold: { id: 'six-months', words: '六个月以上' } });
const report = entry('report', { notify: ['police'], situations: ['living-alone', 'missing'], then: [{ duty: `${D}/police`, when: ['living-alone'], basis: 'inferred', note: '文件未写明公安机关接报后做什么' }] });
const police = entry('police', { roles: ['police'], mechanism: 'emergency-response' });
const sanction = entry('sanction', { kind: 'consequence', roles: [], sanctioned: ['village-committee'], enforces: [`${D}/report`], mechanism: 'accountability' });
const task = entry('task', { kind: 'programme', roles: ['township'], partners: ['village-committee'], situations: ['left-behind-child'], mechanism: 'screening', due: { date: '2017-06-30', words: '2017年6月30日' } });
const benefit = entry('benefit', { kind: 'entitlement', roles: [], situations: ['child-in-difficulty'], mechanism: 'basic-living' });
const ALL = [petition, report, police, sanction, task, benefit];
const designation = CataloguedDesignationSchema.parse({ role: 'child-director', actsFor: 'village-committee', clause: 's5', quote: '一名专（兼）职儿童福利主任', document: D, anchor: 's5-p1' });
// Clause order puts the petition first; the view must still open with the report.
const order = (a: CataloguedDuty, b: CataloguedDuty) => ALL.indexOf(a) - ALL.indexOf(b);
const site = { duties: ALL, designations: [designation], order, docOrder: [D] };

describe('the role view', () => {
  it('opens a situation with the report, whatever the clause order, and keeps consequences off the role\'s own list', () => {
    const v = roleView(site, 'village-committee', D);
    expect(v.sections[0]!.duties.map((d) => d.duty.id)).toEqual([`${D}/report`, `${D}/petition`]);
    expect(v.sections.flatMap((s) => s.duties.map((d) => d.duty.kind))).not.toContain('consequence');
    expect(consequencesOf(report, ALL).map((c) => c.id)).toEqual([`${D}/sanction`]);
    expect(v.programme).toEqual([{ duty: task, as: 'partner' }]);
  });
  it('gives a designated role the case entries of the body it acts for, with the designation', () => {
    const v = roleView(site, 'child-director', D);
    expect(v.designation).toEqual(designation);
    expect(v.sections[0]!.duties.map((d) => d.duty.id)).toEqual([`${D}/report`, `${D}/petition`]);
  });
  it('lists what comes to a role from other bodies\' notify', () => {
    expect(roleView(site, 'police', D).incoming.map((d) => d.id)).toEqual([`${D}/report`]);
    expect(roleView(site, 'township', D).incoming).toEqual([]);
  });
  it('draws what follows per situation, and says where the document writes nothing', () => {
    const chains = chainsBySituation(report, new Map(ALL.map((d) => [d.id, d])));
    expect(chains.map((c) => [c.situations, c.steps.map((s) => s.basis)])).toEqual([[['living-alone'], ['inferred']], [['missing'], []]]);
    expect(nextUnwritten(report, 'missing')).toBe(true);
    expect(nextUnwritten(report, 'living-alone')).toBe(false);
    expect(nextUnwritten(petition, 'living-alone')).toBe(false); // it tells no one
  });
});
