import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFidelity, mdxText, sentences } from '../../src/documents/fidelity.ts';
import { withoutHeadingMarks } from '../../src/documents/markdown.ts';
import { compileAll } from '../../src/documents/sources.ts';

const root = process.cwd();

describe('fidelity: every sentence of every source is in its compiled document, in order', () => {
  for (const doc of compileAll(root)) {
    it(doc.meta.id, () => {
      const received = readFileSync(doc.meta.source.file, 'utf8');
      const mdx = readFileSync(`src/content/documents/${doc.meta.id}.mdx`, 'utf8');
      const removed = doc.corrections.filter((c) => c.kind === 'remove').map((c) => c.original);
      // A markdown law: its declared heading marks are markup, and its # title lines are the page's title.
      const law = (parse(readFileSync(`sources/${doc.meta.id}.corrections.yaml`, 'utf8')) as { format?: string }).format === 'markdown-law';
      const source = law ? withoutHeadingMarks(received) : received;
      const report = checkFidelity(source, removed, `${law ? `${doc.meta.title}\n` : ''}${mdxText(mdx)}`);
      expect(report.total).toBeGreaterThan(20);
      expect(report.missing).toEqual([]);
    });
  }
});

describe('the fidelity check itself', () => {
  it('splits at 。；！？ and line ends, ignoring white space', () => {
    expect(sentences('甲。乙；丙\n 丁！戊？')).toEqual(['甲。', '乙；', '丙', '丁！', '戊？']);
  });
  it('reports a dropped sentence', () => {
    expect(checkFidelity('甲。乙。丙。', [], '甲。丙。').missing).toEqual(['乙。']);
  });
  it('reports sentences out of order', () => {
    expect(checkFidelity('甲。乙。', [], '乙。甲。').missing).toEqual(['乙。']);
  });
  it('lets a declared removal go, once', () => {
    expect(checkFidelity('页脚\n甲。\n页脚', ['页脚'], '甲。页脚').missing).toEqual([]);
    expect(checkFidelity('页脚\n甲。\n页脚', ['页脚'], '甲。').missing).toEqual(['页脚']);
  });
  it('reads the text of MDX literals, not attributes', () => {
    expect(mdxText('---\na: 1\n---\n<P id="x" note={"注"}>{"甲"}<Fix id="c1" kind="join" />{"乙"}</P>')).toBe('甲\n乙');
  });
});
