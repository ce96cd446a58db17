/**
 * Time words mean time: an entry's `deadline`, `threshold` and `period` words must hold a word the
 * glossary gives for their id (src/glossary.ts: 立即 for immediately, 每季度 for quarterly …), so
 * that `deadline: { id: immediately, words: 公安机关 }` cannot put 时限 公安机关 on a page; a `due`
 * date must be a real day and the last date its words state (2020年10月 → 2020-10).
 */
import { dateProblem } from '../documents/dates.ts';
import { DEADLINES, type Term } from '../glossary.ts';
import type { Duty } from './schema.ts';

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** Words compared as the documents vary them: no spaces, a lone digit as its Chinese numeral (6 个月 = 六个月). */
const normal = (words: string) => words.replace(/\s+/g, '').replace(/(?<!\d)\d(?!\d)/g, (d) => CHINESE_DIGITS[Number(d)]!);

/** The glossary's words for a time id: its name and the documents' synonyms. */
export function timeWordsOf(id: string): string[] {
  const term: Term | undefined = DEADLINES.find((d) => d.id === id);
  return term ? [term.zh, ...(term.also ?? [])] : [];
}

/** The last date the words name, as the `due.date` form: YYYY-MM-DD, or YYYY-MM for a month. */
export function lastDateIn(words: string): string | null {
  const dates = [...words.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g)];
  const last = dates[dates.length - 1];
  if (!last) return null;
  const [, y, m, d] = last;
  return `${y}-${m!.padStart(2, '0')}${d ? `-${d.padStart(2, '0')}` : ''}`;
}

/** A problem with one time field: the field, the problem and the fix. */
export type TimeProblem = [field: string, problem: string, fix: string];

/** Every time field of an entry whose words do not state its meaning. */
export function timeWordProblems(duty: Pick<Duty, 'deadline' | 'threshold' | 'period' | 'due'>): TimeProblem[] {
  const problems: TimeProblem[] = [];
  for (const field of ['deadline', 'threshold', 'period'] as const) {
    const time = duty[field];
    if (!time) continue;
    const words = timeWordsOf(time.id);
    if (!words.some((w) => normal(time.words).includes(normal(w)))) {
      problems.push([`${field}.words`, `"${time.words}" holds no word for ${time.id} (${words.join('、')})`,
        `quote the document's time words (e.g. ${words[0]}); if the document says it another way, add that word to ${time.id} in src/glossary.ts`]);
    }
  }
  if (duty.due) {
    const named = lastDateIn(duty.due.words);
    const invalid = dateProblem(duty.due.date);
    if (!named) problems.push(['due.words', `"${duty.due.words}" states no date (年月 or 年月日)`, 'quote the words that give the date, e.g. 2020年10月; a rhythm without a date is a period']);
    else if (dateProblem(named)) problems.push(['due.words', `"${duty.due.words}" states ${named}, which is not a date: ${dateProblem(named)}`, 'check the words against the document']);
    else if (invalid) problems.push(['due.date', `${duty.due.date} is not a date: ${invalid}`, `set date: ${named}`]);
    else if (named !== duty.due.date) problems.push(['due.date', `${duty.due.date} is not the last date the words state (${named})`, `set date: ${named}`]);
  }
  return problems;
}
