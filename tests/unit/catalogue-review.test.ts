/**
 * Faults found by reviewing 宁城, 范本 and 乌海 sentence by sentence, each pinned on the real
 * catalogue so that it cannot come back: a sanction on the page of the one it punishes, a
 * sanction that names no sanctioning body, a 人身保护令 that is never a step, a 告诫书 step shown
 * where no 告诫书 is given, an answer (情节较轻) that hides 批评教育, a sentence left out for a
 * reason that does not hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledDocuments } from '../../src/documents/sources.ts';
import { coverageOf } from '../../src/duties/coverage.ts';
import { parentChecklist } from '../../src/duties/parents.ts';
import { consequencesOf, roleView } from '../../src/duties/role-view.ts';
import { ROLES, type RoleId, type SituationId } from '../../src/glossary.ts';
import type { Answers } from '../../src/machines/routing.ts';
import { chainIds, selectOutcome, stepIds, type Entry } from '../../src/duties/outcome.ts';
import { chainEntries, type Handoff } from '../../src/duties/next-steps.ts';
import { notifyOf, thenOf } from '../../src/duties/schema.ts';
import { CATALOGUED_IDS, LOCAL_IDS } from '../documents.ts';
import { realSite } from '../real-site.ts';

const { duties, designations, coverage, site, walk } = realSite();
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
    const saying = CATALOGUED_IDS.filter((id) => readFileSync(`src/content/documents/${id}.mdx`, 'utf8').includes('其上级机关和有关部门'));
    expect(saying).toEqual(expect.arrayContaining(['ningcheng-2017', 'sixian-2020', 'template-township', 'wuhai-2016']));
    expect([...new Set(sanctions.map((d) => d.document))].sort()).toEqual(saying);
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

// ——— Issue 14, item 7: the catalogue fixes, pinned on the data of every document ———

const acting = designations.map((d) => ({ document: d.document, role: d.role, actsFor: d.actsFor }));
const select = (document: string, role: RoleId, situations: SituationId[], answers: Answers = {}) =>
  selectOutcome(site.duties, acting, { document, role, situations, answers }, site.order);
const everything = (o: ReturnType<typeof select>) => [...o.steps.map((s) => s.entry), ...chainEntries(o.chain), ...o.incoming];
const CASE_ROLES = [...new Set(site.duties.flatMap((d) => d.roles))];
const norm = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）');
/**
 * The documents' words for a body that the glossary does not list (its zh and also words are the rest).
 * The laws name the bodies in full (村民委员会, 妇女联合会) or in a series that ends in one 部门
 * (向公安、民政、教育等有关部门报告): each stem is read with the mark that puts it in the series.
 */
const MORE_NAMES: Partial<Record<RoleId, string[]>> = {
  'education-bureau': ['教育行政部门', '教育等有关部门', '教育等部门'],
  police: ['公安、'],
  'civil-affairs': ['民政、'],
  'village-committee': ['村民委员会'],
  'womens-federation': ['妇女联合会'],
};
const namesOf = (role: RoleId) => {
  const t = ROLES.find((r) => r.id === role)!;
  return [t.zh, ...('also' in t ? t.also : []), ...(MORE_NAMES[role] ?? [])].map(norm);
};

describe('上述两种情形联系不上父母 and 事实无人监护且联系不上父母: compounds, never the bare situation', () => {
  const compounds = site.duties.filter((d) => d.facts.some((f) => f.fact === 'reachable' && f.holds === 'no'));
  it('every entry that turns on unreachable parents is tagged with the situations its text names, not parents-unreachable', () => {
    expect(compounds.length).toBeGreaterThanOrEqual(8);
    for (const d of compounds) expect(d.situations, d.id).not.toContain('parents-unreachable');
  });
  it('an entry whose words point back (上述) shows the sentence it points to', () => {
    const back = site.duties.filter((d) => d.kind === 'case' && /上述/.test(d.quote + d.trigger));
    expect(back.length).toBeGreaterThanOrEqual(7);
    for (const d of back) expect(d.refersTo, d.id).toBeDefined();
  });
  it.each(CATALOGUED_IDS)('%s: no one is told to escort or take in a missing child, or a child an able adult looks after', (document) => {
    const looked = { reachable: 'no', 'cared-for': 'yes', 'carer-able': 'yes' } as const;
    for (const role of CASE_ROLES) {
      for (const o of [select(document, role, ['missing']), select(document, role, ['parents-unreachable'], looked)]) {
        expect(everything(o).filter((e) => e.mechanism === 'temporary-care').map((e) => e.id), role).toEqual([]);
      }
    }
  });
  it('a child alone whose parents cannot be reached is escorted by the police in 乌海, 范本 and 龙里', () => {
    for (const document of ['wuhai-2016', 'template-township', 'longli-2017']) {
      const o = select(document, 'police', ['parents-unreachable', 'living-alone'], { reachable: 'no', 'cared-for': 'no' });
      expect(o.steps.filter((s) => s.urgency === 'protect' && s.entry.mechanism === 'temporary-care').length, document).toBeGreaterThan(0);
    }
  });
});

describe('whom to tell: every body told is named in the entry\'s own words', () => {
  it.each(CATALOGUED_IDS)('%s', (document) => {
    const missing = site.duties.filter((d) => d.document === document).flatMap((d) => notifyOf(d)
      .filter((r) => !namesOf(r as RoleId).some((n) => norm(d.quote + (d.refersTo?.quote ?? '')).includes(n)))
      .map((r) => `${d.id} → ${r}`));
    expect(missing).toEqual([]);
  });
  it('训诫, 劝诫 and 批评教育 of parents or guardians are addressed to them', () => {
    const acts = site.duties.filter((d) => d.kind === 'case' && /训诫|劝诫|批评教育/.test(d.action) && /父母|监护人/.test(d.quote));
    expect(acts.length).toBeGreaterThanOrEqual(9);
    for (const d of acts) expect(notifyOf(d), d.id).toContain('parent');
  });
});

describe('sanctions: every one is a consequence, on the pages of those it punishes only', () => {
  const SANCTION = /撤销监护人资格|失信联合惩戒|追究[^。；]*责任|追责|追索抚养费/;
  // 追究 as the police's own criminal case (立案侦查, 调查取证 为…追究…打下基础) is a step, not a sanction.
  const OWN_CASE = /立案侦查|调查取证/;
  // The laws print these words where nothing is sanctioned (民政 applies to revoke, 长期监护 after a
  // revocation, 恢复监护人资格) and for duties outside the site's situations: their sanctions are
  // pinned one by one in tests/unit/national-catalogue.test.ts.
  it.each(LOCAL_IDS)('%s: every sentence that sanctions stands in a consequence', (document) => {
    const doc = compiledDocuments().find((d) => d.meta.id === document)!;
    const consequences = site.duties.filter((d) => d.document === document && d.kind === 'consequence');
    const units = coverageOf(doc, consequences, []).units.filter((u) => SANCTION.test(u.text) && !OWN_CASE.test(u.text) && !/^牵头单位/.test(u.text));
    expect(units.length).toBeGreaterThan(0);
    expect(units.filter((u) => u.status !== 'covered').map((u) => `${u.id} ${u.text}`)).toEqual([]);
  });
  it('each names who is sanctioned, and every duty it enforces is one of theirs', () => {
    for (const d of site.duties) {
      if (d.kind !== 'consequence') continue;
      expect(d.sanctioned.length, d.id).toBeGreaterThan(0);
      for (const id of d.enforces) expect(get(id).roles.every((r) => d.sanctioned.includes(r)), `${d.id} enforces ${id}`).toBe(true);
    }
  });
  it('撤销监护人资格 falls on the parents in every county text that provides for it', () => {
    for (const document of ['longli-2017', 'ningcheng-2017', 'template-township', 'wuhai-2016']) {
      const o = select(document, 'parent', ['living-alone']);
      expect(o.consequences.filter((e) => e.mechanism === 'revoke-guardianship').map((e) => e.id), document).toEqual([`${document}/guardianship-revoked`]);
    }
  });
  it('乌海 s4-p4.2 追究有关领导和人员责任 is a consequence, shown to the police on a 家庭暴力 case', () => {
    const e = get('wuhai-2016/officials-accountability');
    expect(e).toMatchObject({ kind: 'consequence', clause: 's4-p4' });
    expect(select('wuhai-2016', 'police', ['abuse']).consequences.map((x) => x.id)).toContain(e.id);
    expect(select('wuhai-2016', 'school', ['abuse']).consequences.map((x) => x.id)).not.toContain(e.id);
  });
});

describe('partners named with 会同 are not actors with the lead\'s trigger', () => {
  it.each(['ningcheng-2017', 'template-township', 'wuhai-2016'])('%s: the township\'s assessment', (document) => {
    const e = get(`${document}/township-assessment`);
    expect(e.roles).toEqual(['township']);
    expect(e.kind === 'case' && e.partners).toEqual(expect.arrayContaining(['civil-affairs', 'police']));
    expect(select(document, 'health-bureau', ['abuse']).steps.map((s) => s.entry.id)).not.toContain(e.id);
  });
});

describe('urgent things are marked, and come first', () => {
  it.each(['ningcheng-2017', 'sixian-2020', 'template-township', 'wuhai-2016'])('%s: the police\'s abuse steps open with 制止', (document) => {
    const stop = site.duties.filter((d) => d.document === document && d.kind === 'case' && d.roles.includes('police') && d.situations.includes('abuse') && d.quote.includes('制止'));
    expect(stop.length).toBeGreaterThan(0);
    for (const d of stop) expect(d.urgency, d.id).toBe('protect');
    const steps = select(document, 'police', ['abuse'], { minor: 'yes' }).steps;
    expect(steps[0]!.urgency).toBe('protect');
    const lastProtect = steps.map((s) => s.urgency).lastIndexOf('protect');
    expect(steps.slice(0, lastProtect + 1).every((s) => s.urgency === 'protect')).toBe(true);
  });
  it('every 出警, 查找 of a missing child, 护送 and 安置 is protect', () => {
    // Read off our plain summary of the entry's own act: its quote may hold a neighbour's act too.
    const urgent = site.duties.filter((d) => d.kind === 'case' && /出警|护送到|安置到|制止|快速查找|紧急带离|接收/.test(d.action) && !d.roles.includes('school'));
    expect(urgent.length).toBeGreaterThanOrEqual(15);
    for (const d of urgent) expect(d.urgency, d.id).toBe('protect');
  });
  it('乌海: 依法制止, 调查取证 and 安置 stand before the 告诫书; 联系父母 before 训诫', () => {
    const abuse = select('wuhai-2016', 'police', ['abuse'], { minor: 'yes' }).steps.map((s) => s.entry.id);
    const letter = abuse.indexOf('wuhai-2016/police-warning-letter');
    for (const id of ['police-stop-domestic-violence', 'police-gather-evidence', 'police-place-child']) expect(abuse.indexOf(`wuhai-2016/${id}`), id).toBeLessThan(letter);
    const alone = select('wuhai-2016', 'police', ['living-alone']).steps.map((s) => s.entry.id);
    expect(alone.indexOf('wuhai-2016/police-living-alone')).toBeLessThan(alone.indexOf('wuhai-2016/police-admonish-parents'));
  });
});

describe('what reaches the page that needs it', () => {
  it('宁城 and 乌海: 社会救助 applies to the walkthroughs\' situations, provided by 民政', () => {
    for (const document of ['ningcheng-2017', 'wuhai-2016']) {
      for (const s of ['living-alone', 'abuse', 'guardian-failing', 'dropout', 'child-in-difficulty'] as const) {
        expect(select(document, 'school', [s]).entitlements.map((e) => e.id), `${document} ${s}`).toContain(`${document}/social-assistance`);
      }
      expect(select(document, 'civil-affairs', ['abuse']).steps.find((x) => x.entry.id === `${document}/social-assistance`)?.as).toBe('provides');
    }
  });
  it('宁城: the village\'s dropout page has 督促家长安排适龄儿童及时入学', () => {
    expect(select('ningcheng-2017', 'village-committee', ['dropout']).steps.map((s) => s.entry.id)).toContain('ningcheng-2017/village-urge-enrolment');
  });
  it('the hand-offs never run in a circle', () => {
    const next = new Map(site.duties.map((d) => [d.id, thenOf(d).map((l) => l.duty)]));
    const circle = (id: string, path: string[]): string[] | null => {
      for (const n of next.get(id) ?? []) {
        if (path.includes(n)) return [...path, n];
        const c = circle(n, [...path, n]);
        if (c) return c;
      }
      return null;
    };
    for (const d of site.duties) expect(circle(d.id, [d.id]), d.id).toBeNull();
  });
  it('构成犯罪 is its own fact: no 情节严重 alone stands for it, and every criminal case turns on it', () => {
    for (const d of site.duties) {
      for (const f of d.facts) {
        if (f.fact === 'crime') expect(f.words, d.id).toMatch(/犯罪|刑事立案/);
        if (f.fact === 'minor') expect(f.words, d.id).not.toMatch(/犯罪/);
      }
      if (d.kind === 'case' && /立案侦查|遗弃犯罪/.test(d.action)) expect(d.facts.some((f) => f.fact === 'crime' && f.holds === 'yes'), d.id).toBe(true);
    }
  });
});
