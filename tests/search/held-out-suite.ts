/**
 * The tests of a held-out set (tests/unit/search-held-out*.test.ts): 18 everyday queries, and
 * the number of them whose first five results reach an expected place, on the fixture of the
 * built index. `reached` is what the search reaches now, so that a change cannot lose it.
 */
import { describe, expect, it } from 'vitest';
import { recallAt5 } from './evaluate.ts';
import { fixtureIndex, readFixture } from './fixture.ts';
import type { TestQuery } from './queries.ts';

export function describeHeldOut(name: string, set: readonly TestQuery[], reached: number): void {
  describe(`${name}: recall at 5`, async () => {
    const { everyday } = await recallAt5(fixtureIndex(readFixture()), set);

    it('has 18 everyday queries', () => {
      expect(set).toHaveLength(18);
      expect(set.every((t) => t.kind === 'everyday')).toBe(true);
    });

    it(`reaches the right section, duty or walkthrough for at least ${reached} of 18`, () => {
      const missed = everyday.misses.map((m) => `${m.q} → ${m.top.join(', ') || 'nothing'}`).join(' | ');
      expect(everyday.hits, `${everyday.hits}/${everyday.total}; missed: ${missed}`).toBeGreaterThanOrEqual(reached);
    });
  });
}
