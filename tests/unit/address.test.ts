/**
 * One form of address: every Chinese string the site writes speaks to the reader as 您, never 你.
 * The documents' own words stay as printed (印发给你们), so src/content/ is not read, and a 你 inside
 * a run of text that a document prints verbatim is a quote, not ours. Comments are not UI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SRC = join(ROOT, 'src');
const CONTENT = join(SRC, 'content');

/** Files still allowed a 你: none (the outcome components were rewritten with 您). */
const BEING_REWRITTEN = new Set<string>([]);

/** Where UI text can be written: code, templates, styles and data files (not READMEs). */
const UI_FILE = /\.(astro|tsx?|jsx?|mjs|css|html|json)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === CONTENT ? [] : filesUnder(path);
    return UI_FILE.test(e.name) ? [path] : [];
  });
}

/** Blanks block, HTML and line comments, keeping line numbers. A `//` after `:` is a URL, not a comment. */
function withoutComments(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[^:\\])\/\/[^\n]*/gm, (m, before: string) => before + blank(m.slice(before.length)));
}

/** The run of Chinese text and punctuation around position i: what a quote would be checked by. */
function runAround(line: string, i: number): string {
  const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]/;
  let a = i;
  let b = i + 1;
  while (a > 0 && cjk.test(line[a - 1]!)) a--;
  while (b < line.length && cjk.test(line[b]!)) b++;
  return line.slice(a, b);
}

/** Every 你 in the text that is not in a comment and not in words the documents print. */
function informalAddress(text: string, documents: readonly string[]): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  withoutComments(text)
    .split('\n')
    .forEach((line, n) => {
      for (let i = line.indexOf('你'); i >= 0; i = line.indexOf('你', i + 1)) {
        const run = runAround(line, i);
        if (!documents.some((d) => d.includes(run))) found.push({ line: n + 1, text: line.trim() });
      }
    });
  return found;
}

const documentTexts = readdirSync(join(CONTENT, 'documents'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(join(CONTENT, 'documents', f), 'utf8'));

describe('one form of address (您)', () => {
  it('finds a 你 in a UI string, but not in a comment or in a document quote', () => {
    const docs = ['现将《意见》印发给你们，请认真遵照执行。'];
    expect(informalAddress("const t = '你现在要做的';", docs)).toEqual([{ line: 1, text: "const t = '你现在要做的';" }]);
    expect(informalAddress('<h2>按你们的判断</h2>', docs)).toHaveLength(1);
    expect(informalAddress('/** 你会收到 */\n// 你还可以\n{/* 你 */}<!-- 你 -->', docs)).toEqual([]);
    expect(informalAddress("quote: '现将《意见》印发给你们，请认真遵照执行。'", docs)).toEqual([]);
    expect(informalAddress("href: 'https://x.cn/a', t: '你好'", docs)).toHaveLength(1);
  });

  it('every Chinese string the site writes in src/ says 您, never 你', () => {
    const offenders = filesUnder(SRC)
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((file) => !BEING_REWRITTEN.has(file))
      .flatMap((file) => informalAddress(readFileSync(join(ROOT, file), 'utf8'), documentTexts).map((o) => `${file}:${o.line}: ${o.text}`));
    expect(offenders, 'address the reader as 您 (您现在要做的, 您会收到); the documents\' own words stay in src/content/').toEqual([]);
  });
});
