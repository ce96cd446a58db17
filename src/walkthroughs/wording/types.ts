/** The shape of a walkthrough's words: one file per machine, so the routing holds none. */
import type { FactId } from '../../machines/routing.ts';

export interface QuestionWords {
  /** The question, in plain words. */
  text: string;
  /** A line that helps answer it, where needed. */
  hint?: string;
  /** The two answers, as the buttons say them. */
  yes: string;
  no: string;
}

export interface Wording {
  /** What the person met, as they would say it (the start page's button). */
  title: string;
  /** One plain line under the title. */
  lead: string;
  /** Every question the machine can ask. */
  questions: Partial<Record<FactId, QuestionWords>>;
}
