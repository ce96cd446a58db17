/**
 * The time words of an entry, split by what they mean (docs/005-duty-model-v2.md): `deadline`
 * (act within: the only one labelled 时限), `threshold` (a fact that triggers the entry),
 * `period` (a rhythm) and `due` (a calendar date). Pure functions over checked entries.
 */
import type { DeadlineId } from '../glossary.ts';
import type { CataloguedDuty } from './schema.ts';

export type TimeField = 'deadline' | 'threshold' | 'period' | 'due';

export interface TimeWords {
  field: TimeField;
  /** The glossary deadline id (a due date is `dated`). */
  id: DeadlineId;
  /** The document's words. */
  words: string;
  /** For a due date: YYYY-MM or YYYY-MM-DD. */
  date: string | null;
}

/** Every time word of an entry, in the order deadline, threshold, period, due. */
export function timesOf(d: Pick<CataloguedDuty, TimeField>): TimeWords[] {
  const out: TimeWords[] = [];
  if (d.deadline) out.push({ field: 'deadline', id: d.deadline.id, words: d.deadline.words, date: null });
  if (d.threshold) out.push({ field: 'threshold', id: d.threshold.id, words: d.threshold.words, date: null });
  if (d.period) out.push({ field: 'period', id: d.period.id, words: d.period.words, date: null });
  if (d.due) out.push({ field: 'due', id: 'dated', words: d.due.words, date: d.due.date });
  return out;
}

/** The last day a due date stands for: a month (YYYY-MM) counts as its last day. */
export function dueDay(date: string): string {
  if (date.length === 10) return date;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Whether a due date has passed on the build date (YYYY-MM-DD): 已过. */
export const isPassed = (date: string, today: string) => dueDay(date) < today;

/** Which field each glossary time id belongs in (the schema allows no other). */
export const FIELD_OF: Readonly<Record<DeadlineId, TimeField>> = {
  immediately: 'deadline',
  'within-72-hours': 'deadline',
  'within-a-month': 'deadline',
  weekly: 'period',
  'after-one-week': 'threshold',
  'six-months': 'threshold',
  quarterly: 'period',
  holidays: 'period',
  regularly: 'period',
  annually: 'period',
  dated: 'due',
};

/** What pages call each field: only a deadline is a 时限. */
export const FIELD_LABEL: Readonly<Record<TimeField, string>> = {
  deadline: '时限',
  threshold: '情形',
  period: '周期',
  due: '完成日期',
};
