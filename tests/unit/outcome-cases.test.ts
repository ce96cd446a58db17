/**
 * The outcome cases themselves (tests/outcomes/cases.ts), before any browser: each `must` word
 * verbatim in its document, answers only to questions the walkthrough has, and the spread the
 * issue asks for (≥ 60 cases, ≥ 8 per document, every walkthrough, the roles workers name).
 */
import { describe, expect, it } from 'vitest';
import { clauseBlocks } from '../../src/clauses/index.ts';
import { compileAll } from '../../src/documents/sources.ts';
import { WALKTHROUGH_IDS } from '../../src/machines/index.ts';
import { WORDING } from '../../src/walkthroughs/wording/index.ts';
import { CASES } from '../outcomes/cases.ts';
import { KNOWN_FAILING } from '../outcomes/known-failing.ts';
import type { OutcomeCase } from '../outcomes/types.ts';

const compiled = compileAll(process.cwd());
const blocks = new Map(compiled.map((d) => [d.meta.id, clauseBlocks(d).map((b) => b.text)]));
// The national scope: every law's blocks together (issue 17).
const LAWS = compiled.filter((d) => d.meta.level === 'national').map((d) => d.meta.id);
blocks.set('national', LAWS.flatMap((id) => blocks.get(id)!));

/** The `must` words of a case that stand in no block of its document (a word never spans two). */
function notVerbatim(c: Pick<OutcomeCase, 'document' | 'must'>, texts: ReadonlyMap<string, readonly string[]>): string[] {
  const doc = texts.get(c.document) ?? [];
  return c.must.filter((w) => !doc.some((t) => t.includes(w)));
}

const count = <T>(xs: readonly T[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>());

describe('outcome cases', () => {
  it('are at least 60, each id once', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect([...count(CASES.map((c) => c.id))].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('spread over the documents they are written for (≥ 8 each) and every walkthrough', () => {
    // Cases are written by hand, per document (DocumentId in types.ts): a document added later has
    // none until someone writes them (docs/adding-a-document.md), and is not a gap in these.
    const perDocument = count(CASES.map((c) => c.document));
    expect([...perDocument].filter(([, n]) => n < 8)).toEqual([]);
    expect([...perDocument.keys()].filter((d) => !blocks.has(d))).toEqual([]);
    expect(WALKTHROUGH_IDS.filter((w) => !CASES.some((c) => c.walkthrough === w))).toEqual([]);
  });

  it('name the roles workers named: teacher, village cadre, police, township, 民政, child director, relative, parent', () => {
    const roles = new Set(CASES.map((c) => c.role));
    const wanted = ['school', 'village-committee', 'police', 'township', 'civil-affairs', 'child-director', 'parent'] as const;
    expect(wanted.filter((r) => !roles.has(r))).toEqual([]);
    expect(['relative', 'citizen', 'entrusted-guardian'].some((r) => roles.has(r as OutcomeCase['role']))).toBe(true);
  });

  it('quote every `must` word verbatim from their document', () => {
    expect(CASES.flatMap((c) => notVerbatim(c, blocks).map((w) => `${c.id}: ${w}`))).toEqual([]);
  });

  it('quote every `law` word verbatim from a law, and give the national scope and the law beside a county 25 cases at least (issue 17)', () => {
    expect(CASES.flatMap((c) => notVerbatim({ document: 'national', must: c.law ?? [] }, blocks).map((w) => `${c.id}: ${w}`))).toEqual([]);
    const ours = CASES.filter((c) => c.document === 'national' || (c.law ?? []).length > 0 || (c.says ?? []).length > 0);
    expect(ours.length).toBeGreaterThanOrEqual(25);
    expect(CASES.filter((c) => c.document === 'national').length).toBeGreaterThanOrEqual(12);
  });

  it('never both require and forbid a word, and say their basis', () => {
    for (const c of CASES) {
      expect(c.must.filter((w) => c.mustNot.some((n) => w.includes(n) || n.includes(w))), c.id).toEqual([]);
      expect([...c.must, ...c.mustNot].every((w) => w.trim().length > 0), c.id).toBe(true);
      expect(c.basis.length, c.id).toBeGreaterThan(10);
    }
  });

  it('answer only questions their walkthrough has', () => {
    const stray = CASES.flatMap((c) => Object.keys(c.answers ?? {}).filter((f) => !(f in WORDING[c.walkthrough].questions)).map((f) => `${c.id}: ${f}`));
    expect(stray).toEqual([]);
  });

  it('list as known failures only cases that exist', () => {
    expect([...KNOWN_FAILING].filter((id) => !CASES.some((c) => c.id === id))).toEqual([]);
  });

  it('catch a word that is not the document’s (the check can fail)', () => {
    expect(notVerbatim({ document: 'ningcheng-2017', must: ['第一时间', '第一时间内'] }, blocks)).toEqual(['第一时间内']);
    expect(notVerbatim({ document: 'national', must: ['立即', '第一时间'] }, blocks)).toEqual(['第一时间']);
  });
});
