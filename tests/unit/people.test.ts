/**
 * The parents' and trainers' selections: the parents' checklist (phases, order, sanctions last),
 * the duty cards (case entries once each, designations), the hand-off graphs (notify and then
 * links per situation, inferred links apart), on fixture entries run through the real schema;
 * the forms a document names but does not carry (read off the compiled document), and the plain
 * explanations shown once at a term's first mention.
 */
import { describe, expect, it } from 'vitest';
import { attachments } from '../../src/documents/attachments.ts';
import type { Block } from '../../src/documents/model.ts';
import { compiledDocuments } from '../../src/documents/sources.ts';
import { EXPLANATIONS, firstMentions, termsIn } from '../../src/explanations.ts';
import { CataloguedDutySchema, type CataloguedDuty } from '../../src/duties/schema.ts';
import { inPhase, parentChecklist, phaseOf } from '../../src/duties/parents.ts';
import { allCards, dutyCard } from '../../src/duties/cards.ts';
import { handoffGraph, handoffSituations, senderLines } from '../../src/duties/handoffs.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ROLES } from '../../src/glossary.ts';
import type { DocumentData } from '../../src/documents/schemas/document.ts';
import { loadCatalogue } from '../../src/duties/files.ts';
import { dutySite } from '../../src/duties/site.ts';
import { walkSite } from '../../src/walkthroughs/site.ts';
import { PER_WALKTHROUGH, TRAINEES, exercises } from '../../src/components/training/exercises.ts';

/** An entry run through the real schema (a case by default). */
const entry = (name: string, fields: Record<string, unknown> = {}): CataloguedDuty =>
  CataloguedDutySchema.parse({
    id: `alpha-2017/${name}`, kind: 'case', trigger: '发现', document: 'alpha-2017', clause: 's1', anchor: 's1-p1', roles: ['school'],
    situations: ['living-alone'], mechanism: 'mandatory-report', action: '发现后向公安机关报告', quote: '应当在第一时间向公安机关报告', ...fields,
  });
/** Reading order: the fixtures' own order. */
const byName = (list: readonly CataloguedDuty[]) => (a: CataloguedDuty, b: CataloguedDuty) => list.indexOf(a) - list.indexOf(b);

const sanction = entry('sanction', { kind: 'consequence', roles: ['police'], sanctioned: ['parent'], enforces: ['alpha-2017/entrust'], mechanism: 'accountability', situations: ['guardian-failing'] });
const entrust = entry('entrust', { roles: ['parent'], situations: ['parents-leaving'], mechanism: 'entrusted-care', notify: ['village-committee'] });
const touch = entry('touch', { roles: ['parent'], situations: ['left-behind-child'], mechanism: 'family-guardianship' });
const policeCalls = entry('police-calls', { roles: ['police'], situations: ['living-alone'], notify: ['parent'], mechanism: 'emergency-response' });
const school = entry('school-admits', { kind: 'entitlement', roles: ['school'], situations: ['parents-leaving'], mechanism: 'education-support' });
const difficulty = entry('allowance', { kind: 'entitlement', roles: [], situations: ['child-in-difficulty'], mechanism: 'basic-living' });
const report = entry('report', { notify: ['police'], deadline: { id: 'immediately', words: '第一时间' }, then: [{ duty: 'alpha-2017/respond', when: ['living-alone'], basis: 'text' }, { duty: 'alpha-2017/assess', when: ['living-alone'], basis: 'inferred', note: '文件未写乡镇接手' }] });
const respond = entry('respond', { roles: ['police'], situations: ['living-alone', 'missing'], notify: ['civil-affairs'], deadline: { id: 'immediately', words: '立即' } });
const assess = entry('assess', { roles: ['township'], situations: ['living-alone'], mechanism: 'assessment-support' });
const vcReport = entry('vc-report', { roles: ['village-committee'], situations: ['missing', 'living-alone'], notify: ['police'] });
const other = { ...entrust, id: 'beta-2016/entrust', document: 'beta-2016' } as CataloguedDuty;
const ALL = [sanction, entrust, touch, policeCalls, school, difficulty, report, respond, assess, vcReport, other];
const order = byName(ALL);

describe('parents\' checklist', () => {
  it('takes the parents\' own entries, what reaches them, what the family can get and the sanctions on them, from the outcome selection', () => {
    const concern = new Map(parentChecklist(ALL, 'alpha-2017', order).map((i) => [i.duty.id.split('/')[1], i.concern]));
    expect(concern.get('entrust')).toBe('own');
    expect(concern.get('police-calls')).toBe('told');
    expect(concern.get('school-admits')).toBe('entitlement');
    expect(concern.get('sanction')).toBe('sanction');
    expect(concern.has('allowance')).toBe(false);
    expect(concern.has('report')).toBe(false);
  });

  it('puts leaving first, the standing situations while away, anything else (and sanctions) when something happens', () => {
    expect(phaseOf(entrust, 'own')).toBe('before');
    expect(phaseOf(touch, 'own')).toBe('away');
    expect(phaseOf(policeCalls, 'told')).toBe('trouble');
    expect(phaseOf(sanction, 'sanction')).toBe('trouble');
  });

  it('orders by phase, own tasks before the rest, sanctions last; one document only', () => {
    const list = parentChecklist(ALL, 'alpha-2017', order);
    expect(list.map((i) => i.duty.id.split('/')[1])).toEqual(['entrust', 'school-admits', 'touch', 'police-calls', 'sanction']);
    expect(inPhase(list, 'trouble').map((i) => i.concern)).toEqual(['told']);
    expect(parentChecklist(ALL, 'beta-2016', order).map((i) => i.duty.id)).toEqual(['beta-2016/entrust']);
    expect(parentChecklist(ALL, 'gamma-2020', order)).toEqual([]);
  });
});

describe('duty cards', () => {
  it('list a role\'s case entries once, under the first situation in the pages\' order', () => {
    const card = dutyCard(ALL, 'police', 'alpha-2017', order)!;
    expect(card.sections.map((s) => [s.situation, s.entries.map((e) => e.duty.id.split('/')[1])])).toEqual([['living-alone', ['police-calls', 'respond']]]);
    expect(card.sections[0]!.entries[1]!.alsoIn).toEqual(['missing']);
    expect(card.count).toBe(2);
  });

  it('leave out other kinds, and roles with no case entry get no card', () => {
    expect(dutyCard(ALL, 'school', 'alpha-2017', order)!.count).toBe(1); // the entitlement is not a duty
    expect(dutyCard(ALL, 'civil-affairs', 'alpha-2017', order)).toBeNull();
  });

  it('carry a designated role\'s entries, marked with whom it acts for', () => {
    const designations = [{ role: 'child-director', actsFor: 'village-committee', document: 'alpha-2017' }];
    const card = dutyCard(ALL, 'child-director', 'alpha-2017', order, designations)!;
    expect(card.sections[0]!.entries.map((e) => [e.duty.id, e.onBehalfOf])).toEqual([['alpha-2017/vc-report', 'village-committee']]);
    expect(dutyCard(ALL, 'child-director', 'alpha-2017', order)).toBeNull();
    expect(allCards(ALL, ['police', 'child-director'], ['alpha-2017', 'beta-2016'], order, designations).map((c) => `${c.role}/${c.document}`))
      .toEqual(['police/alpha-2017', 'child-director/alpha-2017']);
  });
});

describe('hand-off graphs', () => {
  const joint = entry('joint-assess', { roles: ['township', 'civil-affairs', 'police'], situations: ['living-alone'], notify: ['court', 'police'], then: [{ duty: 'alpha-2017/joint-follow', when: ['living-alone'], basis: 'text' }] });
  const jointFollow = entry('joint-follow', { roles: ['police', 'township', 'civil-affairs'], situations: ['living-alone'] });
  const withJoint = [...ALL, joint, jointFollow];

  it('draw then links to the next entry\'s body and notify to bodies no link reaches, with the time words of the one handing on', () => {
    const g = handoffGraph(ALL, 'alpha-2017', 'living-alone');
    const edges = Object.fromEntries(g.edges.map((e) => [`${e.from}>${e.to}`, [e.basis, e.deadlines.join('/')]]));
    expect(edges).toEqual({
      'school>police': ['text', '第一时间'],
      'school>township': ['inferred', '第一时间'],
      'police>parent': ['text', ''],
      'police>civil-affairs': ['text', '立即'],
      'village-committee>police': ['text', ''],
    });
    expect(g.bodies.map((b) => b.id)).toEqual(['school', 'village-committee', 'township', 'police', 'civil-affairs', 'parent']);
  });

  it('keep the roles an entry names together as one body, never a clique', () => {
    const g = handoffGraph(withJoint, 'alpha-2017', 'living-alone');
    expect(g.bodies.map((b) => b.id)).toContain('township+police+civil-affairs');
    // The joint entry hands on to the same joint body: no edge among its own members.
    expect(g.edges.filter((e) => e.from.includes('+')).map((e) => e.to)).toEqual(['court']);
  });

  it('keep a link to its situations, and list the situations that have hand-offs, danger first', () => {
    const missing = handoffGraph(ALL, 'alpha-2017', 'missing');
    expect(missing.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['police>civil-affairs', 'village-committee>police']);
    expect(handoffSituations(ALL, 'alpha-2017')).toEqual(['living-alone', 'missing', 'parents-leaving']);
    expect(handoffSituations(ALL, 'beta-2016')).toEqual(['parents-leaving']);
    expect(handoffSituations(ALL, 'gamma-2020')).toEqual([]);
  });

  it('read as one line per body that hands on, starting where nobody hands to it', () => {
    const lines = senderLines(handoffGraph(ALL, 'alpha-2017', 'living-alone'));
    expect(lines.map((l) => [l.from, l.edges.map((e) => e.to)])).toEqual([
      ['school', ['police', 'township']],
      ['village-committee', ['police']],
      ['police', ['parent', 'civil-affairs']],
    ]);
  });
});

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
    expect(() => attachments(broken)).toThrow(/^sources\/alpha-2017\.corrections\.yaml: structure: block s1-p1 of alpha-2017 cites 附件9/);
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

describe('exercises, over the real catalogue and walkthroughs', () => {
  const { duties, designations } = loadCatalogue(process.cwd());
  const docEntries = [...new Set(duties.map((d) => d.document))].map((id) => {
    const [, front] = readFileSync(`src/content/documents/${id}.mdx`, 'utf8').split(/^---$/m);
    return { data: parse(front!) as DocumentData };
  });
  const site = dutySite(docEntries, duties.map((data) => ({ data })));
  const rank = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));
  const walk = walkSite(site.duties, designations, site.docOrder, site.order, (r) => rank.get(r) ?? 99);

  it('give every document exercises, each with one right option among two or three, drawn from that document', () => {
    for (const document of site.docOrder) {
      const list = exercises(walk.pages, document);
      expect(list.length, document).toBeGreaterThan(0);
      for (const x of list) {
        expect(TRAINEES).toContain(x.role);
        expect(x.options.filter((o) => o.correct)).toHaveLength(1);
        expect(x.options.length).toBeGreaterThanOrEqual(2);
        expect(new Set(x.options.map((o) => o.entry.id)).size).toBe(x.options.length);
        for (const o of x.options) expect(o.entry.document).toBe(document);
      }
    }
  });

  it('make the right option the role\'s first step on the outcome page, and no wrong option one of its own', () => {
    for (const x of site.docOrder.flatMap((d) => exercises(walk.pages, d))) {
      const own = x.page.outcome!.steps;
      expect(x.options.find((o) => o.correct)!.entry.id).toBe(own[0]!.entry.id);
      const as = new Set([x.role, ...own.flatMap((o) => (o.actsFor ? [o.actsFor] : []))]);
      for (const o of x.options.filter((y) => !y.correct)) {
        expect(own.map((y) => y.entry.id)).not.toContain(o.entry.id);
        expect(o.entry.roles.some((r) => as.has(r)), `${x.id}: ${o.entry.id}`).toBe(false);
        expect(o.role).not.toBe(x.role);
      }
    }
  });

  it('take at most PER_WALKTHROUGH per walkthrough', () => {
    for (const d of site.docOrder) {
      const counts = new Map<string, number>();
      for (const x of exercises(walk.pages, d)) counts.set(x.walkthrough, (counts.get(x.walkthrough) ?? 0) + 1);
      for (const n of counts.values()) expect(n).toBeLessThanOrEqual(PER_WALKTHROUGH);
    }
  });
});
