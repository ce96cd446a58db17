/**
 * The held-out set (tests/search/held-out.ts), written before the everyday search was tuned and
 * never tuned on: at least 16 of its 18 everyday queries reach an expected place in the first five.
 */
import { describe, expect, it } from 'vitest';
import { recallAt5 } from '../search/evaluate.ts';
import { fixtureIndex, readFixture } from '../search/fixture.ts';
import { HELD_OUT } from '../search/held-out.ts';

describe('the held-out set: recall at 5', async () => {
  const { everyday } = await recallAt5(fixtureIndex(readFixture()), HELD_OUT);

  it('has 18 everyday queries', () => {
    expect(HELD_OUT).toHaveLength(18);
    expect(HELD_OUT.every((t) => t.kind === 'everyday')).toBe(true);
  });

  it('reaches the right section, duty or walkthrough for at least 16 of 18', () => {
    const missed = everyday.misses.map((m) => `${m.q} → ${m.top.join(', ') || 'nothing'}`).join(' | ');
    expect(everyday.hits, `${everyday.hits}/${everyday.total}; missed: ${missed}`).toBeGreaterThanOrEqual(16);
  });
});
