/** The deadlines page's view: one document's timed duties, by kind of deadline, dated ones by date. */
import { DEADLINES, type DeadlineId } from '../glossary.ts';
import { entriesOf } from './outcome.ts';
import type { CataloguedDuty } from './schema.ts';
import { FIELD_OF, dueDay, timesOf, type TimeField } from './time.ts';

/**
 * The order of the timeline: what must be done within a time first (第一时间), then the dated
 * tasks (by date) and the rhythms; the thresholds (超过一个星期, 六个月以上: facts that trigger a
 * duty, not time limits) last, shown apart.
 */
export const DEADLINE_ORDER: readonly DeadlineId[] = [
  'immediately', 'within-72-hours', 'within-a-month', 'dated', 'weekly', 'quarterly', 'holidays', 'regularly', 'annually', 'after-one-week', 'six-months',
];
for (const d of DEADLINES) if (!DEADLINE_ORDER.includes(d.id)) throw new Error(`views: deadline "${d.id}" missing from DEADLINE_ORDER`);

/**
 * The last date named in a dated deadline's words, as YYYY-MM-DD (a month alone counts as its
 * last day, so 2020年10月 sorts after 2020年10月15日), or null when the words name no date.
 */
export function deadlineDate(words: string): string | null {
  const dates = [...words.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g)];
  const last = dates[dates.length - 1];
  if (!last) {
    const year = /(\d{4})\s*年/.exec(words);
    return year ? `${year[1]}-12-31` : null;
  }
  const [, y, m, d] = last;
  const day = d ?? String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate());
  return `${y}-${m!.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export interface DeadlineGroup {
  deadline: DeadlineId;
  /** The field the group's words stand in: only `deadline` is a 时限; `threshold` is shown apart. */
  field: TimeField;
  duties: CataloguedDuty[];
}

/** The first time word of an entry (deadline, threshold, period, then due), as a kind and words. */
export const timeOf = (d: CataloguedDuty) => timesOf(d)[0] ?? null;

/** An entry's words for one kind of time (an entry may carry a deadline and a rhythm both). */
export const timeWords = (d: CataloguedDuty, id: DeadlineId) => timesOf(d).find((t) => t.id === id) ?? null;

/**
 * One document's entries that carry a time word, grouped by kind in DEADLINE_ORDER (an entry
 * with two kinds of time is in both groups); within a group in clause order, the due dates by date
 * (then clause order).
 */
export function deadlineTimeline(duties: readonly CataloguedDuty[], document: string, order: (a: CataloguedDuty, b: CataloguedDuty) => number): DeadlineGroup[] {
  const timed = entriesOf(duties, document).filter((d) => timeOf(d)).sort(order);
  return DEADLINE_ORDER.map((deadline) => {
    const list = timed.filter((d) => timeWords(d, deadline));
    if (deadline === 'dated') {
      const key = (d: CataloguedDuty) => dueDay(timeWords(d, 'dated')!.date!);
      list.sort((a, b) => key(a).localeCompare(key(b)) || order(a, b));
    }
    return { deadline, field: FIELD_OF[deadline], duties: list };
  }).filter((g) => g.duties.length > 0);
}
