/**
 * The machines, node by node (GOV.UK smart answers' habit): where each starts, and where each
 * answer to each question leads, written out here by hand so a change of routing must be meant.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { MACHINES, WALKTHROUGH_IDS, type WalkthroughId } from '../../src/machines/index.ts';
import { FACTS, type FactId, type WalkEvent } from '../../src/machines/routing.ts';
import { questionFacts } from '../../src/walkthroughs/graph.ts';
import { outcomeSituations } from '../../src/walkthroughs/site.ts';
import { SITUATIONS } from '../../src/glossary.ts';

/** Where a state stands: the fact it asks, or `outcome:` and the situations its meta names. */
type Node = FactId | `outcome:${string}`;
interface Route {
  start: Node;
  /** For each question, after each answer (every question asked). */
  answers: Partial<Record<FactId, { yes: Node; no: Node }>>;
}

const ROUTES: Record<WalkthroughId, Route> = {
  'living-alone': { start: 'reachable', answers: { reachable: { yes: 'outcome:living-alone', no: 'outcome:living-alone,parents-unreachable' } } },
  // 照看的人能照顾好吗 is reached after 有大人照看, so its 否 adds the failing carer's situation.
  'parents-unreachable': { start: 'cared-for', answers: { 'cared-for': { yes: 'carer-able', no: 'outcome:parents-unreachable,living-alone' }, 'carer-able': { yes: 'outcome:parents-unreachable', no: 'outcome:parents-unreachable,guardian-failing' } } },
  missing: { start: 'reachable', answers: { reachable: { yes: 'outcome:missing', no: 'outcome:missing,parents-unreachable' } } },
  'guardian-failing': { start: 'carer-able', answers: { 'carer-able': { yes: 'outcome:guardian-failing', no: 'outcome:guardian-failing' } } },
  abuse: { start: 'removal', answers: { removal: { yes: 'minor', no: 'minor' }, minor: { yes: 'crime', no: 'crime' }, crime: { yes: 'protection-order', no: 'protection-order' }, 'protection-order': { yes: 'outcome:abuse', no: 'outcome:abuse' } } },
  harm: { start: 'minor', answers: { minor: { yes: 'outcome:harm', no: 'outcome:harm' } } },
  dropout: { start: 'over-week', answers: { 'over-week': { yes: 'return-failed', no: 'return-failed' }, 'return-failed': { yes: 'outcome:dropout', no: 'outcome:dropout' } } },
  unregistered: { start: 'outcome:unregistered', answers: {} },
  'child-in-difficulty': {
    start: 'unsupported',
    // poor is reached here after 是 to unsupported, so both its answers keep de-facto-unsupported.
    answers: { unsupported: { yes: 'poor', no: 'poor' }, poor: { yes: 'outcome:child-in-difficulty,de-facto-unsupported', no: 'outcome:child-in-difficulty,de-facto-unsupported' } },
  },
  'parents-leaving': { start: 'both-away', answers: { 'both-away': { yes: 'outcome:parents-leaving', no: 'outcome:parents-leaving' } } },
};

const run = (id: WalkthroughId, asks: readonly FactId[], events: readonly WalkEvent[]) => {
  const actor = createActor(MACHINES[id], { input: { document: 'ningcheng-2017', role: 'school', asks } }).start();
  for (const e of events) actor.send(e);
  return actor.getSnapshot();
};
const nodeOf = (s: ReturnType<typeof run>): Node => {
  const metas = Object.values(s.getMeta()) as { fact?: FactId; situations?: string[] }[];
  if (s.hasTag('outcome')) return `outcome:${metas.find((m) => m.situations)!.situations!.join(',')}`;
  return metas.find((m) => m.fact)!.fact!;
};

describe.each(WALKTHROUGH_IDS)('machine %s', (id) => {
  const route = ROUTES[id];
  const all = questionFacts(MACHINES[id]);

  it('starts where the route says, every question asked', () => {
    expect(nodeOf(run(id, all, []))).toBe(route.start);
  });

  it('asks exactly the questions of the route', () => {
    expect(all.sort()).toEqual((Object.keys(route.answers) as FactId[]).sort());
  });

  it.each(Object.entries(route.answers) as [FactId, { yes: Node; no: Node }][])('question %s: each answer leads where the route says', (fact, next) => {
    // Reach the question by answering YES to the questions before it, as the route orders them.
    const before: WalkEvent[] = [];
    let s = run(id, all, before);
    while (nodeOf(s) !== fact) {
      expect(s.hasTag('question'), `${fact} reached by answering 是`).toBe(true);
      before.push({ type: 'YES' });
      s = run(id, all, before);
    }
    expect(nodeOf(run(id, all, [...before, { type: 'YES' }]))).toBe(next.yes);
    expect(nodeOf(run(id, all, [...before, { type: 'NO' }]))).toBe(next.no);
    expect(run(id, all, [...before, { type: 'NO' }]).context.answers[fact]).toBe('no');
  });

  it('asks nothing when no fact changes the answer: straight to an outcome', () => {
    expect(run(id, [], []).hasTag('outcome')).toBe(true);
  });

  it('skips a question that is not worth asking', () => {
    for (const fact of all) {
      const others = all.filter((f) => f !== fact);
      let s = run(id, others, []);
      const seen: FactId[] = [];
      for (let i = 0; i < 5 && s.hasTag('question'); i++) {
        seen.push(nodeOf(s) as FactId);
        s = run(id, others, seen.map(() => ({ type: 'YES' }) as const));
      }
      expect(seen).not.toContain(fact);
    }
  });

  it('names only glossary situations in its outcomes, its own first', () => {
    const situations = outcomeSituations(MACHINES[id]);
    expect(situations[0]).toBe(id);
    for (const s of situations) expect(SITUATIONS.map((x) => x.id)).toContain(s);
  });
});

it('every fact is asked by some machine', () => {
  const asked = new Set(WALKTHROUGH_IDS.flatMap((id) => questionFacts(MACHINES[id])));
  expect([...FACTS].filter((f) => !asked.has(f))).toEqual([]);
});
