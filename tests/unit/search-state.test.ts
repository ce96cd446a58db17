/** The search state lives in the URL, so a search is a link that can be shared. */
import { describe, expect, it } from 'vitest';
import { pagefindFilters, readState, writeState } from '../../src/search/state.ts';

describe('search state ↔ URL', () => {
  it('reads q and the filters', () => {
    expect(readState('?q=12355&%E6%96%87%E4%BB%B6=%E6%B3%97%E5%8E%BF%EF%BC%882020%EF%BC%89')).toEqual({
      q: '12355',
      filters: { 文件: '泗县（2020）' },
    });
  });

  it('round-trips, leaving out empty values, in a fixed order', () => {
    const state = { q: '强制报告', filters: { 地区: '安徽省 宿州市 泗县', 级别: '县级' } };
    const url = writeState(state);
    expect(url.startsWith('?q=')).toBe(true);
    expect(url.indexOf(encodeURIComponent('级别'))).toBeLessThan(url.indexOf(encodeURIComponent('地区')));
    expect(readState(url)).toEqual(state);
    expect(writeState({ q: '', filters: {} })).toBe('');
  });

  it('gives Pagefind only the filters that are set', () => {
    expect(pagefindFilters({ q: 'x', filters: { 级别: '县级', 文件: '' } })).toEqual({ 级别: '县级' });
  });
});
