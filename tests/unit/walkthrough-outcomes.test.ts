/**
 * What an outcome shows (select.ts, facts.ts) on small fixtures, and every path of every machine
 * over the real catalogue (xstate/graph): no dead end, every outcome for every document and role
 * offered gives steps or says plainly that the document is silent and who does act, every entry
 * shown belongs to the chosen document and has a citation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DocumentData } from '../../src/documents/schemas/document.ts';
import { loadCatalogue } from '../../src/duties/files.ts';
import { dutySite } from '../../src/duties/site.ts';
import { ROLES, type RoleId } from '../../src/glossary.ts';
import { applies, factsOf } from '../../src/walkthroughs/facts.ts';
import { chainIds, ownIds, selectOutcome, type Entry } from '../../src/walkthroughs/select.ts';
import { walkSite } from '../../src/walkthroughs/site.ts';
import { segmentOf } from '../../src/walkthroughs/segments.ts';

const entry = (id: string, over: Partial<Entry> = {}): Entry => ({
  id: `alpha-2017/${id}`, kind: 'case', document: 'alpha-2017', roles: ['school'], situations: ['living-alone'],
  conditions: [], deadline: null, notify: [], then: [], ...over,
});
const byId = (a: Entry, b: Entry) => a.id.localeCompare(b.id);
const select = (entries: Entry[], role: RoleId, answers = {}, acting = [] as { document: string; role: RoleId; actsFor: RoleId }[]) =>
  selectOutcome(entries, acting, { document: 'alpha-2017', role, situations: ['living-alone'], answers }, byId);

describe('facts read from the documents\' words', () => {
  it('联系不上…父母 is the answer 否 to 能联系上父母吗', () => {
    const e = entry('escort', { conditions: ['联系不上农村留守儿童父母'] });
    expect(factsOf(e).map((f) => [f.fact, f.holds])).toEqual([['reachable', 'no']]);
    expect(applies(e, { reachable: 'no' })).toBe(true);
    expect(applies(e, { reachable: 'yes' })).toBe(false);
    expect(applies(e, {})).toBe(true);
  });
  it('a threshold is read too (超过一个星期)', () => {
    const e = entry('return', { threshold: { id: 'after-one-week', words: '超过一个星期' } });
    expect(applies(e, { 'over-week': 'no' })).toBe(false);
  });
  it('情节较轻 and 情节严重 are the two answers of one question', () => {
    expect(factsOf(entry('a', { conditions: ['情节较轻、依法不予治安管理处罚'] }))[0]).toMatchObject({ fact: 'minor', holds: 'yes' });
    expect(factsOf(entry('b', { conditions: ['情节严重、符合刑事立案条件'] }))[0]).toMatchObject({ fact: 'minor', holds: 'no' });
  });
});

describe('selectOutcome', () => {
  const report = entry('report', { deadline: { id: 'immediately', words: '第一时间' }, notify: ['police'], then: [{ duty: 'alpha-2017/respond', when: ['living-alone'], basis: 'text' }, { duty: 'alpha-2017/other', when: ['abuse'], basis: 'text' }] });
  const assist = entry('assist', {});
  const respond = entry('respond', { roles: ['police'], notify: ['school'], then: [{ duty: 'alpha-2017/shelter', when: ['living-alone'], basis: 'inferred', note: '文件只写了护送' }] });
  const shelter = entry('shelter', { roles: ['relief-institution'], conditions: ['联系不上农村留守儿童父母'] });
  const other = entry('other', { roles: ['civil-affairs'], situations: ['abuse'] });
  const sanction = entry('sanction', { kind: 'consequence', roles: ['education-bureau'], enforces: ['alpha-2017/report'] });
  const aid = entry('aid', { kind: 'entitlement', roles: [] });
  const elsewhere = entry('x', { document: 'beta-2018', id: 'beta-2018/x', roles: ['medical'] });
  const all = [assist, report, respond, shelter, other, sanction, aid, elsewhere];

  it('gives the role its own case entries, the urgent ones first', () => {
    expect(ownIds(select(all, 'school'))).toEqual(['alpha-2017/report', 'alpha-2017/assist']);
  });
  it('puts first the entries the answers confirm (情节较轻 → 告诫书), ahead of urgent ones', () => {
    const warn = entry('warn', { conditions: ['情节较轻'] });
    expect(ownIds(select([report, assist, warn], 'school', { minor: 'yes' }))).toEqual(['alpha-2017/warn', 'alpha-2017/report', 'alpha-2017/assist']);
    expect(ownIds(select([report, assist, warn], 'school'))).toEqual(['alpha-2017/report', 'alpha-2017/assist', 'alpha-2017/warn']);
  });
  it('follows the hand-offs that apply in this situation only, keeping their basis', () => {
    const o = select(all, 'school');
    expect(chainIds(o)).toEqual(['alpha-2017/respond', 'alpha-2017/shelter']);
    expect(o.chain[0]!.next[0]).toMatchObject({ basis: 'inferred', note: '文件只写了护送' });
  });
  it('drops a step the answers rule out, in the chain too', () => {
    expect(chainIds(select(all, 'school', { reachable: 'yes' }))).toEqual(['alpha-2017/respond']);
  });
  it('attaches the sanction for the own entries, what comes to the role and what the family can get', () => {
    const o = select(all, 'school');
    expect(o.consequences.map((e) => e.id)).toEqual(['alpha-2017/sanction']);
    expect(o.incoming.map((e) => e.id)).toEqual(['alpha-2017/respond']);
    expect(o.entitlements.map((e) => e.id)).toEqual(['alpha-2017/aid']);
    expect(o.openEnds).toEqual([]);
  });
  it('says when the document gives the role nothing here, who does, and where another document does', () => {
    const o = select(all, 'medical');
    expect(o.own).toEqual([]);
    expect(o.silent).toEqual({ others: ['school', 'police', 'relief-institution'], theirs: [assist, report, respond, shelter], elsewhere: ['beta-2018'] });
  });
  it('gives a designee the entries of the body it acts for, marked so', () => {
    const o = select(all, 'child-director', {}, [{ document: 'alpha-2017', role: 'child-director', actsFor: 'school' }]);
    expect(o.own.map((x) => [x.entry.id, x.actsFor])).toEqual([['alpha-2017/report', 'school'], ['alpha-2017/assist', 'school']]);
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
            expect(o.own.length > 0 || o.silent !== null, p.url).toBe(true);
            if (o.silent) expect(o.silent.others.length === 0 || o.silent.theirs.length > 0, p.url).toBe(true);
          }
        }
      }
    }
  });

  it('shows only entries of the chosen document, each with a citation', () => {
    for (const p of walk.pages.filter((x) => x.outcome)) {
      const o = p.outcome!;
      const shown = [...ownIds(o), ...chainIds(o), ...o.incoming.map((e) => e.id), ...o.entitlements.map((e) => e.id), ...o.consequences.map((e) => e.id)];
      for (const id of shown) {
        expect(id.startsWith(`${p.document}/`), `${p.url}: ${id}`).toBe(true);
        expect(site.cites.get(id)?.href, `${p.url}: ${id}`).toMatch(new RegExp(`^/documents/${p.document}/#`));
      }
    }
  });

  it('asks only questions whose answer changes what the role must do or can get', () => {
    for (const p of walk.pages.filter((x) => x.state.kind === 'question')) {
      const outcomes = (v: 'yes' | 'no') => walk.pages.filter((q) => q.outcome && q.walkthrough === p.walkthrough && q.document === p.document && q.role === p.role && q.state.answers[p.state.fact!] === v)
        .map((q) => ownIds(q.outcome!).join(',') + '|' + q.outcome!.entitlements.map((e) => e.id).join(','));
      expect(new Set(outcomes('yes')), p.url).not.toEqual(new Set(outcomes('no')));
    }
  });
});
