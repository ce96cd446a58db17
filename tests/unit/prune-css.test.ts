import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { pruneCss, pruneCustomProperties } from '../../integrations/prune-css.ts';

describe('inline CSS pruning', () => {
  it('drops rules for elements the page does not have, keeps states and what a script names', () => {
    const doc = parseDocument('<main><p class="a">x</p></main>');
    const css = '.a{color:red}.b{color:blue}.a:hover{color:green}.c{margin:0}';
    expect(pruneCss(css, doc, "el.classList.add('c')")).toBe('.a{color:red}.a:hover{color:green}.c{margin:0}');
  });

  it('drops custom properties nothing reads, in every block, light and dark', () => {
    const blocks = [
      ':root{--bg:#fff;--lost:#f0f;--font:a;--face:var(--font)}@media (prefers-color-scheme:dark){:root{--bg:#000;--lost:#0f0}}body{background:var(--bg)}',
      'p{font:1rem var(--face)}',
    ];
    const [first, second] = pruneCustomProperties(blocks);
    expect(first).toBe(':root{--bg:#fff;--font:a;--face:var(--font)}@media (prefers-color-scheme:dark){:root{--bg:#000}}body{background:var(--bg)}');
    expect(second).toBe(blocks[1]);
  });

  it('keeps a property a script names, and removes a block left empty', () => {
    const [css] = pruneCustomProperties([':root{--x:1}@media print{:root{--y:2}}a{color:red}'], "el.style.setProperty('--x', '2')");
    expect(css).toBe(':root{--x:1}a{color:red}');
  });

  it('decides as a whole-page search does when it tests only the elements that carry the names', () => {
    const html = '<main><ul class="steps"><li class="done">a</li><li>b</li></ul><details><summary>s</summary></details><a href="x" data-k="a b">l</a><p id="p1">t</p></main>';
    const css = 'ul>li.done{a:1}ol li.done{a:2}details[open] summary{a:3}a:not(.x){a:4}.absent{a:5}[data-k="a b"]{a:6}#p1::before{a:7}main p#p1:hover{a:8}li.done.other{a:9}section p{a:10}';
    const whole = pruneCss(css, parseDocument(html));
    expect(whole).toBe('ul>li.done{a:1}details[open] summary{a:3}a:not(.x){a:4}[data-k="a b"]{a:6}#p1::before{a:7}main p#p1:hover{a:8}');
    expect(pruneCss(css, parseDocument(html), '', html)).toBe(whole);
  });
});
