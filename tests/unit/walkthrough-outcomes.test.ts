/**
 * What an outcome shows (src/duties/outcome.ts, the one selection) on small fixtures, and every
 * path of every machine over the real catalogue (xstate/graph): no dead end, every outcome for
 * every document and role offered gives steps or says plainly that the document is silent and who
 * does act, every entry shown belongs to the chosen document and has a citation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DocumentData } from '../../src/documents/schemas/document.ts';
import { loadCatalogue } from '../../src/duties/files.ts';
import { applies, chainIds, selectOutcome, stepIds, type Entry } from '../../src/duties/outcome.ts';
import { dutySite } from '../../src/duties/site.ts';
import { ROLES, type RoleId, type SituationId } from '../../src/glossary.ts';
import { outcomeSignature, walkSite } from '../../src/walkthroughs/site.ts';
import { segmentOf } from '../../src/walkthroughs/segments.ts';

const entry = (id: string, over: Partial<Entry> = {}): Entry => ({
  id: `alpha-2017/${id}`, kind: 'case', document: 'alpha-2017', roles: ['school'], situations: ['living-alone'], mechanism: 'screening',
  conditions: [], facts: [], deadline: null, notify: [], then: [], ...over,
});
const byId = (a: Entry, b: Entry) => a.id.localeCompare(b.id);
const select = (entries: Entry[], role: RoleId, answers = {}, acting = [] as { document: string; role: RoleId; actsFor: RoleId }[], situations: SituationId[] = ['living-alone']) =>
  selectOutcome(entries, acting, { document: 'alpha-2017', role, situations, answers }, byId);
const UNREACHABLE = { fact: 'reachable', holds: 'no', words: '联系不上农村留守儿童父母' } as const;

describe('facts are the entries\' data', () => {
  it('an entry applies unless an answer given contradicts one of its facts', () => {
    const e = entry('escort', { facts: [UNREACHABLE] });
    expect(applies(e, { reachable: 'no' })).toBe(true);
    expect(applies(e, { reachable: 'yes' })).toBe(false);
    expect(applies(e, {})).toBe(true);
  });
  it('a compound (上述两种情形联系不上父母) fires only in its situations and under its answer', () => {
    const escort = entry('escort', { roles: ['police'], situations: ['living-alone', 'guardian-failing'], facts: [UNREACHABLE] });
    expect(stepIds(select([escort], 'police', { reachable: 'no' }, [], ['missing', 'parents-unreachable']))).toEqual([]);
    expect(stepIds(select([escort], 'police', { reachable: 'no' }, [], ['parents-unreachable']))).toEqual([]);
    expect(stepIds(select([escort], 'police', { reachable: 'yes' }, [], ['living-alone']))).toEqual([]);
    expect(stepIds(select([escort], 'police', { reachable: 'no' }, [], ['parents-unreachable', 'living-alone']))).toEqual(['alpha-2017/escort']);
  });
});

describe('selectOutcome', () => {
  const report = entry('report', { deadline: { id: 'immediately', words: '第一时间' }, notify: ['police'], then: [{ duty: 'alpha-2017/respond', when: ['living-alone'], basis: 'text' }, { duty: 'alpha-2017/other', when: ['abuse'], basis: 'text' }] });
  const assist = entry('assist', {});
  const respond = entry('respond', { roles: ['police'], notify: ['school'], urgency: 'protect', then: [{ duty: 'alpha-2017/shelter', when: ['living-alone'], basis: 'inferred', note: '文件只写了护送' }] });
  const shelter = entry('shelter', { roles: ['relief-institution'], facts: [UNREACHABLE], then: [{ duty: 'alpha-2017/visit', when: ['living-alone'], basis: 'text' }] });
  const visit = entry('visit', { roles: ['civil-affairs'] });
  const other = entry('other', { roles: ['civil-affairs'], situations: ['abuse'] });
  const sanction = entry('sanction', { kind: 'consequence', roles: ['education-bureau'], enforces: ['alpha-2017/report'] });
  const aid = entry('aid', { kind: 'entitlement', roles: [] });
  const elsewhere = entry('x', { document: 'beta-2018', id: 'beta-2018/x', roles: ['medical'] });
  const all = [assist, report, respond, shelter, visit, other, sanction, aid, elsewhere];

  it('gives the role its own case entries, reporting before the rest', () => {
    expect(stepIds(select(all, 'school'))).toEqual(['alpha-2017/report', 'alpha-2017/assist']);
  });
  it('puts what stops harm first, then reporting, then the rest in the document\'s order', () => {
    const stop = entry('stop', { urgency: 'protect' });
    const z = entry('a-rest', {});
    expect(stepIds(select([z, report, stop], 'school'))).toEqual(['alpha-2017/stop', 'alpha-2017/report', 'alpha-2017/a-rest']);
  });
  it('lets an answer add a step and lift it within its rank, never above an urgent one', () => {
    const warn = entry('warn', { conditions: ['情节较轻'], facts: [{ fact: 'minor', holds: 'yes', words: '情节较轻' }] });
    const stop = entry('stop', { urgency: 'protect' });
    expect(stepIds(select([report, assist, warn, stop], 'school', { minor: 'yes' }))).toEqual(['alpha-2017/stop', 'alpha-2017/report', 'alpha-2017/warn', 'alpha-2017/assist']);
    expect(stepIds(select([report, assist, warn], 'school', { minor: 'no' }))).toEqual(['alpha-2017/report', 'alpha-2017/assist']);
  });
  it('makes the entitlements a role provides and its programmes on this child its steps', () => {
    const provide = entry('provide', { kind: 'entitlement', roles: ['civil-affairs'] });
    const urge = entry('urge', { kind: 'programme', roles: ['civil-affairs'], forChild: true });
    const plan = entry('plan', { kind: 'programme', roles: ['civil-affairs'] });
    const o = select([provide, urge, plan], 'civil-affairs');
    expect(o.steps.map((s) => [s.entry.id, s.as])).toEqual([['alpha-2017/provide', 'provides'], ['alpha-2017/urge', 'programme']]);
    expect(o.entitlements).toEqual([]);
    expect(o.silences).not.toContain('entitlement');
  });
  it('follows the hand-offs that apply in this situation only, transitively, keeping their basis', () => {
    const o = select(all, 'school');
    expect(chainIds(o)).toEqual(['alpha-2017/respond', 'alpha-2017/shelter', 'alpha-2017/visit']);
    expect(o.chain[0]!.next[0]).toMatchObject({ basis: 'inferred', note: '文件只写了护送' });
  });
  it('drops a step the answers rule out, in the chain too', () => {
    expect(chainIds(select(all, 'school', { reachable: 'yes' }))).toEqual(['alpha-2017/respond']);
  });
  it('attaches the sanction for the steps, what comes to the role and what the family can get', () => {
    const o = select(all, 'school');
    expect(o.consequences.map((e) => e.id)).toEqual(['alpha-2017/sanction']);
    expect(o.incoming.map((e) => e.id)).toEqual([]); // respond is in the chain already
    expect(o.entitlements.map((e) => e.id)).toEqual(['alpha-2017/aid']);
    expect(o.openEnds).toEqual([]);
    expect(o.silences).toEqual([]);
  });
  it('shows a sanction that falls on the role even when it enforces no step of it', () => {
    const revoke = entry('revoke', { kind: 'consequence', roles: ['court'], sanctioned: ['parent'], enforces: ['alpha-2017/care'] });
    const care = entry('care', { kind: 'programme', roles: ['parent'] });
    expect(select([revoke, care], 'parent').consequences.map((e) => e.id)).toEqual(['alpha-2017/revoke']);
    expect(select([revoke, care], 'school').consequences).toEqual([]);
  });
  it('computes the silences from the groups, so none stands beside what the document says', () => {
    const o = select([assist], 'school');
    expect(o.silences).toEqual(['deadline', 'notify', 'next', 'consequence', 'entitlement']);
  });
  it('says when the document gives the role nothing here, who does, and where another document does', () => {
    const o = select(all, 'medical');
    expect(o.steps).toEqual([]);
    expect(o.silent).toEqual({ others: ['school', 'police', 'civil-affairs', 'relief-institution'], theirs: [assist, report, respond, shelter, visit], elsewhere: true });
  });
  it('gives a designee the entries of the body it acts for, marked so', () => {
    const o = select(all, 'child-director', {}, [{ document: 'alpha-2017', role: 'child-director', actsFor: 'school' }]);
    expect(o.steps.map((x) => [x.entry.id, x.actsFor])).toEqual([['alpha-2017/report', 'school'], ['alpha-2017/assist', 'school']]);
  });
});

describe('every path of every walkthrough, over the real catalogue', () => {
  const { duties, designations } = loadCatalogue(process.cwd());
  const docEntries = [...new Set(duties.map((d) => d.document))].map((id) => {
    const [, front, body] = readFileSync(`src/content/documents/${id}.mdx`, 'utf8').split(/^---$/m);
    return { data: parse(front!) as DocumentData, body: body! };
  });
  const site = dutySite(docEntries, duties.map((data) => ({ data })));
  const rank = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));
  const walk = walkSite(site.duties, designations, site.docOrder, site.order, (r) => rank.get(r) ?? 99);

  it('offers every walkthrough in every document, and 其他人 last', () => {
    expect(walk.walkthroughs).toHaveLength(10);
    for (const w of walk.walkthroughs) expect(w.roles.at(-1)).toBe('citizen');
  });

  it('has no dead end: each answer to each question has its page', () => {
    const dead = walk.pages.filter((p) => p.state.kind === 'question').flatMap((p) =>
      (['yes', 'no'] as const).map((v) => [...p.state.segments, segmentOf(p.state.fact!, v)].join('/')).filter((path) =>
        !walk.pages.some((q) => q.walkthrough === p.walkthrough && q.document === p.document && q.role === p.role && q.state.segments.join('/') === path)).map((path) => `${p.url} → ${path}`));
    expect(dead).toEqual([]);
  });

  it('reaches an outcome for every document and role offered, each with steps or a plain silence', () => {
    for (const w of walk.walkthroughs) {
      for (const document of site.docOrder) {
        for (const role of w.roles) {
          const outcomes = walk.pages.filter((p) => p.walkthrough === w.id && p.document === document && p.role === role && p.outcome);
          expect(outcomes.length, `${w.id}/${document}/${role}`).toBeGreaterThan(0);
          for (const p of outcomes) {
            const o = p.outcome!;
            expect(o.steps.length > 0 || o.silent !== null, p.url).toBe(true);
            if (o.silent) expect(o.silent.others.length === 0 || o.silent.theirs.length > 0, p.url).toBe(true);
          }
        }
      }
    }
  });

  it('shows only entries of the chosen document, each with a citation', () => {
    for (const p of walk.pages.filter((x) => x.outcome)) {
      const o = p.outcome!;
      const shown = [...stepIds(o), ...chainIds(o), ...o.incoming.map((e) => e.id), ...o.entitlements.map((e) => e.id), ...o.consequences.map((e) => e.id)];
      for (const id of shown) {
        expect(id.startsWith(`${p.document}/`), `${p.url}: ${id}`).toBe(true);
        expect(site.cites.get(id)?.href, `${p.url}: ${id}`).toMatch(new RegExp(`^/documents/${p.document}/#`));
      }
    }
  });

  it('asks only questions whose answer changes what the role must do or can get', () => {
    for (const p of walk.pages.filter((x) => x.state.kind === 'question')) {
      const outcomes = (v: 'yes' | 'no') => walk.pages.filter((q) => q.outcome && q.walkthrough === p.walkthrough && q.document === p.document && q.role === p.role && q.state.answers[p.state.fact!] === v)
        .map((q) => outcomeSignature(q.outcome!));
      expect(new Set(outcomes('yes')), p.url).not.toEqual(new Set(outcomes('no')));
    }
  });
});
