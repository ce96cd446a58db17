/**
 * npm run check:addresses (after a build): every address the built site prints or encodes opens.
 *
 * The printed addresses are the duty cards' QR codes and their captions (`.qr`), the print header
 * (`.print-header`), the walkthrough outcome's print record (`[data-address]`) and og:url.
 * - With a public address (SITE_URL, the same as the build had): every QR code is decoded from its
 *   drawing (jsQR) and must equal its caption; every printed address must be under SITE_URL, and
 *   its path must be a page of the built site.
 * - Without one: no QR code, no og:url, and every printed slot says 网址未设置.
 * - Either way, no page holds a loopback or private address (127.0.0.1, localhost, 192.168.…).
 *
 * `--build` builds the site with SITE_URL=https://example.org into a scratch folder first, checks
 * it, and removes it: the test of the codes for CI, whose main build has no public address.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { selectAll } from 'css-select';
import { DomUtils, parseDocument } from 'htmlparser2';
import jsQR from 'jsqr';
import { publicAddress, unreachableHost } from '../integrations/public-address.ts';
import { NO_PUBLIC_URL } from '../src/urls.ts';
import { htmlFiles, sitePath } from './check-links.ts';

type Node = Parameters<typeof DomUtils.getParent>[0];
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];
const all = (query: string, root: Node) => selectAll<Node, Element>(query, root);

/** The address the test build prints: a real public name, reserved for examples (RFC 2606). */
export const TEST_SITE = 'https://example.org/';

export interface AddressReport {
  pages: number;
  /** QR codes decoded. */
  codes: number;
  /** Printed addresses checked (captions, print headers, print records, og:url). */
  printed: number;
  problems: { page: string; problem: string }[];
}

/** The dark modules of a code drawn by src/components/print/qr-path.ts, read back from its SVG. */
export function qrModules(viewBox: string, d: string): { size: number; dark: boolean[][] } | null {
  const size = Number(/^0 0 (\d+) \1$/.exec(viewBox.trim())?.[1]);
  if (!size) return null;
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)];
  // Anything but our runs means the drawing changed shape: say so rather than decode half of it.
  if (runs.map((m) => m[0]).join('') !== d) return null;
  for (const [, x, y, w] of runs) for (let i = 0; i < Number(w); i++) dark[Number(y)]![Number(x) + i] = true;
  return { size, dark };
}

/** What a drawn code says, read as a phone would (jsQR on the pixels), or null when it cannot be read. */
export function decodeDrawing(viewBox: string, d: string): string | null {
  const modules = qrModules(viewBox, d);
  if (!modules) return null;
  const scale = 4;
  const side = modules.size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      if (!modules.dark[Math.floor(py / scale)]![Math.floor(px / scale)]) continue;
      const i = (py * side + px) * 4;
      pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}

/** Whether a path of the site is a page (or file) in the built folder. */
function servedIn(dist: string, path: string): boolean {
  const file = join(dist, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(file, 'index.html'));
  return existsSync(file) && statSync(file).isFile();
}

const ABSOLUTE = /\bhttps?:\/\/[^\s"'<>)\]，。]+/g;
const BARE = /\blocalhost\b|\[::1\]|\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/** The loopback and private addresses written anywhere in a page. */
export function localAddresses(html: string): string[] {
  const hosts = [...html.matchAll(ABSOLUTE)].flatMap((m) => {
    try {
      return [new URL(m[0]).hostname];
    } catch {
      return [];
    }
  });
  return [...new Set([...hosts, ...[...html.matchAll(BARE)].map((m) => m[0])])].filter((h) => unreachableHost(h));
}

/** Checks the built folder `dist` against the public address it was built with (undefined: none). */
export function checkAddresses(dist: string, site: string | undefined): AddressReport {
  const report: AddressReport = { pages: 0, codes: 0, printed: 0, problems: [] };
  for (const file of htmlFiles(dist)) {
    const page = sitePath(dist, file);
    const problem = (p: string) => report.problems.push({ page, problem: p });
    const html = readFileSync(file, 'utf8');
    report.pages++;
    for (const host of localAddresses(html)) problem(`holds a loopback or private address: ${host}`);

    const dom = parseDocument(html);
    const text = (el: Node) => DomUtils.textContent(el).trim();
    const slots = [
      ...all('.qr figcaption', dom).map((el) => ({ what: 'QR caption', text: text(el) })),
      ...all('.print-header p:first-child', dom).map((el) => ({ what: 'print header', text: text(el) })),
      ...all('[data-address]', dom).map((el) => ({ what: 'print record', text: text(el) })),
      ...all('meta[property="og:url"]', dom).map((el) => ({ what: 'og:url', text: el.attribs.content ?? '' })),
    ];
    const codes = all('svg[data-qr]', dom);

    if (!site) {
      if (codes.length) problem(`draws ${codes.length} QR code(s) with no public address set`);
      for (const s of slots) if (s.text !== NO_PUBLIC_URL) problem(`${s.what} says "${s.text}", not ${NO_PUBLIC_URL}`);
      report.printed += slots.length;
      continue;
    }
    for (const s of slots) {
      report.printed++;
      const address = s.text.replace(/^网址：/, '');
      if (!address.startsWith(site)) problem(`${s.what} "${s.text}" is not under ${site}`);
      else if (!servedIn(dist, new URL(address).pathname)) problem(`${s.what} ${address} opens no page of the site`);
    }
    for (const svg of codes) {
      report.codes++;
      const path = all('path', svg)[0];
      // htmlparser2 lowers attribute names (viewBox → viewbox), as an HTML parser does.
      const decoded = decodeDrawing(svg.attribs.viewbox ?? '', path?.attribs.d ?? '');
      const caption = all('figcaption', svg.parent!)[0];
      const label = caption ? text(caption) : svg.attribs['data-qr'];
      if (decoded === null) problem(`a QR code cannot be read (${svg.attribs['data-qr']})`);
      else if (decoded !== svg.attribs['data-qr'] || decoded !== label) problem(`a QR code reads ${decoded}, but is labelled ${label}`);
    }
  }
  return report;
}

/** Builds the site with the test address into a scratch folder; returns the folder. */
function buildWithTestSite(): string {
  const out = mkdtempSync(join(tmpdir(), 'site-url-'));
  console.log(`building with SITE_URL=${TEST_SITE} into a scratch folder (astro's output hidden; its errors shown)`);
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_URL: TEST_SITE },
  });
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const build = process.argv.includes('--build');
  const address = publicAddress(build ? TEST_SITE : process.env.SITE_URL);
  if ('error' in address) {
    console.error(address.error);
    process.exit(1);
  }
  const dist = build ? buildWithTestSite() : join(process.cwd(), process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? 'dist');
  try {
    const r = checkAddresses(dist, address.site);
    for (const p of r.problems) console.error(`${p.page}: ${p.problem}`);
    console.log(`${r.pages} pages, ${r.codes} QR codes decoded, ${r.printed} printed addresses checked`
      + ` (${address.site ? `under ${address.site}` : `no public address: each says ${NO_PUBLIC_URL}`}); ${r.problems.length} problems`);
    // A build with an address and no code at all means the cards lost their codes.
    if (r.problems.length || (address.site && !r.codes)) process.exitCode = 1;
  } finally {
    if (build) rmSync(dist, { recursive: true, force: true });
  }
}
