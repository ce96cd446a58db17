/** scriptJson (src/components/data/script-json.ts): JSON that cannot end or confuse a <script> block. */
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../src/components/data/script-json.ts';

const HOSTILE = {
  title: '</script><script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  comment: '<!--<script>',
  amp: 'A&B &lt;',
  lines: 'a\u2028b\u2029c',
  plain: '强制报告',
};

describe('scriptJson', () => {
  it('leaves no <, >, & or line separator in the text, and reads back to the same value', () => {
    const text = scriptJson(HOSTILE);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(HOSTILE);
  });

  it('in a data island, the HTML parser sees one script with the whole JSON as its text', () => {
    const doc = parseDocument(`<script type="application/json" id="d">${scriptJson(HOSTILE)}</script><p>after</p>`);
    const scripts = doc.children.filter((n) => 'name' in n && n.name === 'script');
    expect(scripts).toHaveLength(1);
    const text = (scripts[0] as unknown as { children: { data: string }[] }).children[0]!.data;
    expect(JSON.parse(text)).toEqual(HOSTILE);
  });

  it('writes ordinary Chinese text as it is', () => {
    expect(scriptJson({ zh: '留守儿童' })).toBe('{"zh":"留守儿童"}');
  });
});
