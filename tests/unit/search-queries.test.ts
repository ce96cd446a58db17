/**
 * The query test set (tests/search/queries.ts) against the fixture of the built index: recall at
 * 5 for everyday language and for policy terms, and a check that the fixture is not stale.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percent, recallAt5, searchWith } from '../search/evaluate.ts';
import { fixtureIndex, indexHash, readFixture, sourcesHash, STALE } from '../search/fixture.ts';

const root = process.cwd();
const fixture = readFixture();
const index = fixtureIndex(fixture);

describe('the fixture of the built index', () => {
  it('was made from the current sources', () => {
    expect(fixture.sources, STALE).toBe(sourcesHash(root));
  });

  it.runIf(existsSync('dist/pagefind/pagefind-entry.json'))('matches the built index in dist/', () => {
    expect(fixture.index, `${STALE} (or rebuild dist/ if it is older than your sources)`).toBe(indexHash('dist'));
  });
});

describe('the query test set: recall at 5', async () => {
  const recall = await recallAt5(index);
  const show = (k: keyof typeof recall) => `${recall[k].hits}/${recall[k].total}; missed: ${recall[k].misses.map((m) => `${m.q} → ${m.top.join(', ')}`).join(' | ')}`;

  it('at least 80 queries, 50 of them everyday language', () => {
    expect(recall.everyday.total + recall.policy.total).toBeGreaterThanOrEqual(80);
    expect(recall.everyday.total).toBeGreaterThanOrEqual(50);
  });

  it('everyday language reaches the right section or duty for at least 90% of queries', () => {
    expect(percent(recall.everyday), show('everyday')).toBeGreaterThanOrEqual(90);
  });

  it('policy terms reach the right section or duty for at least 90% of queries', () => {
    expect(percent(recall.policy), show('policy')).toBeGreaterThanOrEqual(90);
  });
});

describe('what the results are', () => {
  it('an everyday question puts a duty (or walkthrough) first; a policy term a document section', async () => {
    expect((await searchWith(index, '老师发现学生挨打要不要报警'))[0]?.entry.kind).not.toBe('section');
    expect((await searchWith(index, '强制报告'))[0]?.entry.kind).toBe('section');
  });

  it('a phrase no record contains finds nothing, not single-character matches', async () => {
    expect(await searchWith(index, '"孩子在河边钓鱼"')).toEqual([]);
  });
});
