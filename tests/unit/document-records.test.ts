import { describe, expect, it } from 'vitest';
import { documentRecords } from '../../src/search/records.ts';

// The two forms of a clause heading on a document page (src/components/document/text/Heading.astro).
const page = `<main><article class="document"><h1>某文件</h1><p id="s0-p1">开头。</p>
<h2 id="s1" class="d1"><a href="#s1">一、总体要求</a></h2>
<p id="s1-p1">第一段。</p>
<div class="ch"><h3 id="s1-1">（一）<span class="fix-restore"><ins>报告</ins><a class="fix-mark" href="corrections/#fix-c1" data-pagefind-ignore><span>复</span></a></span></h3><a class="anchor" href="#s1-1" aria-labelledby="sl s1-1" data-pagefind-ignore>§</a></div>
<p id="s1-1-p1">第二段。</p>
<h2 id="s2" class="d1"><a href="#s2" aria-label="本节链接：二、（标题原文缺失）">二、</a><span class="lost heading" data-pagefind-ignore><strong>原文缺失：标题</strong></span></h2>
<p id="s2-p1">第三段。</p>
<section class="cites"><h2 id="cites-title">本文件引用的文件（1 件）</h2></section></article></main>`;

describe('document records', () => {
  it('cut one record per heading: a heading that is its own link, one with a § link beside it, a lost one that links its number', () => {
    const records = documentRecords('/documents/x-2020/', page);
    expect(records.map((r) => [r.url, r.title, r.where])).toEqual([
      ['/documents/x-2020/', '某文件', undefined],
      ['/documents/x-2020/#s1', '一、总体要求', undefined],
      ['/documents/x-2020/#s1-1', '（一）报告复', '一、总体要求'],
      ['/documents/x-2020/#s2', '二、原文缺失：标题', undefined],
    ]);
    expect(records[1]!.html).toContain('第一段。');
    expect(records[1]!.html).not.toContain('第二段。');
    // The cited documents' title is not a clause: its words stay in the last record.
    expect(records[3]!.html).toContain('第三段。');
    expect(records[3]!.html).toContain('本文件引用的文件');
  });
});
