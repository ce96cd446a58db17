import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, fragmentId, sitePath } from '../../scripts/check-links.ts';

/** A small dist/ written to a temporary directory; the real dist/ is checked by the browser tests. */
const dist = mkdtempSync(join(tmpdir(), 'check-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function page(path: string, body: string): void {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`);
}

page('index.html', `
  <a href="/documents/a/">ok dir</a>
  <a href="/documents/a/#s3-2">ok fragment</a>
  <a href="/documents/a/#s3-2:~:text=%E5%BC%BA%E5%88%B6">ok text directive</a>
  <a href="documents/a/index.html#s1">ok relative file</a>
  <a href="#top">ok same page</a>
  <a href="tel:110">phone</a>
  <a href="http://127.0.0.1:4321/documents/a/">ok own origin</a>
  <link rel="icon" href="/favicon.svg">
  <script type="module" src="/_astro/x.js"></script>
  <script>const s = '<a href="/nowhere/">in a script body</a>';</script>
  <!-- <a href="/commented-out/"> -->
  <p id="top">top</p>`);
page('favicon.svg', '');
page('_astro/x.js', '');
page('documents/a/index.html', `
  <h2 id="s1">一</h2><h3 id="s3-2">（二）</h3>
  <a href="/documents/b/">missing page</a>
  <a href="/documents/a/#s9">missing id</a>
  <a href="../../#nope">missing id, relative</a>
  <a href="https://example.gov.cn/x.html">outbound text link</a>
  <img src="https://cdn.example.com/x.png" alt="">
  <link rel="stylesheet" href="https://fonts.example.com/a.css">`);

describe('check-links', () => {
  const report = checkLinks(dist);
  const broken = report.problems.map((p) => `${p.page} ${p.link}`);

  it('accepts directories, files, fragments, text directives, relative links and the own origin', () => {
    expect(broken.filter((b) => b.startsWith('/ '))).toEqual([]);
  });
  it('reports a missing page and a missing id, with the page they are on', () => {
    expect(broken).toContain('/documents/a/ /documents/b/');
    expect(broken).toContain('/documents/a/ /documents/a/#s9');
    expect(broken).toContain('/documents/a/ ../../#nope');
  });
  it('fails on src= and non-anchor href= to another origin; lists outbound text links', () => {
    expect(broken).toContain('/documents/a/ https://cdn.example.com/x.png');
    expect(broken).toContain('/documents/a/ https://fonts.example.com/a.css');
    expect(report.outbound.map((o) => o.link)).toEqual(['https://example.gov.cn/x.html']);
    expect(report.problems).toHaveLength(5);
  });
  it('ignores script bodies and comments', () => {
    expect(broken.join('\n')).not.toMatch(/nowhere|commented-out/);
  });
  it('maps files to site paths and fragments to ids', () => {
    expect(sitePath(dist, join(dist, 'index.html'))).toBe('/');
    expect(sitePath(dist, join(dist, 'documents/a/index.html'))).toBe('/documents/a/');
    expect(sitePath(dist, join(dist, '404.html'))).toBe('/404.html');
    expect(fragmentId('#s3-2:~:text=强制报告')).toBe('s3-2');
    expect(fragmentId('#%E5%BC%BA')).toBe('强');
  });
});
