/** An answer as a segment of a walkthrough page's address (reachable-no), and back. */
import { FACTS, type AnswerValue, type FactId } from '../machines/routing.ts';

/** An answer as an address segment, and back. */
export const segmentOf = (fact: FactId, value: AnswerValue) => `${fact}-${value}`;
export function parseSegment(segment: string): { fact: FactId; value: AnswerValue } | null {
  const m = /^(.+)-(yes|no)$/.exec(segment);
  const fact = FACTS.find((f) => f === m?.[1]);
  return fact && m ? { fact, value: m[2] as AnswerValue } : null;
}
