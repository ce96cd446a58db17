/** The document's words marked inside a quote (src/duties/marks.ts): when, by when, whom to tell. */
import { describe, expect, it } from 'vitest';
import { markQuote, nameInQuote } from '../../src/duties/marks.ts';

const QUOTE = '上述两种情形联系不上留守儿童父母的,要就近护送至其他近亲属,并协助通知留守儿童父母立即返回或重新确定受委托监护人';

describe('marks inside a quote', () => {
  it('names a body as the quote does, in glossary order (父母, not the 监护人 inside 受委托监护人)', () => {
    expect(nameInQuote(QUOTE, 'parent')).toBe('父母');
    expect(nameInQuote('应当在第一时间向县公安局报告', 'police')).toBe('县公安局');
    expect(nameInQuote('应当在第一时间向公安机关报告', 'court')).toBeNull();
  });
  it('keeps every character of the quote, in order, and marks time over the trigger it sits in', () => {
    const e = { quote: '发现疑似遭受家庭暴力的,应当第一时间向公安机关报告', trigger: '发现疑似遭受家庭暴力的', conditions: [], deadline: { words: '第一时间' }, notify: ['police' as const] };
    const segments = markQuote(e);
    expect(segments.map((s) => s.text).join('')).toBe(e.quote);
    expect(segments.filter((s) => s.mark).map((s) => [s.mark, s.text])).toEqual([['when', '发现疑似遭受家庭暴力的'], ['time', '第一时间'], ['tell', '公安机关']]);
  });
  it('marks nothing the entry does not name', () => {
    expect(markQuote({ quote: QUOTE, conditions: [], deadline: null })).toEqual([{ text: QUOTE, mark: null }]);
  });
});
