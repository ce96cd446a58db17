/**
 * The shape of an outcome case: what a frontline worker met, in their own words, the answers they
 * would give, and the words the outcome page they reach must (and must not) show.
 * Read by tests/e2e/outcome-cases.spec.ts (the runner) and tests/unit/outcome-cases.test.ts (the
 * checks on the cases themselves: every `must` word verbatim in the document, coverage, spread).
 */
import type { RoleId } from '../../src/glossary.ts';
import type { WalkthroughId } from '../../src/machines/index.ts';
import type { FactId } from '../../src/machines/routing.ts';

/** The five documents of the library, by id, and `national`: the laws alone (「我的县不在这里」). */
export type DocumentId = 'ningcheng-2017' | 'template-township' | 'wuhai-2016' | 'sixian-2020' | 'longli-2017' | 'national';

export interface OutcomeCase {
  /** Unique, `<document short>-<role>-<situation>[-<detail>]`. */
  id: string;
  document: DocumentId;
  /** Who the worker is (glossary role id). */
  role: RoleId;
  /** What they met, as they would say it. */
  situation: string;
  /** The walkthrough they would pick on /walkthroughs/. */
  walkthrough: WalkthroughId;
  /** Their answer to each question, by fact id. A question the site does not ask is skipped. */
  answers?: Partial<Record<FactId, 'yes' | 'no'>>;
  /** Answers to questions the facts above do not name: the question's visible text → the answer link's text. */
  answersByText?: Record<string, string>;
  /** The document's own operative words that must be visible on the outcome page (each verbatim in the document). */
  must: readonly string[];
  /** Words that must not appear on the page outside `[data-other-document]` (folded text included). */
  mustNot: readonly string[];
  /** A law's own words that must be visible in the law's section beside the county (「法律还规定」), each verbatim in a law. */
  law?: readonly string[];
  /** Our own words the page must show anywhere, law section included: an article's citation, 「法律要求同时报告…」, the note on later laws. */
  says?: readonly string[];
  /** The clause(s) the case rests on, in one line. */
  basis: string;
}
