/**
 * Writes a Content-Security-Policy <meta> into every built page, after `astro build`.
 *
 * Why not Astro's `security.csp`: it puts the hashes of every script and style of the whole site
 * on every page (about 1.2 KB gzip of incompressible hashes per page, on pages with no script at
 * all) and does not hash `is:inline` scripts, so the 404 page's script would be blocked. Here each
 * page allows exactly its own inline <script> and <style> blocks, by hash, and nothing from
 * another origin.
 *
 * Only the inline scripts the site authors are hashed (integrations/authored-scripts.ts): any other
 * inline script in the output (data that ended a block and began code) stops the build, naming the
 * page and the script's first characters. Data is written into pages only escaped
 * (src/components/data/), so this should never happen: the check is the second lock.
 *
 * Inline `style="…"` attributes (a diagram's computed width) are allowed one by one, by the hash
 * of their exact value (`style-src-attr 'unsafe-hashes'`), never wholesale. A page that the policy
 * would break stops the build: inline `on…=` event handlers, or a page that already has a policy.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASTRO_RUNTIME, clientChunks, inlineScriptsIn } from './authored-scripts.ts';
import { htmlFiles } from './html-files.ts';

export interface CspOptions {
  /** Directives for every page, besides script-src and style-src (which this integration writes). */
  directives: string[];
  /** Sources for script-src before the page's hashes, e.g. "'self'", "'wasm-unsafe-eval'". */
  scriptSources: string[];
  /** Sources for style-src before the page's hashes. */
  styleSources: string[];
}

/** Script types the browser runs; other types (application/json …) are data, not code. */
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const BLOCK = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const HEAD = /<head\b[^>]*>(\s*<meta\s+charset[^>]*>)?/i;

const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)?.slice(1).find((v) => v !== undefined);

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The bodies of a page's inline scripts that the browser would run (not data islands, not src=). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const [, tag, attrs, body] of html.matchAll(BLOCK)) {
    if (tag!.toLowerCase() === 'script' && attr(attrs!, 'src') === undefined && RUNNABLE.has((attr(attrs!, 'type') ?? '').toLowerCase())) found.push(body!);
  }
  return found;
}

/** The hashes of a page's inline scripts and styles, exactly as the browser hashes them. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const styles = new Set<string>();
  for (const [, tag, , body] of html.matchAll(BLOCK)) if (tag!.toLowerCase() === 'style') styles.add(sha256(body!));
  return { scripts: [...new Set(inlineScripts(html).map(sha256))], styles: [...styles] };
}

/** A page's runnable inline scripts that are not in the site's own (authored) set. */
export function unauthoredScripts(html: string, authored: ReadonlySet<string>): string[] {
  return inlineScripts(html).filter((body) => !authored.has(body) && !authored.has(body.trim()));
}

const TAG = /<[a-z][\w-]*\b[^>]*>/gi;
const ENTITY: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };

/** The hashes of the page's inline `style` attribute values, as the browser decodes them. */
export function styleAttributeHashes(html: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.replace(BLOCK, '').matchAll(TAG)) {
    const value = attr(tag, 'style');
    if (value !== undefined) found.add(sha256(value.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (e) => ENTITY[e]!)));
  }
  return [...found];
}

/** Attributes a hash-based policy blocks: say where, rather than ship a page that silently breaks. */
export function blockedAttributes(html: string): string[] {
  const outside = html.replace(BLOCK, '');
  // Quoted or not: <img src=x onerror=alert(1)> is as much a handler as onclick="…".
  const found = outside.match(/<[a-z][\w-]*\b[^>]*[\s/"']on[a-z]+\s*=[^>]*>/gi) ?? [];
  return found.map((t) => t.slice(0, 120));
}

export function policyFor(html: string, options: CspOptions): string {
  const { scripts, styles } = inlineHashes(html);
  const attributes = styleAttributeHashes(html);
  return [
    ...options.directives,
    ['script-src', ...options.scriptSources, ...scripts].join(' '),
    ['style-src', ...options.styleSources, ...styles].join(' '),
    ...(attributes.length ? [["style-src-attr", "'unsafe-hashes'", ...attributes].join(' ')] : []),
  ].join('; ');
}

/**
 * The page with its policy as the first element of <head> after the charset (a meta policy covers
 * only what follows it). Stops on an inline script not in `authored`: it would have been allowed.
 */
export function withPolicy(html: string, options: CspOptions, authored: ReadonlySet<string>, file = 'page'): string {
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(html)) {
    throw new Error(`${file}: already has a Content-Security-Policy <meta>; remove it (integrations/csp.ts writes the policy) or turn off security.csp in astro.config.mjs`);
  }
  const stranger = unauthoredScripts(html, authored)[0];
  if (stranger !== undefined) {
    throw new Error(`${file}: an inline script the site does not author: ${JSON.stringify(stranger.trim().slice(0, 80))}. Data must not reach a page as code: write it with DataIsland (src/components/data/), escaped by scriptJson; a script of the site's own belongs in an .astro file's <script>.`);
  }
  const blocked = blockedAttributes(html);
  if (blocked.length) {
    throw new Error(`${file}: inline event-handler attributes are blocked by the Content-Security-Policy: ${blocked.join(' | ')}. Fix: a <script> that adds the listener.`);
  }
  const head = HEAD.exec(html);
  if (!head) throw new Error(`${file}: no <head> to put the Content-Security-Policy in; render the page with BaseLayout`);
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html, options)}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

export default function csp(options: CspOptions): AstroIntegration {
  // Filled before any page is rendered: src/'s inline scripts at setup, the client chunks as Vite writes them.
  const authored = new Set<string>(ASTRO_RUNTIME);
  return {
    name: 'csp',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        for (const body of inlineScriptsIn(fileURLToPath(config.srcDir))) authored.add(body);
        updateConfig({ vite: { plugins: [clientChunks(authored)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = await htmlFiles(site);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          await writeFile(file, withPolicy(html, options, authored, relative(site, file)));
        }
        logger.info(`policy written into ${files.length} pages`);
      },
    },
  };
}
