/**
 * What the phone gets offline, decided from the finished dist/ (docs/009-offline-packs.md):
 * - the shell, precached by the service worker on the first visit: the home page, the
 *   walkthroughs' start pages (every walkthrough page that names no document), search, the
 *   offline pages, the 404 page, the manifest and icons, and the scripts these load;
 * - one pack per document, saved only when the reader asks: every page and file whose path names
 *   the document (packOf), the search records (fragments) of that document, the search files every
 *   document shares, and the scripts its pages load.
 * Everything else (the lists of all documents, /compare/, /data/, /training/ …) is neither: read
 * online, and kept once visited.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { HOME, MANIFEST, OFFLINE, OFFLINE_NOT_SAVED, OFFLINE_PACK_FILES, OFFLINE_PACKS, SEARCH, WALKTHROUGHS } from '../src/urls.ts';
import { packOf, type PackEntry, type PackFile, type PackKey, type PackList, type PacksFile } from '../src/offline/packs.ts';
import { packBundle } from '../src/offline/bundle.ts';
import { ANSWERS_DIR, RECORDS_DIR, recordsFile, SHARED_RECORDS } from '../src/search/catalog.ts';

/** The budgets over the wire (DESIGN.md): a first visit's shell, and one pack. */
export const SHELL_BUDGET = 500 * 1024;
export const PACK_BUDGET = 3 * 1024 * 1024;

/** Files of dist/ that are neither shell nor pack content: the worker and the packs themselves. */
const OWN_OUTPUT = /^\/(sw\.js(\.map)?|workbox-[^/]*)$/;


/** Every file of dist/ as a site path (/roles/school/x/index.html). */
export function siteFiles(site: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return walk(site)
    .map((f) => `/${relative(site, f).split(sep).join(posix.sep)}`)
    .filter((f) => !OWN_OUTPUT.test(f) && !f.startsWith(OFFLINE_PACK_FILES))
    .sort();
}

/** The address a file is asked for by: a page's folder (/roles/school/x/), any other file its path. */
export const addressOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  webmanifest: 'application/manifest+json',
};
export const typeOf = (file: string) => TYPES[/\.(\w+)$/.exec(file)?.[1] ?? ''] ?? 'application/octet-stream';

/**
 * Bytes over the wire for one file fetched alone, as `serve` (the compression middleware) and most
 * hosts send it: gzip (level 6) for text types from 1 KB up, anything else as it is (Pagefind's
 * index and fragments are gzipped already). Brotli, which serve also offers, is a little smaller:
 * this is the upper figure.
 */
export function wireBytes(file: string, body: Uint8Array): number {
  const text = /^(text\/|application\/(json|manifest\+json)|image\/svg)/.test(typeOf(file));
  return text && body.length >= 1024 ? gzipSync(body, { level: 6 }).length : body.length;
}

export const revisionOf = (body: Uint8Array) => createHash('sha256').update(body).digest('hex').slice(0, 10);

/** The same-origin files a page, script or manifest loads: Astro's bundles, icons, the manifest. */
export function referencesOf(file: string, text: string): string[] {
  const found = new Set<string>();
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/(?:src|href)="(\/[^"#?]+\.(?:js|css|svg|png|webmanifest))"/g)) found.add(m[1]!);
    // Islands name their component and renderer in attributes of their own.
    for (const m of text.matchAll(/(?:component|renderer|before-hydration)-url="(\/_astro\/[^"]+)"/g)) found.add(m[1]!);
  } else if (file.endsWith('.js')) {
    const dir = posix.dirname(file);
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) found.add(posix.join(dir, m[1]!));
  } else if (file.endsWith('.webmanifest')) {
    for (const icon of (JSON.parse(text) as { icons?: { src: string }[] }).icons ?? []) found.add(icon.src);
  }
  return [...found];
}

/** Files with every file they load, transitively (only files that exist in dist/). */
function withReferences(site: string, files: readonly string[]): string[] {
  const out = new Set<string>();
  const visit = (f: string) => {
    if (out.has(f) || !existsSync(join(site, f))) return;
    out.add(f);
    if (/\.(html|js|webmanifest)$/.test(f)) for (const r of referencesOf(f, readFileSync(join(site, f), 'utf8'))) visit(r);
  };
  files.forEach(visit);
  return [...out].sort();
}

/** The shell's files: its pages, the packs' list, the manifest with its icons, and what these load. */
export function shellFiles(site: string, files: readonly string[], ids: readonly PackKey[]): string[] {
  const pages = new Set([HOME, SEARCH, OFFLINE, OFFLINE_NOT_SAVED].map((p) => `${p}index.html`));
  const starts = files.filter((f) => f.startsWith(WALKTHROUGHS) && f.endsWith('.html') && !packOf(f, ids));
  return withReferences(site, [...pages, '/404.html', ...starts, OFFLINE_PACKS, MANIFEST]);
}

/** The fragments (search records' text) of each document, and of none ("" : the walkthroughs' starts), from each document's table. */
function fragmentsByDocument(site: string): Map<string, string[]> {
  const dir = join(site, RECORDS_DIR);
  const by = new Map<string, string[]>();
  if (!existsSync(dir)) return by;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const doc = f === `${SHARED_RECORDS}.json` ? '' : f.slice(0, -'.json'.length);
    by.set(doc, (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { rows: [string][] }).rows.map(([id]) => `/pagefind/fragment/${id}.pf_fragment`));
  }
  return by;
}

/** Each document's pack: its files, in path order (similar pages side by side compress best). */
export function packFiles(site: string, files: readonly string[], ids: readonly PackKey[]): Map<string, string[]> {
  const fragments = fragmentsByDocument(site);
  // What search needs for any document: the phrases' tables (the best rows of every document, a
  // size that does not grow with the library). Not Pagefind's index, which grows with the library
  // (about 20 KB a document): offline, a saved county's search is answered from the tables
  // (docs/010-scale.md). Each pack adds its own document's table, fragments and outcomes.
  const search = files.filter((f) => f.startsWith(ANSWERS_DIR));
  const shared = [recordsFile(null), ...(fragments.get('') ?? [])];
  // Each file's pack, found once (not once per pack: that grew with the library's square).
  const owned = Map.groupBy(files, (f) => packOf(f, ids) ?? '');
  return new Map(
    ids.map((key) => {
      const { id, members = [] } = typeof key === 'string' ? { id: key } : key;
      // A pack's documents: its own, or the laws it gathers (the national pack), each with its table and fragments.
      const documents = [id, ...members];
      return [id, withReferences(site, [...(owned.get(id) ?? []), ...search, ...shared, ...documents.flatMap((d) => [recordsFile(d), ...(fragments.get(d) ?? [])])])];
    }),
  );
}

const compress = promisify(gzip);

/** A pack built: its entry for packs.json, its list, and its compressed download. */
export interface BuiltPack {
  entry: PackEntry;
  list: PackList;
  bundle: Uint8Array;
}

/** The pack of `files` (site paths) with the entry fields the build knows from the content (id, kind, title). */
export async function buildPack(site: string, head: Pick<PackEntry, 'id' | 'kind' | 'title' | 'members'>, files: readonly string[], urls: { list: string; bundle: (version: string) => string }): Promise<BuiltPack> {
  const bodies = files.map((f) => readFileSync(join(site, f)));
  const listed: PackFile[] = files.map((f, i) => ({ url: addressOf(f), type: typeOf(f), revision: revisionOf(bodies[i]!), bytes: bodies[i]!.length }));
  const version = revisionOf(new TextEncoder().encode(listed.map((f) => `${f.url} ${f.revision}`).join('\n')));
  const list: PackList = { id: head.id, version, files: listed };
  // Off the main thread (zlib's pool): the build's packs compress side by side.
  const bundle = await compress(packBundle(list, bodies), { level: 9 });
  const size = bodies.reduce((n, b) => n + b.length, 0);
  return { entry: { ...head, version, bytes: bundle.length, size, count: files.length, bundle: urls.bundle(version), list: urls.list }, list, bundle };
}

/** The shell's bytes over the wire (each file fetched alone, as the precache does) and raw. */
export function shellBytes(site: string, files: readonly string[]): { wire: number; raw: number } {
  let wire = 0;
  let raw = 0;
  for (const f of files) {
    const body = readFileSync(join(site, f));
    wire += wireBytes(f, body);
    raw += body.length;
  }
  return { wire, raw };
}

/** What the build checks before it writes the worker: the budgets, and every document page in its pack. */
export function offlineProblems(shell: { files: readonly string[]; wire: number }, packs: readonly BuiltPack[], files: readonly string[], ids: readonly PackKey[]): string[] {
  const problems: string[] = [];
  if (shell.wire > SHELL_BUDGET) problems.push(`the shell is ${shell.wire} bytes over the wire, over ${SHELL_BUDGET}: look at what the shell pages load (${shell.files.length} files)`);
  for (const p of packs) if (p.entry.bytes > PACK_BUDGET) problems.push(`pack ${p.entry.id} is ${p.entry.bytes} bytes, over ${PACK_BUDGET}`);
  const held = new Map<string, string[]>();
  for (const p of packs) for (const f of p.list.files) held.set(f.url, [...(held.get(f.url) ?? []), p.entry.id]);
  for (const f of files.filter((f) => f.endsWith('.html'))) {
    const id = packOf(f, ids);
    const url = addressOf(f);
    const holders = (held.get(url) ?? []).filter(Boolean);
    if (id && !(holders.length === 1 && holders[0] === id)) problems.push(`${url} names ${id} but is in ${holders.length ? holders.join(', ') : 'no pack'}`);
    if (!id && holders.length) problems.push(`${url} names no document but is in ${holders.join(', ')}`);
  }
  return problems;
}

export type { PacksFile };
