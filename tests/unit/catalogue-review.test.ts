/**
 * Faults found by reviewing 宁城, 范本 and 乌海 sentence by sentence, each pinned on the real
 * catalogue so that it cannot come back: a sanction on the page of the one it punishes, a
 * sanction that names no sanctioning body, a 人身保护令 that is never a step, a 告诫书 step shown
 * where no 告诫书 is given, an answer (情节较轻) that hides 批评教育, a sentence left out for a
 * reason that does not hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DocumentData } from '../../src/documents/schemas/document.ts';
import { compiledDocuments } from '../../src/documents/sources.ts';
import { coverageOf } from '../../src/duties/coverage.ts';
import { loadCatalogue } from '../../src/duties/files.ts';
import { parentChecklist } from '../../src/duties/parents.ts';
import { consequencesOf, roleView } from '../../src/duties/role-view.ts';
import { dutySite } from '../../src/duties/site.ts';
import { ROLES, type RoleId } from '../../src/glossary.ts';
import type { Answers } from '../../src/machines/routing.ts';
import { chainIds, stepIds, type Entry } from '../../src/duties/outcome.ts';
import type { Handoff } from '../../src/duties/next-steps.ts';
import { walkSite } from '../../src/walkthroughs/site.ts';

const { duties, designations, coverage } = loadCatalogue(process.cwd());
const docEntries = [...new Set(duties.map((d) => d.document))].map((id) => {
  const [, front, body] = readFileSync(`src/content/documents/${id}.mdx`, 'utf8').split(/^---$/m);
  return { data: parse(front!) as DocumentData, body: body! };
});
const site = dutySite(docEntries, duties.map((data) => ({ data })), designations.map((data) => ({ data })));
const rank = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));
const walk = walkSite(site.duties, designations, site.docOrder, site.order, (r) => rank.get(r) ?? 99);
const get = (id: string) => site.byId.get(id)!;

/** The outcome page of a walkthrough for a document and role under exactly these answers. */
const outcomeOf = (walkthrough: string, document: string, role: RoleId, answers: Answers) => {
  const pages = walk.pages.filter((p) => p.outcome && p.walkthrough === walkthrough && p.document === document && p.role === role &&
    Object.entries(answers).every(([f, v]) => p.state.answers[f as keyof Answers] === v));
  expect(pages.length, `${walkthrough}/${document}/${role} ${JSON.stringify(answers)}`).toBeGreaterThan(0);
  return pages[0]!.outcome!;
};
/** Every step is numbered now (nothing is folded away), urgent first. */
const steps = (o: ReturnType<typeof outcomeOf>) => stepIds(o);
const linkTo = (links: readonly Handoff<Entry>[], id: string): Handoff<Entry> | null => {
  for (const l of links) {
    if (l.entry.id === id) return l;
    const inner = linkTo(l.next, id);
    if (inner) return inner;
  }
  return null;
};

describe('宁城: the guardians\' legal liability is a sanction on them, not their duty', () => {
  const liability = get('ningcheng-2017/guardian-legal-liability');
  it('is a consequence naming the guardians as the ones sanctioned and the duties it enforces', () => {
    expect(liability.kind).toBe('consequence');
    if (liability.kind !== 'consequence') return;
    expect(liability.sanctioned).toEqual(expect.arrayContaining(['parent', 'entrusted-guardian']));
    expect(liability.roles).not.toContain('parent');
    for (const id of liability.enforces) expect(get(id).roles, id).toContain('parent');
  });
  it('stands beside the duty it enforces on the parents\' page and closes their checklist, never among their case duties', () => {
    const v = roleView(site, 'parent', 'ningcheng-2017');
    expect(v.sections.flatMap((s) => s.duties.map((d) => d.duty.id))).not.toContain(liability.id);
    expect(v.sanctions.map((d) => d.id)).not.toContain(liability.id);
    expect(consequencesOf(get('ningcheng-2017/parent-no-living-alone'), site.duties).map((d) => d.id)).toContain(liability.id);
    const item = parentChecklist(site.duties, 'ningcheng-2017', site.order).find((i) => i.duty.id === liability.id);
    expect(item?.concern).toBe('sanction');
  });
});

describe('其上级机关和有关部门: the sanction for not reporting names who sanctions', () => {
  const sanctions = site.duties.filter((d) => d.kind === 'consequence' && d.quote.includes('其上级机关和有关部门'));
  it('in every document that says so', () => {
    expect(sanctions.map((d) => d.document).sort()).toEqual(['ningcheng-2017', 'sixian-2020', 'template-township', 'wuhai-2016']);
    for (const d of sanctions) expect(d.roles, d.id).toEqual(['superior-authority']);
  });
  it('and that body\'s page lists it as the sanction it imposes, apart from the reporters\' own duties', () => {
    for (const d of sanctions) {
      const v = roleView(site, 'superior-authority', d.document);
      expect(v.sanctions.map((x) => x.id)).toContain(d.id);
      expect(v.sections.flatMap((s) => s.duties)).toEqual([]);
    }
  });
});

describe('乌海: the 人身保护令 is a step in the chain of handling 家庭暴力', () => {
  const ORDER = 'wuhai-2016/assist-protection-order';
  it('quotes the document\'s own trigger: a child who applied for one, once it is served', () => {
    const e = get(ORDER);
    expect(e.kind === 'case' && e.trigger).toMatch(/^对申请人身保护令的留守儿童.*送达/);
    expect(site.cites.get(ORDER)?.href).toMatch(/^\/documents\/wuhai-2016\/#s3-p4/);
  });
  it('is a numbered step of the police and the village committee once the order is served, followed by the village\'s report', () => {
    for (const role of ['police', 'village-committee'] as const) {
      const served = outcomeOf('abuse', 'wuhai-2016', role, { 'protection-order': 'yes' });
      expect(steps(served), role).toContain(ORDER);
      expect(stepIds(outcomeOf('abuse', 'wuhai-2016', role, { 'protection-order': 'no' })), role).not.toContain(ORDER);
    }
    const police = outcomeOf('abuse', 'wuhai-2016', 'police', { 'protection-order': 'yes' });
    expect(linkTo(police.chain, 'wuhai-2016/village-report-non-compliance')?.basis).toBe('text');
  });
  it('is in a reporter\'s chain too, marked as our reading', () => {
    const school = outcomeOf('abuse', 'wuhai-2016', 'school', {});
    const link = linkTo(school.chain, ORDER);
    expect(link).toMatchObject({ basis: 'inferred' });
    expect(link!.note).toMatch(/人身保护令/);
  });
});

describe('乌海: no 告诫书 step where no 告诫书 is given', () => {
  it('情节严重: the police are not told to send the village a 告诫书', () => {
    expect(stepIds(outcomeOf('abuse', 'wuhai-2016', 'police', { minor: 'no' }))).not.toContain('wuhai-2016/warning-letter-notify-village');
    expect(steps(outcomeOf('abuse', 'wuhai-2016', 'police', { minor: 'yes' }))).toContain('wuhai-2016/warning-letter-notify-village');
  });
});

describe('宁城, 范本 and 乌海: 情节较轻 decides the criminal case, not the 批评教育; 构成犯罪 (not 情节严重) opens it', () => {
  it.each(['ningcheng-2017', 'template-township', 'wuhai-2016'])('%s', (document) => {
    const minor = stepIds(outcomeOf('abuse', document, 'police', { minor: 'yes' }));
    expect(minor).toContain(`${document}/police-criticise-abusers`);
    expect(minor).not.toContain(`${document}/police-investigate-crime`);
    expect(stepIds(outcomeOf('abuse', document, 'police', { minor: 'no', crime: 'yes' }))).toEqual(expect.arrayContaining([`${document}/police-criticise-abusers`, `${document}/police-investigate-crime`]));
    // 情节严重 is not 构成犯罪: without a crime there is no criminal case, but still 批评教育.
    const noCrime = stepIds(outcomeOf('abuse', document, 'police', { minor: 'no', crime: 'no' }));
    expect(noCrime).toContain(`${document}/police-criticise-abusers`);
    expect(noCrime).not.toContain(`${document}/police-investigate-crime`);
    // Both hand-offs from gathering evidence are our reading, and say so.
    const fromEvidence = get(`${document}/police-gather-evidence`);
    expect(fromEvidence.kind === 'case' && fromEvidence.then.filter((l) => l.duty.includes('abusers') || l.duty.includes('crime')).every((l) => l.basis === 'inferred' && l.note)).toBe(true);
  });
  it('the school\'s chain reaches both', () => {
    const ids = chainIds(outcomeOf('abuse', 'ningcheng-2017', 'school', {}));
    expect(ids).toEqual(expect.arrayContaining(['ningcheng-2017/police-criticise-abusers', 'ningcheng-2017/police-investigate-crime']));
  });
});

describe('宁城: a named body\'s task aimed at fewer children left behind is not left out', () => {
  it('人社 supporting parents to work near home is an entry (s4-1)', () => {
    const doc = compiledDocuments().find((d) => d.meta.id === 'ningcheng-2017')!;
    const r = coverageOf(doc, site.duties.filter((d) => d.document === 'ningcheng-2017'), coverage.get('ningcheng-2017') ?? []);
    const unit = r.units.find((u) => u.text.startsWith('人社等有关部门'))!;
    expect(unit).toMatchObject({ status: 'covered' });
    expect(get('ningcheng-2017/human-resources-return-employment').roles).toEqual(['human-resources']);
  });
});

describe('宁城, 范本, 乌海: a case entry\'s quote holds its trigger where both stand in one sentence', () => {
  // The public's report: its trigger is the situations the reporters' duty names; its own words
  // (积极向公安机关报告的…给予表扬) are a clause of their own, quoted apart on purpose.
  const APART = new Set(['citizen-report-praised']);
  it.each(['ningcheng-2017', 'template-township', 'wuhai-2016'])('%s', (document) => {
    const doc = compiledDocuments().find((d) => d.meta.id === document)!;
    const sentences = coverageOf(doc, [], []).units;
    const cases = site.duties.filter((d) => d.document === document && d.kind === 'case' && !APART.has(d.id.split('/')[1]!));
    const split = cases.filter((d) => d.kind === 'case' && !d.quote.includes(d.trigger) &&
      sentences.some((s) => s.text.includes(d.trigger) && d.quote.split(/[，,；;]/).some((part) => part.length > 4 && s.text.includes(part))));
    expect(split.map((d) => d.id)).toEqual([]);
  });
});
