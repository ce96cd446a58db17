/**
 * npm run check:links (after a build): every link in dist/ must land.
 *
 * - Every internal link (href/src/action starting with `/`, or relative) must resolve to a file
 *   in dist/ (a directory means its index.html), and its #fragment must be an id on the target
 *   page. A text directive after the id (`#s3-2:~:text=…`) is ignored.
 * - No src= or href= may point at another origin (http(s):// to anything but 127.0.0.1), except
 *   a plain outbound text link (<a href>), which is listed (there should be none).
 * Reports each broken link with the page it is on; exits 1 on any.
 * `checkLinks(dir)` is the same check as a function, for the browser and unit tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LinkProblem {
  /** The page the link is on, as a site path (`/documents/x/`). */
  page: string;
  /** The attribute's value as written. */
  link: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Internal links checked (with and without fragments). */
  checked: number;
  problems: LinkProblem[];
  /** Plain outbound <a href> text links to other origins (allowed, listed). */
  outbound: LinkProblem[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
const BASE = 'http://127.0.0.1:4321';

/** Every HTML file under a folder, in a stable order. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** The site path a dist file is served at: dist/a/index.html → /a/, dist/404.html → /404.html. */
export function sitePath(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);
}

/** Markup without comments and without the bodies of <script>, <style> and <template> (their tags stay). */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style|template)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1</$2>');
}

interface Ref {
  tag: string;
  attr: string;
  value: string;
}

const TAG = /<([a-zA-Z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const LINK_ATTRS = new Set(['href', 'src', 'action', 'srcset', 'poster', 'data', 'component-url', 'renderer-url', 'before-hydration-url']);

function refsOf(html: string): { refs: Ref[]; ids: Set<string> } {
  const refs: Ref[] = [];
  const ids = new Set<string>();
  for (const t of markupOnly(html).matchAll(TAG)) {
    const tag = t[1]!.toLowerCase();
    for (const a of t[2]!.matchAll(ATTR)) {
      const attr = a[1]!.toLowerCase();
      const raw = a[2] ?? a[3] ?? a[4];
      if (raw === undefined) continue;
      const value = decodeEntities(raw);
      if (attr === 'id' || (tag === 'a' && attr === 'name')) ids.add(value);
      else if (LINK_ATTRS.has(attr)) {
        if (attr === 'srcset') {
          for (const part of value.split(',')) {
            const url = part.trim().split(/\s+/)[0];
            if (url) refs.push({ tag, attr, value: url });
          }
        } else refs.push({ tag, attr, value });
      }
    }
  }
  return { refs, ids };
}

/** The id a fragment names: percent-decoded, without a `:~:` text directive. */
export function fragmentId(hash: string): string {
  let f = hash.startsWith('#') ? hash.slice(1) : hash;
  const directive = f.indexOf(':~:');
  if (directive !== -1) f = f.slice(0, directive);
  try {
    return decodeURIComponent(f);
  } catch {
    return f;
  }
}

/** The dist file a site path is served from, or null. */
function fileFor(dist: string, pathname: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const target = resolve(dist, `.${p}`);
  if (target !== dist && !target.startsWith(dist + sep)) return null;
  if (p.endsWith('/')) return existsSync(join(target, 'index.html')) ? join(target, 'index.html') : null;
  if (existsSync(target)) {
    if (statSync(target).isFile()) return target;
    return existsSync(join(target, 'index.html')) ? join(target, 'index.html') : null;
  }
  return null;
}

const SKIP_SCHEMES = /^(mailto|tel|sms|javascript|data|blob):/i;

export function checkLinks(distDir: string): LinkReport {
  const dist = resolve(distDir);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: run \`npm run build\` first`);
  const files = htmlFiles(dist);
  const idsCache = new Map<string, Set<string>>();
  const pages = new Map<string, Ref[]>();
  for (const file of files) {
    const { refs, ids } = refsOf(readFileSync(file, 'utf8'));
    idsCache.set(file, ids);
    pages.set(file, refs);
  }
  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = file.endsWith('.html') ? refsOf(readFileSync(file, 'utf8')).ids : new Set();
      idsCache.set(file, ids);
    }
    return ids;
  };

  const problems: LinkProblem[] = [];
  const outbound: LinkProblem[] = [];
  let checked = 0;
  for (const [file, refs] of pages) {
    const page = sitePath(dist, file);
    const base = new URL(page, BASE);
    for (const { tag, attr, value } of refs) {
      const link = value.trim();
      if (!link || SKIP_SCHEMES.test(link)) continue;
      const problem = (reason: string) => problems.push({ page, link: value, reason: `<${tag} ${attr}>: ${reason}` });
      let url: URL;
      try {
        url = new URL(link, base);
      } catch {
        problem('not a valid URL');
        continue;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        problem(`unexpected scheme ${url.protocol}`);
        continue;
      }
      if (!LOCAL_HOSTS.has(url.hostname)) {
        const entry = { page, link: value, reason: `<${tag} ${attr}> to another origin (${url.origin})` };
        if (tag === 'a' && attr === 'href') outbound.push(entry);
        else problems.push(entry);
        continue;
      }
      checked++;
      const target = fileFor(dist, url.pathname);
      if (!target) {
        problem(`no file in dist/ for ${url.pathname}`);
        continue;
      }
      const id = fragmentId(url.hash);
      if (id && !idsOf(target).has(id)) problem(`no element with id="${id}" on ${sitePath(dist, target)}`);
    }
  }
  return { pages: files.length, checked, problems, outbound };
}

function main(): void {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'dist';
  let report: LinkReport;
  try {
    report = checkLinks(dir);
  } catch (e) {
    console.error(`check-links: ${(e as Error).message}`);
    process.exit(1);
  }
  for (const o of report.outbound) console.log(`note: outbound link on ${o.page}: ${o.link}`);
  for (const p of report.problems) console.log(`BROKEN on ${p.page}: ${p.link}\n  ${p.reason}`);
  const summary = `check-links: ${report.pages} pages, ${report.checked} internal links checked, ${report.problems.length} broken, ${report.outbound.length} outbound`;
  if (report.problems.length) {
    console.error(summary);
    process.exit(1);
  }
  console.log(summary);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
