/**
 * The orders every duty view shares: documents, situations, roles, and duties by clause.
 * Pure functions over catalogued duties and document metadata (no Astro, no DOM).
 * The views themselves: roles.ts, next-steps.ts, compare.ts, deadlines.ts; their words are the
 * components' (src/components/duties/labels.ts).
 *
 * Documents are never merged: every view keeps each document's duties apart, and where a
 * document says nothing the view says so (an empty cell) rather than borrowing another's rule.
 */
import { MECHANISMS, ROLES, SITUATIONS, type SituationId } from '../glossary.ts';
import type { DocumentData } from '../documents/schemas/document.ts';
import type { CataloguedDuty } from './schema.ts';

/** What the views need of a document. */
export type DocumentView = Pick<DocumentData, 'id' | 'title' | 'shortTitle' | 'level' | 'region' | 'dates' | 'clauses'>;

/** The place a document governs, for short marks (仅泗县有): county, else city, else its short title. */
export function placeName(doc: Pick<DocumentData, 'region' | 'shortTitle'>): string {
  return doc.region.county ?? doc.region.city ?? doc.shortTitle;
}

/** A national law or regulation (level national): not a county's document (issue 17's shared design). */
export const isLaw = (doc: Pick<DocumentData, 'level'>) => doc.level === 'national';

/**
 * Documents in reading order: the counties' and cities' own documents oldest first, then the
 * township template (a model text, not any county's rule), then the national laws, newest version
 * first, and the State Council's regulations (reg-…) after the laws.
 */
export function orderDocuments<T extends Pick<DocumentView, 'id' | 'level' | 'dates'>>(docs: readonly T[]): T[] {
  const date = (d: T) => d.dates.signed ?? d.dates.published ?? '9999';
  // Newest first for laws: 9999-… less the date, as text that sorts the same way.
  const newest = (d: T) => date(d).replace(/\d/g, (c) => String(9 - Number(c)));
  const key = (d: T) => (isLaw(d) ? `3|${d.id.startsWith('reg-') ? 1 : 0}|${newest(d)}|${d.id}` : `${d.level === 'township-template' ? 1 : 0}|${date(d)}|${d.id}`);
  return [...docs].sort((a, b) => key(a).localeCompare(key(b)));
}

/**
 * Situations in the order a person in front of a child needs them: danger first (alone, missing,
 * abuse, harm), then failing care, schooling and papers, then the standing care of every child.
 */
export const SITUATION_ORDER: readonly SituationId[] = [
  'living-alone', 'parents-unreachable', 'missing', 'abuse', 'harm', 'guardian-failing', 'de-facto-unsupported',
  'dropout', 'unregistered', 'child-in-difficulty', 'left-behind-child', 'parents-leaving',
];
// Every glossary situation has a place in the order (a new one must be placed on purpose).
for (const s of SITUATIONS) if (!SITUATION_ORDER.includes(s.id)) throw new Error(`views: situation "${s.id}" missing from SITUATION_ORDER`);

const ROLE_ORDER = new Map<string, number>(ROLES.map((r, i) => [r.id, i]));
/** Mechanisms in glossary order. */
export const MECHANISM_ORDER = new Map<string, number>(MECHANISMS.map((m, i) => [m.id, i]));

/**
 * Reading order: documents in the given order, then the clause index order of each duty's anchor,
 * then where its quote begins in the block (`offset`, when known), then its id.
 */
export function clauseOrder(
  docs: readonly Pick<DocumentView, 'id' | 'clauses'>[],
  offset: (duty: CataloguedDuty) => number = () => 0,
): (a: CataloguedDuty, b: CataloguedDuty) => number {
  const pos = new Map<string, number>();
  for (const d of docs) d.clauses.forEach((c, i) => pos.set(`${d.id}#${c.id}`, i));
  const docRank = new Map(docs.map((d, i) => [d.id, i]));
  const at = (x: CataloguedDuty) => pos.get(`${x.document}#${x.anchor}`) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => (docRank.get(a.document) ?? 99) - (docRank.get(b.document) ?? 99) || at(a) - at(b) || offset(a) - offset(b) || a.id.localeCompare(b.id);
}

/** Roles in glossary order (for stable "who" lists). */
export const byRoleOrder = (roles: readonly string[]) => [...roles].sort((a, b) => (ROLE_ORDER.get(a) ?? 99) - (ROLE_ORDER.get(b) ?? 99));

/**
 * A document whose source lost text (乌海: part 二's bodies). Its silence is only the silence of
 * what survives, so every "未规定" about it says so rather than claiming the document is silent.
 */
export function hasLostText(doc: Pick<DocumentData, 'corrections'>): boolean {
  return doc.corrections.some((c) => c.kind === 'lost');
}
