/**
 * The held-out set (tests/search/held-out.ts), written before the everyday search was tuned and
 * never tuned on. Issue 16 asks for 16 of its 18 in the first five; it reaches 14 (12 when
 * written): the four it misses hold words the vocabulary lacks (淤青, 被拐, 没人养, 后爸打他), and
 * adding them would be tuning on it. This test holds the 14 reached, so that a change cannot
 * lose what the tuning on the test set carried over; `npm run bench` reports the 16 asked.
 */
import { describe, expect, it } from 'vitest';
import { recallAt5 } from '../search/evaluate.ts';
import { fixtureIndex, readFixture } from '../search/fixture.ts';
import { HELD_OUT } from '../search/held-out.ts';

describe('the held-out set: recall at 5', async () => {
  const { everyday } = await recallAt5(fixtureIndex(readFixture()), HELD_OUT);
/** Reached without tuning on the set (issue 16 asks 16: see above). */
const REACHED = 14;

  it('has 18 everyday queries', () => {
    expect(HELD_OUT).toHaveLength(18);
    expect(HELD_OUT.every((t) => t.kind === 'everyday')).toBe(true);
  });

  it(`reaches the right section, duty or walkthrough for at least ${REACHED} of 18`, () => {
    const missed = everyday.misses.map((m) => `${m.q} → ${m.top.join(', ') || 'nothing'}`).join(' | ');
    expect(everyday.hits, `${everyday.hits}/${everyday.total}; missed: ${missed}`).toBeGreaterThanOrEqual(REACHED);
  });
});
