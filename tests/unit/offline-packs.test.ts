/**
 * Offline packs (integrations/offline-packs.ts, src/offline/): on a small dist/ written to a
 * temporary directory, what goes into the shell and into each document's pack, the budgets the
 * build stops on, and the download's format. The real dist/ is checked by the build itself and
 * by tests/e2e/offline.spec.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { addressOf, buildPack, offlineProblems, PACK_BUDGET, packFiles, SHELL_BUDGET, shellBytes, shellFiles, siteFiles, wireBytes, type BuiltPack } from '../../integrations/offline-packs.ts';
import { packBundle, unpackBundle } from '../../src/offline/bundle.ts';
import { packOf, sizeLabel } from '../../src/offline/packs.ts';

const site = mkdtempSync(join(tmpdir(), 'offline-packs-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
};
const page = (body: string, script = '/_astro/OfflineStatus.abc.js') => `<!doctype html><html><head><link rel="manifest" href="/manifest.webmanifest"><link rel="icon" href="/favicon.svg"></head><body>${body}<script type="module" src="${script}"></script></body></html>`;

const IDS = ['alpha-2017', 'beta-2020'];
write('/index.html', page('home'));
write('/404.html', page('not found'));
write('/search/index.html', page('search', '/_astro/search.abc.js'));
write('/offline/index.html', page('saved'));
write('/offline/not-saved/index.html', page('not saved'));
write('/offline/packs.json', '{"v":1,"packs":[]}');
write('/manifest.webmanifest', JSON.stringify({ icons: [{ src: '/icons/icon-192.png' }] }));
write('/icons/icon-192.png', 'png');
write('/favicon.svg', '<svg/>');
write('/_astro/OfflineStatus.abc.js', 'import("./save-box.abc.js")');
write('/_astro/save-box.abc.js', 'export const x = 1;');
write('/_astro/search.abc.js', 'import{a}from"./chunk.abc.js";');
write('/_astro/chunk.abc.js', 'export const a = 1;');
write('/_astro/Question.abc.js', 'export default 1;');
write('/walkthroughs/index.html', page('walkthroughs'));
write('/walkthroughs/abuse/index.html', page('start'));
write('/walkthroughs/abuse/county/index.html', page('county'));
write('/documents/index.html', page('all documents'));
write('/roles/school/index.html', page('choose'));
for (const id of IDS) {
  write(`/documents/${id}/index.html`, page(id));
  write(`/documents/${id}/corrections/index.html`, page(id));
  write(`/roles/school/${id}/index.html`, page(id));
  write(`/walkthroughs/abuse/${id}/index.html`, page(id));
  write(`/walkthroughs/abuse/${id}/school/yes/index.html`, `<astro-island component-url="/_astro/Question.abc.js"></astro-island>${page(id)}`);
  write(`/parents/${id}/index.html`, page(id));
  write(`/training/cards/school/${id}/index.html`, page(id));
  write(`/pagefind/outcomes/${id}/school.json`, '{}');
  write(`/pagefind/fragment/${id}_f.pf_fragment`, id);
}
write('/pagefind/fragment/start_f.pf_fragment', 'start');
for (const id of IDS) write(`/pagefind/records/${id}.json`, JSON.stringify({ v: 2, rows: [[`${id}_f`, 'section', id]], answers: {} }));
write('/pagefind/records/_shared.json', JSON.stringify({ v: 2, rows: [['start_f', 'walkthrough', '']], answers: {} }));
write('/pagefind/answers/5f3a.json', JSON.stringify({ v: 2, rows: [['alpha-2017_f', 'section', 'alpha-2017'], ['beta-2020_f', 'section', 'beta-2020']], answers: {} }));
write('/pagefind/pagefind.js', 'pagefind');
write('/pagefind/pagefind-worker.js', 'worker');
write('/pagefind/index/zh_1.pf_index', 'index');
write('/sw.js', 'old worker');
write('/offline/packs/alpha-2017.0123456789.gz', 'an old download');

const files = siteFiles(site);
const shell = shellFiles(site, files, IDS);
const byId = packFiles(site, files, IDS);
const packs = await Promise.all(IDS.map((id) => buildPack(site, { id, kind: 'county', title: id }, byId.get(id)!, { list: `/offline/packs/${id}.json`, bundle: (v) => `/offline/packs/${id}.${v}.gz` })));

describe('the pack a page belongs to', () => {
  it('is the document its address names, in any position', () => {
    expect(packOf('/documents/alpha-2017/', IDS)).toBe('alpha-2017');
    expect(packOf('/walkthroughs/abuse/beta-2020/police/reachable-no/', IDS)).toBe('beta-2020');
    expect(packOf('/pagefind/outcomes/alpha-2017/school.json', IDS)).toBe('alpha-2017');
    expect(packOf('/roles/school/alpha-2017/#duty-x', IDS)).toBe('alpha-2017');
  });
  it('is none for a page of all documents, or an id that only starts the same', () => {
    expect(packOf('/walkthroughs/abuse/county/', IDS)).toBeNull();
    expect(packOf('/roles/school/', IDS)).toBeNull();
    expect(packOf('/documents/alpha-2017-old/', IDS)).toBeNull();
  });
});

describe('the shell', () => {
  it('holds the home, search, offline and 404 pages, the walkthroughs before a document is chosen, the manifest, icons and their scripts', () => {
    expect(shell).toEqual([
      '/404.html', '/_astro/OfflineStatus.abc.js', '/_astro/chunk.abc.js', '/_astro/save-box.abc.js', '/_astro/search.abc.js',
      '/favicon.svg', '/icons/icon-192.png', '/index.html', '/manifest.webmanifest',
      '/offline/index.html', '/offline/not-saved/index.html', '/offline/packs.json', '/search/index.html',
      '/walkthroughs/abuse/county/index.html', '/walkthroughs/abuse/index.html', '/walkthroughs/index.html',
    ]);
  });
  it('is measured over the wire, gzip for text from 1 KB', () => {
    const text = new TextEncoder().encode('留守儿童'.repeat(400));
    expect(wireBytes('/a.html', text)).toBeLessThan(text.length / 10);
    expect(wireBytes('/a.pf_index', text)).toBe(text.length);
    expect(wireBytes('/a.html', text.subarray(0, 900))).toBe(900);
    expect(shellBytes(site, shell).raw).toBeGreaterThan(0);
  });
});

describe('a document pack', () => {
  const alpha = packs[0]!;
  const urls = alpha.list.files.map((f) => f.url);
  it('holds the pages naming the document, addressed as they are asked for, with the scripts they load', () => {
    expect(urls).toEqual(expect.arrayContaining([
      '/documents/alpha-2017/', '/documents/alpha-2017/corrections/', '/roles/school/alpha-2017/', '/walkthroughs/abuse/alpha-2017/',
      '/walkthroughs/abuse/alpha-2017/school/yes/', '/parents/alpha-2017/', '/training/cards/school/alpha-2017/',
      '/_astro/Question.abc.js', '/_astro/OfflineStatus.abc.js',
    ]));
    expect(urls.filter((u) => u.includes('beta-2020'))).toEqual([]);
  });
  it('holds what search needs for it: the phrases\' tables, its own table, fragments and outcomes; not Pagefind\'s index, which grows with the library, nor others\'', () => {
    expect(urls).toEqual(expect.arrayContaining(['/pagefind/answers/5f3a.json', '/pagefind/records/alpha-2017.json', '/pagefind/records/_shared.json', '/pagefind/outcomes/alpha-2017/school.json', '/pagefind/fragment/alpha-2017_f.pf_fragment', '/pagefind/fragment/start_f.pf_fragment']));
    for (const other of ['/pagefind/pagefind.js', '/pagefind/index/zh_1.pf_index', '/pagefind/pagefind-worker.js', '/pagefind/records/beta-2020.json', '/pagefind/fragment/beta-2020_f.pf_fragment']) expect(urls).not.toContain(other);
  });
  it('leaves out the worker, earlier downloads and pages of all documents', () => {
    expect(urls.some((u) => u === '/sw.js' || u.startsWith('/offline/') || u === '/documents/' || u === '/roles/school/')).toBe(false);
  });
  it('is one download whose files come back whole, and a version that changes with any file', async () => {
    const { list, files } = unpackBundle(gunzipSync(alpha.bundle));
    expect(list).toEqual(alpha.list);
    expect(new TextDecoder().decode(files.find((f) => f.url === '/pagefind/fragment/alpha-2017_f.pf_fragment')!.body)).toBe('alpha-2017');
    expect(alpha.entry.bytes).toBe(alpha.bundle.length);
    expect(alpha.entry.bundle).toBe(`/offline/packs/alpha-2017.${alpha.entry.version}.gz`);
    write('/parents/alpha-2017/index.html', page('changed'));
    const again = await buildPack(site, alpha.entry, byId.get('alpha-2017')!, { list: alpha.entry.list, bundle: (v) => v });
    expect(again.entry.version).not.toBe(alpha.entry.version);
    expect(packs[1]!.entry.version).toBe((await buildPack(site, packs[1]!.entry, byId.get('beta-2020')!, { list: '', bundle: (v) => v })).entry.version);
  });
  it('a download cut short is refused', () => {
    const whole = packBundle({ id: 'x', version: 'v', files: [{ url: '/a/', type: 'text/html', revision: 'r', bytes: 3 }] }, [new Uint8Array([1, 2, 3])]);
    expect(unpackBundle(whole).files[0]!.body).toEqual(new Uint8Array([1, 2, 3]));
    expect(() => unpackBundle(whole.subarray(0, whole.length - 1))).toThrow(/bytes/);
    expect(() => unpackBundle(new Uint8Array([0, 0]))).toThrow(/not a pack/);
  });
});

describe('what the build stops on', () => {
  it('nothing, for these packs', () => {
    expect(offlineProblems({ files: shell, wire: 1000 }, packs, files, IDS)).toEqual([]);
  });
  it('every page naming a document in exactly that document’s pack', () => {
    const lost: BuiltPack = { ...packs[0]!, list: { ...packs[0]!.list, files: packs[0]!.list.files.filter((f) => f.url !== '/parents/alpha-2017/') } };
    const twice: BuiltPack = { ...packs[1]!, list: { ...packs[1]!.list, files: [...packs[1]!.list.files, { url: '/documents/alpha-2017/', type: 'text/html', revision: 'r', bytes: 1 }] } };
    expect(offlineProblems({ files: shell, wire: 1000 }, [lost, twice], files, IDS)).toEqual([
      '/documents/alpha-2017/ names alpha-2017 but is in alpha-2017, beta-2020',
      '/parents/alpha-2017/ names alpha-2017 but is in no pack',
    ]);
  });
  it('a shell over 500 KB or a pack over 3 MB', () => {
    const heavy: BuiltPack = { ...packs[1]!, entry: { ...packs[1]!.entry, bytes: PACK_BUDGET + 1 } };
    expect(offlineProblems({ files: shell, wire: SHELL_BUDGET + 1 }, [packs[0]!, heavy], files, IDS)).toEqual([
      expect.stringMatching(/^the shell is 512001 bytes over the wire, over 512000/),
      'pack beta-2020 is 3145729 bytes, over 3145728',
    ]);
  });
});

describe('sizes as the reader reads them', () => {
  it('MB to one decimal, KB below', () => {
    expect(sizeLabel(1_349_000)).toBe('1.3 MB');
    expect(sizeLabel(480_400)).toBe('480 KB');
    expect(addressOf('/roles/school/x/index.html')).toBe('/roles/school/x/');
    expect(addressOf('/index.html')).toBe('/');
    expect(addressOf('/404.html')).toBe('/404.html');
  });
});
