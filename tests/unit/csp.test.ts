import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blockedAttributes, inlineHashes, policyFor, styleAttributeHashes, unauthoredScripts, withPolicy } from '../../integrations/csp.ts';

const options = { directives: ["default-src 'self'"], scriptSources: ["'self'"], styleSources: ["'self'"] };
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** The scripts these pages' "site" authors. */
const authored = new Set(['x()', 'go()']);
const page = (head: string, body = '') => `<!doctype html><html><head><meta charset="utf-8" />${head}</head><body>${body}</body></html>`;

describe('inlineHashes', () => {
  it('hashes inline scripts and styles, byte for byte, and nothing else', () => {
    const html = page(
      '<style>p{color:red}</style><script type="module">go()</script><script src="/a.js"></script><script type="application/json">{"a":1}</script>',
      '<script>\n  done();\n</script>',
    );
    expect(inlineHashes(html)).toEqual({ scripts: [hash('go()'), hash('\n  done();\n')], styles: [hash('p{color:red}')] });
  });

  it('gives one hash for a block repeated on the page', () => {
    expect(inlineHashes(page('<style>a{}</style><style>a{}</style>')).styles).toHaveLength(1);
  });
});

describe('only the scripts the site authors', () => {
  // What the issue found: a title in a meta file ended the search page's data block and began a script.
  const injected = page('<script>go()</script>', '<script type="application/json">{"t":"a"}</script><script>alert(1)</script>"}</script>');

  it('finds the inline script data made, and not the site\'s own or a data island', () => {
    expect(unauthoredScripts(injected, authored)).toEqual(['alert(1)']);
    expect(unauthoredScripts(page('<script>go()</script><script type="application/json">{"a":"</b>"}</script>'), authored)).toEqual([]);
  });

  it('reads markup inside an attribute value as text, as the browser does (no script, no handler)', () => {
    const html = page(`<meta name="description" content="a</script><script>alert(1)</script><img src=x onerror=alert(1)>">`);
    expect(unauthoredScripts(html, authored)).toEqual([]);
    expect(blockedAttributes(html)).toEqual([]);
    expect(() => withPolicy(html, options, authored)).not.toThrow();
  });

  it('stops the build naming the page and the script\'s first 80 characters', () => {
    expect(() => withPolicy(injected, options, authored, 'search/index.html')).toThrow(/^search\/index\.html: an inline script the site does not author: "alert\(1\)"/);
    const long = page('', `<script>${'x'.repeat(200)}</script>`);
    expect(() => withPolicy(long, options, authored)).toThrow(new RegExp(`"${'x'.repeat(80)}"\\.`));
  });
});

describe('withPolicy', () => {
  it('puts the policy right after the charset, before anything that loads', () => {
    const out = withPolicy(page('<link rel="stylesheet" href="/s.css"><script>x()</script>'), options, authored);
    expect(out).toMatch(/<meta charset="utf-8" \/><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-[^']+'; style-src 'self'"><link/);
  });

  it('stops on an inline event-handler attribute, quoting it', () => {
    expect(blockedAttributes(page('', '<p style="color:red">a</p><button onclick="x()">b</button>'))).toHaveLength(1);
    expect(() => withPolicy(page('', '<button onclick="x()">b</button>'), options, authored, 'x/index.html')).toThrow(/x\/index\.html: inline event-handler attributes.*<button onclick="x\(\)">/);
  });

  it('allows each inline style attribute by the hash of its decoded value, and only those', () => {
    const html = page('', '<svg style="max-width:min(100%,70px)"></svg><p style="a:&quot;b&quot;">x</p><i style="max-width:min(100%,70px)"></i>');
    expect(styleAttributeHashes(html)).toEqual([hash('max-width:min(100%,70px)'), hash('a:"b"')]);
    expect(policyFor(html, options)).toMatch(/; style-src-attr 'unsafe-hashes' 'sha256-[^']+' 'sha256-[^']+'$/);
    expect(policyFor(page(''), options)).not.toMatch(/style-src-attr/);
  });

  it('stops on an unquoted event handler too (<img src=x onerror=alert(1)>)', () => {
    expect(blockedAttributes(page('', '<img src=x onerror=alert(1)>'))).toEqual(['<img src=x onerror=alert(1)>']);
    expect(blockedAttributes(page('', '<svg/onload=alert(1)>'))).toHaveLength(1);
    expect(blockedAttributes(page('', '<a href="/one-two">x</a><p data-done="1">y</p>'))).toEqual([]);
  });

  it('does not mistake code or data inside a script for an attribute', () => {
    expect(blockedAttributes(page('<script>el.innerHTML = \'<b style="x">\';</script>'))).toEqual([]);
  });

  it('stops on a page that already has a policy, or has no head', () => {
    const twice = page('<meta http-equiv="content-security-policy" content="default-src *">');
    expect(() => withPolicy(twice, options, authored, 'a.html')).toThrow(/a\.html: already has a Content-Security-Policy/);
    expect(() => withPolicy('<p>bare</p>', options, authored, 'b.html')).toThrow(/b\.html: no <head>/);
  });

  it('writes script-src and style-src after the shared directives', () => {
    expect(policyFor(page(''), options)).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
  });
});
