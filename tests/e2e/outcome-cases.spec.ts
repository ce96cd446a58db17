/**
 * Outcome cases (issue 14, item 9): each case in tests/outcomes/cases.ts, walked from
 * /walkthroughs/ by plain links with JavaScript off, and judged on the outcome page's text.
 * A case in KNOWN_FAILING is expected to fail today (`test.fail()`): it keeps `npm test` green and
 * is reported when it starts to pass. The total ("outcome cases: N/M") is printed by
 * tests/outcomes/score-reporter.ts.
 */
import { CASES } from '../outcomes/cases.ts';
import { KNOWN_FAILING } from '../outcomes/known-failing.ts';
import { judge, outcomeText, walkToOutcome, WalkError } from '../outcomes/walk.ts';
import { expect, test } from './helpers.ts';

test.use({ javaScriptEnabled: false });

for (const c of CASES) {
  test(`outcome case ${c.id}: ${c.situation}`, async ({ page }) => {
    test.fail(KNOWN_FAILING.has(c.id), 'listed in tests/outcomes/known-failing.ts');
    try {
      await walkToOutcome(page, c);
    } catch (e) {
      if (e instanceof WalkError) throw new Error(`${c.id} (${c.basis}): ${e.message}`);
      throw e;
    }
    const problems = judge(c, await outcomeText(page));
    expect(problems, `${c.id} at ${new URL(page.url()).pathname} (${c.basis})`).toEqual([]);
  });
}
