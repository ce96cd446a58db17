/**
 * Prints the outcome cases' score at the end of a Playwright run: "outcome cases: N/M", where a
 * case scores when its page passed every check (whether or not it was expected to fail), and
 * names the known failures that now pass and the cases that newly fail.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const TITLE = /^outcome case (\S+):/;

export default class OutcomeScoreReporter implements Reporter {
  private passed = new Map<string, boolean>();
  private expectedToFail = new Set<string>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const id = TITLE.exec(test.title)?.[1];
    if (!id || result.status === 'skipped') return;
    this.passed.set(id, result.status === 'passed');
    if (test.expectedStatus === 'failed') this.expectedToFail.add(id);
  }

  onEnd(_result: FullResult): void {
    if (this.passed.size === 0) return;
    const ids = [...this.passed.keys()].sort();
    const good = ids.filter((id) => this.passed.get(id));
    const nowPassing = good.filter((id) => this.expectedToFail.has(id));
    const newlyFailing = ids.filter((id) => !this.passed.get(id) && !this.expectedToFail.has(id));
    console.log(`\noutcome cases: ${good.length}/${ids.length}`);
    if (nowPassing.length) console.log(`  now passing (remove from tests/outcomes/known-failing.ts): ${nowPassing.join(', ')}`);
    if (newlyFailing.length) console.log(`  failing, not known: ${newlyFailing.join(', ')}`);
  }
}
