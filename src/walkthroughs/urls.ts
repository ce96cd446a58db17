/**
 * The addresses of the walkthrough pages. Each state is its own stable address, with the answers
 * given so far in the path: /walkthroughs/living-alone/ningcheng-2017/school/reachable-no/.
 */
import { FACTS, type AnswerValue, type FactId } from '../machines/routing.ts';

/** An answer as an address segment, and back. */
export const segmentOf = (fact: FactId, value: AnswerValue) => `${fact}-${value}`;
export function parseSegment(segment: string): { fact: FactId; value: AnswerValue } | null {
  const m = /^(.+)-(yes|no)$/.exec(segment);
  const fact = FACTS.find((f) => f === m?.[1]);
  return fact && m ? { fact, value: m[2] as AnswerValue } : null;
}

export const walkthroughsUrl = () => '/walkthroughs/';
/** The emergency screen that opens a walkthrough. */
export const walkStartUrl = (w: string) => `/walkthroughs/${w}/`;
export const walkDangerUrl = (w: string) => `/walkthroughs/${w}/danger/`;
/** Choose the document (county). */
export const walkCountyUrl = (w: string) => `/walkthroughs/${w}/county/`;
/** 「我的县不在这里」 */
export const walkNotListedUrl = () => '/walkthroughs/not-listed/';
/** Choose the role, under a document. */
export const walkRoleUrl = (w: string, document: string) => `/walkthroughs/${w}/${document}/`;
/** A state of the machine: a question, or the outcome. */
export const walkStateUrl = (w: string, document: string, role: string, segments: readonly string[] = []) =>
  `/walkthroughs/${w}/${document}/${role}/${segments.map((s) => `${s}/`).join('')}`;
