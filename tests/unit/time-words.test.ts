/** Time words mean time, and dates are days that exist: the pure checks behind the table test's rows. */
import { describe, expect, it } from 'vitest';
import { dateProblem, isAfter } from '../../src/documents/dates.ts';
import { lastDateIn, timeWordProblems } from '../../src/duties/time-words.ts';

const none = { deadline: null, threshold: null, period: null, due: null };

describe('time words', () => {
  it('accept a glossary word, however the document spaces or numbers it', () => {
    expect(timeWordProblems({ ...none, deadline: { id: 'immediately', words: '迅速' } })).toEqual([]);
    expect(timeWordProblems({ ...none, threshold: { id: 'six-months', words: '6 个月以上' } })).toEqual([]);
    expect(timeWordProblems({ ...none, period: { id: 'quarterly', words: '每季度末' } })).toEqual([]);
  });
  it('refuse words that name no time of their id', () => {
    expect(timeWordProblems({ ...none, deadline: { id: 'immediately', words: '公安机关' } }).map(([f]) => f)).toEqual(['deadline.words']);
    expect(timeWordProblems({ ...none, period: { id: 'annually', words: '每季度' } }).map(([f]) => f)).toEqual(['period.words']);
  });
  it('hold a due date to the last date its words state', () => {
    expect(lastDateIn('2016年12月21日-2017年7月31日')).toBe('2017-07-31');
    expect(lastDateIn('2020年10月')).toBe('2020-10');
    expect(timeWordProblems({ ...none, due: { date: '2020-10', words: '2020年10月' } })).toEqual([]);
    expect(timeWordProblems({ ...none, due: { date: '2099-12-31', words: '年底前' } }).map(([f]) => f)).toEqual(['due.words']);
    expect(timeWordProblems({ ...none, due: { date: '2017-02-30', words: '2017年2月30日' } }).map(([f, p]) => `${f}: ${p}`))
      .toEqual(['due.words: "2017年2月30日" states 2017-02-30, which is not a date: 2017-02 has no day 30 (it has 28)']);
  });
});

describe('dates', () => {
  it('name a month or day that does not exist', () => {
    expect(dateProblem('2016-13-45')).toBe('month 13 does not exist');
    expect(dateProblem('2016-02-29')).toBeNull();
    expect(dateProblem('2017-02-29')).toBe('2017-02 has no day 29 (it has 28)');
    expect(dateProblem('2017')).toBeNull();
  });
  it('compare on the parts both give', () => {
    expect(isAfter('2016-11-23', '2016-01-09')).toBe(true);
    expect(isAfter('2016-11', '2016-11-23')).toBe(false);
    expect(isAfter('2016-11-23', '2016-11')).toBe(false);
  });
});
