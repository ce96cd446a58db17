/**
 * A Content-Security-Policy <meta> for a built page (written into every page after `astro build`
 * by integrations/finish-pages.ts, after its CSS is pruned).
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
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

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
const HEAD = /<head\b[^>]*>(\s*<meta\s+charset[^>]*>)?/i;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Each distinct text's hash, once. */
const hashes = (texts: readonly string[]): string[] => [...new Set(texts.map(sha256))];

/** What the policy of a page depends on, read as the browser reads the page. */
interface Scan {
  /** Bodies of inline scripts the browser would run (not data islands, not src=). */
  scripts: string[];
  /** Bodies of <style> elements. */
  styles: string[];
  /** `style` attribute values, decoded. */
  styleAttributes: string[];
  /** Start tags with an on…= event handler, as written. */
  handlers: string[];
}

/**
 * One pass of an HTML parser (htmlparser2, as in integrations/prune-css.ts), not patterns over the
 * text: markup inside an attribute value (`content="…</script><script>…"`) is text to the browser
 * and must be text here too, neither hashed nor mistaken for a script or a handler.
 */
function scan(html: string): Scan {
  const found: Scan = { scripts: [], styles: [], styleAttributes: [], handlers: [] };
  let body: string | null = null;
  let into: string[] | null = null;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (attribs.style !== undefined) found.styleAttributes.push(attribs.style);
        if (Object.keys(attribs).some((a) => a.startsWith('on'))) found.handlers.push(html.slice(parser.startIndex, parser.endIndex + 1).slice(0, 120));
        into = name === 'style' ? found.styles : name === 'script' && attribs.src === undefined && RUNNABLE.has((attribs.type ?? '').toLowerCase()) ? found.scripts : null;
        body = into ? '' : null;
      },
      ontext(text) {
        if (body !== null) body += text;
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && into && body !== null) into.push(body);
        into = null;
        body = null;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

/** The bodies of a page's inline scripts that the browser would run (not data islands, not src=). */
export const inlineScripts = (html: string): string[] => scan(html).scripts;

/** The hashes of a page's inline scripts and styles, exactly as the browser hashes them. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const { scripts, styles } = scan(html);
  return { scripts: hashes(scripts), styles: hashes(styles) };
}

const isAuthored = (authored: ReadonlySet<string>) => (body: string): boolean => authored.has(body) || authored.has(body.trim());

/** A page's runnable inline scripts that are not in the site's own (authored) set. */
export const unauthoredScripts = (html: string, authored: ReadonlySet<string>): string[] => inlineScripts(html).filter((b) => !isAuthored(authored)(b));

/** The hashes of the page's inline `style` attribute values, as the browser decodes them. */
export const styleAttributeHashes = (html: string): string[] => hashes(scan(html).styleAttributes);

/**
 * Attributes a hash-based policy blocks: say where, rather than ship a page that silently breaks.
 * Quoted or not: <img src=x onerror=alert(1)> is as much a handler as onclick="…".
 */
export const blockedAttributes = (html: string): string[] => scan(html).handlers;

/** The policy for a page, from its scan. */
function policyOf(found: Scan, options: CspOptions): string {
  const attributes = hashes(found.styleAttributes);
  return [
    ...options.directives,
    ['script-src', ...options.scriptSources, ...hashes(found.scripts)].join(' '),
    ['style-src', ...options.styleSources, ...hashes(found.styles)].join(' '),
    ...(attributes.length ? [["style-src-attr", "'unsafe-hashes'", ...attributes].join(' ')] : []),
  ].join('; ');
}

export const policyFor = (html: string, options: CspOptions): string => policyOf(scan(html), options);

/**
 * The page with its policy as the first element of <head> after the charset (a meta policy covers
 * only what follows it). Stops on an inline script not in `authored`: it would have been allowed.
 */
export function withPolicy(html: string, options: CspOptions, authored: ReadonlySet<string>, file = 'page'): string {
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(html)) {
    throw new Error(`${file}: already has a Content-Security-Policy <meta>; remove it (integrations/csp.ts writes the policy) or turn off security.csp in astro.config.mjs`);
  }
  const found = scan(html);
  const stranger = found.scripts.find((b) => !isAuthored(authored)(b));
  if (stranger !== undefined) {
    throw new Error(`${file}: an inline script the site does not author: ${JSON.stringify(stranger.trim().slice(0, 80))}. Data must not reach a page as code: write it with DataIsland (src/components/data/), escaped by scriptJson; a script of the site's own belongs in an .astro file's <script>.`);
  }
  if (found.handlers.length) {
    throw new Error(`${file}: inline event-handler attributes are blocked by the Content-Security-Policy: ${found.handlers.join(' | ')}. Fix: a <script> that adds the listener.`);
  }
  const head = HEAD.exec(html);
  if (!head) throw new Error(`${file}: no <head> to put the Content-Security-Policy in; render the page with BaseLayout`);
  const meta = `<meta http-equiv="content-security-policy" content="${policyOf(found, options)}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
