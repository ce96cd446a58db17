/**
 * The check of printed addresses (scripts/check-addresses.ts), proved on a small built folder before
 * CI runs it on the whole site: a code drawn by qr-path.ts decodes to its address; a code or an
 * address to a missing page, a code that says something else than its caption, a loopback address,
 * and a code or an address printed with no public address set are each found.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAddresses, decodeDrawing, localAddresses, TEST_SITE } from '../../scripts/check-addresses.ts';
import { qrDrawing } from '../../src/components/print/qr-path.ts';

const card = (address: string, caption = address) => {
  const { size, path } = qrDrawing(address);
  return `<figure class="qr"><svg viewBox="0 0 ${size} ${size}" data-qr="${address}"><rect/><path d="${path}"/></svg><figcaption>${caption}</figcaption></figure>`;
};
const unsetCard = '<figure class="qr"><figcaption>网址未设置</figcaption></figure>';
const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

let dist = '';
const build = (pages: Record<string, string>) => {
  dist = mkdtempSync(join(tmpdir(), 'addresses-'));
  for (const [path, html] of Object.entries(pages)) {
    const file = join(dist, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  return dist;
};
afterEach(() => rmSync(dist, { recursive: true, force: true }));
const problems = (site: string | undefined) => checkAddresses(dist, site).problems.map((p) => `${p.page}: ${p.problem}`);

describe('a drawn QR code', () => {
  it('decodes to the address it was drawn for', () => {
    const address = `${TEST_SITE}roles/child-director/longli-2017/`;
    const { size, path } = qrDrawing(address);
    expect(decodeDrawing(`0 0 ${size} ${size}`, path)).toBe(address);
  });
  it('is not read when the drawing is not ours', () => {
    const { size, path } = qrDrawing(TEST_SITE);
    expect(decodeDrawing(`0 0 ${size} ${size}`, `${path}M0 0h1v1h-1z`.replace(/^M\d+/, 'M'))).toBeNull();
    expect(decodeDrawing('0 0 10 12', path)).toBeNull();
  });
});

describe('the printed addresses of a built site', () => {
  it('with a public address: every code and address opens a page there', () => {
    build({
      'roles/school/a': page('<p>ok</p>', `<meta property="og:url" content="${TEST_SITE}roles/school/a/">`),
      'training/cards/school/a': page(`${card(`${TEST_SITE}roles/school/a/`)}<div class="print-header"><p>网址：${TEST_SITE}training/cards/school/a/</p></div>`),
    });
    expect(problems(TEST_SITE)).toEqual([]);
    expect(checkAddresses(dist, TEST_SITE)).toMatchObject({ pages: 2, codes: 1, printed: 3 });
  });

  it('finds a code to a missing page, a code unlike its caption, an address elsewhere, and a loopback address', () => {
    build({
      'roles/school/a': page(`<span data-address>网址：http://127.0.0.1:4321/roles/school/a/</span>`),
      'training/cards/school/a': page(card(`${TEST_SITE}roles/police/a/`) + card(`${TEST_SITE}roles/school/a/`, `${TEST_SITE}roles/school/b/`)),
    });
    expect(problems(TEST_SITE)).toEqual([
      '/roles/school/a/: holds a loopback or private address: 127.0.0.1',
      `/roles/school/a/: print record "网址：http://127.0.0.1:4321/roles/school/a/" is not under ${TEST_SITE}`,
      `/training/cards/school/a/: QR caption ${TEST_SITE}roles/police/a/ opens no page of the site`,
      `/training/cards/school/a/: QR caption ${TEST_SITE}roles/school/b/ opens no page of the site`,
      `/training/cards/school/a/: a QR code reads ${TEST_SITE}roles/school/a/, but is labelled ${TEST_SITE}roles/school/b/`,
    ]);
  });

  it('without a public address: no code, no og:url, and every printed slot says 网址未设置', () => {
    build({
      'training/cards/school/a': page(unsetCard + '<div class="print-header"><p>网址未设置</p></div>'),
      'roles/school/a': page(card(`${TEST_SITE}roles/school/a/`), `<meta property="og:url" content="${TEST_SITE}roles/school/a/">`),
    });
    expect(problems(undefined)).toEqual([
      '/roles/school/a/: draws 1 QR code(s) with no public address set',
      `/roles/school/a/: QR caption says "${TEST_SITE}roles/school/a/", not 网址未设置`,
      `/roles/school/a/: og:url says "${TEST_SITE}roles/school/a/", not 网址未设置`,
    ]);
  });
});

describe('loopback and private addresses in a page', () => {
  it('are found in links and text, public ones are not', () => {
    expect(localAddresses('<a href="http://localhost:4321/x/">x</a> 192.168.1.1 10.0.0.8 [::1] http://intranet/ 8.8.8.8 https://example.org/ http://www.w3.org/2000/svg'))
      .toEqual(['localhost', 'intranet', '192.168.1.1', '10.0.0.8', '[::1]']);
  });
});
