/**
 * What a phone downloads for each page of dist/: HTML (raw and gzip), CSS gzip, JS gzip. JS is what
 * the page's <script> tags, module preloads and islands load from dist/, with their static
 * imports, plus inline scripts; Pagefind (/pagefind/) is counted apart, as search. Other
 * first-load files (the icon, eager images) are counted too; inline <style> and <script> are inside
 * the HTML bytes. And each document page's first load against its own source text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { dist, fail, gz, preview, root, wire } from './common.ts';

export interface PageWeight {
  path: string;
  htmlRaw: number;
  htmlGzip: number;
  cssGzip: number;
  /** External JS files (with their static imports), gzip each; the offline script apart. */
  jsFilesGzip: number;
  /** The offline indicator and worker registration (OfflineStatus.astro), on every page. */
  jsOfflineGzip: number;
  /** Inline executable <script> bodies, gzip (already inside the HTML bytes). */
  jsInlineGzip: number;
  /** JS only imported dynamically (loaded later, if at all). */
  jsLazyGzip: number;
  /** Other files fetched on first load: the icon, eager images (wire size). */
  otherGzip: number;
  css: string[];
  js: string[];
  other: string[];
  /** HTML + CSS + JS files + other files, gzip. */
  firstLoadGzip: number;
  islands: number;
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

function sitePath(file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`;
}

function distFile(url: string, from: string): string | null {
  const u = new URL(url, `${preview.origin}${from}`);
  if (u.origin !== preview.origin) return null;
  const p = decodeURIComponent(u.pathname);
  const file = resolve(dist, `.${p}`);
  return existsSync(file) && file.startsWith(dist + sep) ? file : null;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

export const isPagefind = (path: string): boolean => path.startsWith('/pagefind/');
const isOffline = (path: string): boolean => /^\/_astro\/OfflineStatus\./.test(path);

/** A JS file and its static imports (transitively), and the dynamic imports seen on the way. */
function jsGraph(entries: string[], fromPath: string): { files: Set<string>; lazy: Set<string> } {
  const files = new Set<string>();
  const lazy = new Set<string>();
  const queue = entries.map((e) => ({ url: e, from: fromPath }));
  while (queue.length) {
    const { url, from } = queue.shift()!;
    const file = distFile(url, from);
    if (!file) continue;
    const path = `/${relative(dist, file).split(sep).join('/')}`;
    if (isPagefind(path) || files.has(path)) continue;
    files.add(path);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) queue.push({ url: m[1]!, from: path });
    for (const m of text.matchAll(DYNAMIC_IMPORT)) {
      const f = distFile(m[1]!, path);
      if (f) lazy.add(`/${relative(dist, f).split(sep).join('/')}`);
    }
  }
  for (const f of files) lazy.delete(f);
  for (const f of [...lazy]) if (isPagefind(f)) lazy.delete(f);
  return { files, lazy };
}

const fileGzip = (path: string): number => gz(readFileSync(join(dist, path)));

export function weigh(file: string): PageWeight {
  const path = sitePath(file);
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const css = new Set<string>();
  const other = new Set<string>();
  const jsEntries: string[] = [];
  let jsInlineGzip = 0;
  let islands = 0;
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      const f = distFile(href, path);
      if (f) css.add(`/${relative(dist, f).split(sep).join('/')}`);
    } else if (rel.includes('modulepreload')) jsEntries.push(href);
    else if (rel.includes('icon') || rel.includes('preload')) {
      const f = distFile(href, path);
      if (f) other.add(`/${relative(dist, f).split(sep).join('/')}`);
    }
  }
  for (const m of text.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(m[0], 'src');
    if (!src || (attr(m[0], 'loading') ?? '').toLowerCase() === 'lazy') continue;
    const f = distFile(src, path);
    if (f) other.add(`/${relative(dist, f).split(sep).join('/')}`);
  }
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = `<script ${m[1]}>`;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const src = attr(tag, 'src');
    if (src) jsEntries.push(src);
    else if (m[2]!.trim()) {
      jsInlineGzip += gz(m[2]!);
      for (const i of m[2]!.matchAll(STATIC_IMPORT)) jsEntries.push(i[1]!);
    }
  }
  for (const m of text.matchAll(/<astro-island\b[^>]*>/gi)) {
    islands++;
    for (const a of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const u = attr(m[0], a);
      if (u) jsEntries.push(u);
    }
  }
  const { files, lazy } = jsGraph(jsEntries, path);
  const htmlGzip = gz(html);
  const cssGzip = [...css].reduce((n, f) => n + fileGzip(f), 0);
  const jsFilesGzip = [...files].filter((f) => !isOffline(f)).reduce((n, f) => n + fileGzip(f), 0);
  const jsOfflineGzip = [...files].filter(isOffline).reduce((n, f) => n + fileGzip(f), 0);
  const jsLazyGzip = [...lazy].reduce((n, f) => n + fileGzip(f), 0);
  const otherGzip = [...other].reduce((n, f) => n + wire(readFileSync(join(dist, f))), 0);
  return {
    path,
    htmlRaw: html.length,
    htmlGzip,
    cssGzip,
    jsFilesGzip,
    jsOfflineGzip,
    jsInlineGzip,
    jsLazyGzip,
    otherGzip,
    css: [...css],
    js: [...files],
    other: [...other],
    firstLoadGzip: htmlGzip + cssGzip + jsFilesGzip + jsOfflineGzip + otherGzip,
    islands,
  };
}

// ——— document pages against their own sources ———

export interface DocumentRatio {
  path: string;
  id: string;
  source: string;
  sourceGzip: number;
  firstLoadGzip: number;
  ratio: number;
}

/** Each document page's first load over the gzip size of the source text it was compiled from. */
export function documentRatios(docPages: PageWeight[]): DocumentRatio[] {
  return docPages.map((p) => {
    const id = p.path.split('/')[2]!;
    const metaFile = join(root, 'sources', `${id}.meta.yaml`);
    if (!existsSync(metaFile)) fail(`${p.path}: no sources/${id}.meta.yaml to find its source text`);
    const meta = parseYaml(readFileSync(metaFile, 'utf8')) as { source?: { file?: string } };
    const source = meta.source?.file;
    if (!source || !existsSync(join(root, source))) fail(`sources/${id}.meta.yaml: source.file ${source ?? '(missing)'} not found`);
    const sourceGzip = gz(readFileSync(join(root, source)));
    return { path: p.path, id, source, sourceGzip, firstLoadGzip: p.firstLoadGzip, ratio: p.firstLoadGzip / sourceGzip };
  });
}

/** JS a page runs: script files (with their static imports) and inline scripts. */
export const jsOf = (p: PageWeight) => p.jsFilesGzip + p.jsInlineGzip;

/** The page with the largest first load. */
export const heaviest = (list: readonly PageWeight[]) => [...list].sort((a, b) => b.firstLoadGzip - a.firstLoadGzip)[0];
