/**
 * Leaves in a built page's inline <style> blocks only the rules that can apply to that page (run
 * on every page after `astro build` by integrations/finish-pages.ts, before the policy is written). Styles are inlined (astro.config.mjs), so without this every document page would
 * carry the rules of every other document (tables, lost passages, task rows …) it does not have.
 *
 * A selector is kept when, with its states made true, it matches an element of the page:
 * :hover, :focus, :focus-visible, :target, :active, :visited and [open] can become true after
 * the page has loaded, and pseudo-elements (::before …) belong to an element that matches. A
 * selector naming a class, id or attribute that a script of the page mentions is kept whatever
 * the page holds, since the script may add it. Nothing else of the page is touched: only the
 * text between <style> and </style> changes.
 *
 * Then the custom properties (--name) that nothing left reads go too, from every block of the page:
 * a page without lost text needs no --lost-* colours, in light or dark. A property is read by a
 * kept declaration's var(), by another property that is read, or by name in a script of the page.
 *
 * Runs before integrations that hash inline styles (a Content-Security-Policy), so their hashes
 * are those of the pruned styles.
 *
 * Build time matters (1,900 pages): each distinct stylesheet is parsed once, and a selector is
 * tested only on the elements that carry the names of its last compound (a page's elements are
 * indexed by tag, class, id and attribute once), not by walking the whole page.
 */
import { compile, selectOne } from 'css-select';
import { parseDocument } from 'htmlparser2';
import postcss, { type AtRule, type Container, type Declaration, type Rule } from 'postcss';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

type Doc = ReturnType<typeof parseDocument>;

/** States a page can reach after load: treated as true when matching. */
const STATES = ['hover', 'focus', 'focus-visible', 'focus-within', 'target', 'active', 'visited', 'checked'];
const pseudos = Object.fromEntries(STATES.map((s) => [s, () => true]));
const PSEUDO_ELEMENT = /::?(before|after|marker|placeholder|selection|backdrop|first-line|first-letter|-webkit-[\w-]+|-moz-[\w-]+)\b/g;
/** Attributes the browser itself toggles. */
const STATE_ATTRIBUTE = /\[open\]/g;

/**
 * The words of the page's script text ([\w-]+ runs), and the names found in its string literals:
 * a page's text is tokenised once, so a name it does not hold costs one set lookup, not a search.
 * One page at a time (pages are pruned one after another), so no page's text is kept after it.
 */
let scriptWords: { text: string; words: Set<string>; inLiteral: Map<string, boolean> } | null = null;

/** Does a string literal in the scripts hold this name as a word (`classList.add('x')`, `'a x'`)? */
function inScriptString(name: string, scriptText: string): boolean {
  if (scriptWords?.text !== scriptText) scriptWords = { text: scriptText, words: new Set(scriptText.match(/[\w-]+/g)), inLiteral: new Map() };
  if (!scriptWords.words.has(name)) return false;
  let found = scriptWords.inLiteral.get(name);
  if (found === undefined) scriptWords.inLiteral.set(name, (found = literalHolds(name, scriptText)));
  return found;
}

function literalHolds(name: string, scriptText: string): boolean {
  const word = name.replace(/[-]/g, '\\-');
  return new RegExp(`["'\`][^"'\`\\n]*(?<![\\w-])${word}(?![\\w-])[^"'\`\\n]*["'\`]`).test(scriptText);
}

/**
 * Can this selector apply to the page (see the file comment)? With the page's `html`, a selector
 * naming a class, id or attribute that no element of the page carries cannot match, and is
 * not matched against the page's elements (most rules are another kind of page's). Not inside
 * :not() and the like, where a name the page lacks can make the selector true.
 */
export function selectorApplies(selector: string, doc: Doc, scriptText: string, html?: string): boolean {
  const names = (selector.match(/[.#][\w-]+|\[[\w-]+/g) ?? []).map((n) => n.slice(1));
  if (names.some((n) => inScriptString(n, scriptText))) return true;
  // A state the browser toggles ([open]) need not be in the page's text.
  // Not inside :not() and the like (parentheses), where a name the page lacks can make it true.
  const held = selector.replace(STATE_ATTRIBUTE, '').match(/[.#][\w-]+|\[[\w-]+/g) ?? [];
  if (html !== undefined && !selector.includes('(') && held.some((n) => !elementsOf(doc).has(n))) return false;
  const bare = selector.replace(PSEUDO_ELEMENT, '').replace(STATE_ATTRIBUTE, '').trim();
  // A selector that was only a pseudo-element or a state (`::before`, `:focus-visible`) applies to anything.
  if (!bare || /^(:[\w-]+)+$/.test(bare)) return true;
  try {
    const keys = html === undefined ? null : lastCompoundKeys(bare);
    if (!keys) return selectOne(bare, doc.children, { pseudos }) !== null;
    // Only an element with every name of the last compound can match: test those, not the whole page.
    let fewest: readonly PageElement[] | null = null;
    for (const key of keys) {
      const found = elementsOf(doc).get(key);
      if (!found) return false;
      if (!fewest || found.length < fewest.length) fewest = found;
    }
    const test = compiledQuery(bare);
    return fewest!.some((el) => test(el));
  } catch {
    // A selector the matcher does not know: keep it rather than risk dropping a needed rule.
    return true;
  }
}

type PageElement = Doc['children'][number];
/** A page's elements by tag (t:p), class (.x), id (#x) and attribute name ([x), one walk per page. */
const pageIndexes = new WeakMap<Doc, Map<string, PageElement[]>>();

function elementsOf(doc: Doc): Map<string, PageElement[]> {
  let index = pageIndexes.get(doc);
  if (index) return index;
  index = new Map();
  const add = (key: string, el: PageElement) => {
    const list = index!.get(key);
    if (list) list.push(el);
    else index!.set(key, [el]);
  };
  const walk = (nodes: readonly PageElement[]) => {
    for (const node of nodes) {
      if (!('attribs' in node)) continue;
      add(`t:${node.name.toLowerCase()}`, node);
      for (const [name, value] of Object.entries(node.attribs)) {
        add(`[${name}`, node);
        if (name === 'id') add(`#${value}`, node);
        if (name === 'class') for (const c of value.split(/\s+/)) if (c) add(`.${c}`, node);
      }
      walk(node.children as PageElement[]);
    }
  };
  walk(doc.children);
  pageIndexes.set(doc, index);
  return index;
}

/**
 * The names an element must carry to match the selector's last compound (`ul.steps > li.done` →
 * t:li, .done), or null when the selector is not plain enough to tell (parentheses, quotes,
 * escapes, or no name at all).
 */
function lastCompoundKeys(selector: string): string[] | null {
  if (/[()"'\\]/.test(selector)) return null;
  const last = selector.trim().split(/\s*[>+~]\s*|\s+/).at(-1) ?? '';
  const keys = [
    ...(/^[a-z][\w-]*/i.exec(last) ?? []).map((t) => `t:${t.toLowerCase()}`),
    ...[...last.matchAll(/([.#])([\w-]+)/g)].map((m) => `${m[1]}${m[2]}`),
    ...[...last.matchAll(/\[([\w-]+)/g)].map((m) => `[${m[1]}`),
  ];
  return keys.length ? keys : null;
}

const queries = new Map<string, (el: PageElement) => boolean>();
const compiledQuery = (selector: string) => {
  let q = queries.get(selector);
  if (!q) queries.set(selector, (q = compile(selector, { pseudos }) as (el: PageElement) => boolean));
  return q;
};

const inKeyframes = (rule: Rule) => {
  const parent = rule.parent as Container | undefined;
  return parent?.type === 'atrule' && /keyframes$/i.test((parent as AtRule).name);
};

/**
 * Every page of a kind carries the same stylesheet, and most keep the same rules of it: each
 * distinct stylesheet is parsed once (its rules' selectors, in order), and each distinct choice of
 * kept selectors is written once.
 */
const sheets = new Map<string, { root: ReturnType<typeof postcss.parse>; selectors: string[][]; pruned: Map<string, string> }>();

function sheetOf(css: string) {
  let sheet = sheets.get(css);
  if (!sheet) {
    const root = postcss.parse(css);
    const selectors: string[][] = [];
    root.walkRules((rule: Rule) => void (inKeyframes(rule) || selectors.push(rule.selectors)));
    sheets.set(css, (sheet = { root, selectors, pruned: new Map() }));
  }
  return sheet;
}

/** The stylesheet with the rules that cannot apply removed (postcss keeps the rest byte for byte). */
export function pruneCss(css: string, doc: Doc, scriptText = '', html?: string): string {
  const sheet = sheetOf(css);
  const applies = new Map<string, boolean>();
  const kept = sheet.selectors.map((list) => list.filter((s) => applies.get(s) ?? applies.set(s, selectorApplies(s, doc, scriptText, html)).get(s)!));
  const key = kept.map((k) => k.join(',')).join('\n');
  const done = sheet.pruned.get(key);
  if (done !== undefined) return done;
  const root = sheet.root.clone();
  let i = 0;
  root.walkRules((rule: Rule) => {
    if (inKeyframes(rule)) return;
    const keep = kept[i++]!;
    if (keep.length === 0) rule.remove();
    else if (keep.length < rule.selectors.length) rule.selector = keep.join(',');
  });
  // Media and supports blocks left empty go too.
  root.walkAtRules((at: AtRule) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  const out = root.toString();
  sheet.pruned.set(key, out);
  return out;
}

/** The custom properties a value reads (var(--a), var(--b, var(--c))). */
const reads = (value: string): string[] => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!);

const propertiesPruned = new Map<string, string[]>();

/** The page's style blocks with the custom properties nothing reads removed (see the file comment); once per distinct page styles and scripts. */
export function pruneCustomProperties(blocks: readonly string[], scriptText = ''): string[] {
  const key = `${blocks.join('\u0000')}\u0001${createHash('sha256').update(scriptText).digest('hex')}`;
  let done = propertiesPruned.get(key);
  if (!done) propertiesPruned.set(key, (done = unreadPropertiesRemoved(blocks, scriptText)));
  return done;
}

function unreadPropertiesRemoved(blocks: readonly string[], scriptText: string): string[] {
  const roots = blocks.map((css) => postcss.parse(css));
  const decls: Declaration[] = [];
  for (const root of roots) root.walkDecls((d) => void decls.push(d));
  const custom = decls.filter((d) => d.prop.startsWith('--'));
  const used = new Set(decls.filter((d) => !d.prop.startsWith('--')).flatMap((d) => reads(d.value)));
  for (const d of custom) if (scriptText.includes(d.prop)) used.add(d.prop);
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of custom) {
      if (!used.has(d.prop)) continue;
      for (const name of reads(d.value)) {
        if (used.has(name)) continue;
        used.add(name);
        grew = true;
      }
    }
  }
  for (const d of custom) if (!used.has(d.prop)) d.remove();
  for (const root of roots) {
    root.walkRules((rule) => {
      if (rule.nodes.length === 0) rule.remove();
    });
    root.walkAtRules((at) => {
      if (at.nodes && at.nodes.length === 0) at.remove();
    });
  }
  return roots.map((root) => root.toString());
}

const STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The site's script files, read once each (every page loads the same few). */
const scriptFiles = new Map<string, Promise<string>>();
const scriptFile = (path: string): Promise<string> => {
  let text = scriptFiles.get(path);
  if (!text) scriptFiles.set(path, (text = existsSync(path) ? readFile(path, 'utf8') : Promise.resolve('')));
  return text;
};

/** The text of the page's scripts (inline, and files of the site it loads), to spare what they may add. */
async function scriptsOf(html: string, site: string, file: string): Promise<string> {
  let text = '';
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs!)?.[1];
    if (!src) {
      text += body;
      continue;
    }
    const path = src.startsWith('/') ? join(site, src) : resolve(join(site, file, '..'), src);
    if (path.startsWith(site + sep)) text += await scriptFile(path);
  }
  return text;
}

export async function prunePage(html: string, site: string, file: string): Promise<string> {
  if (!STYLE.test(html)) return html;
  STYLE.lastIndex = 0;
  const doc = parseDocument(html);
  const scriptText = await scriptsOf(html, site, file);
  const blocks = [...html.matchAll(STYLE)].map((m) => pruneCss(m[2]!, doc, scriptText, html));
  const kept = pruneCustomProperties(blocks, scriptText);
  let i = 0;
  return html.replace(STYLE, (_, open: string, _css: string, close: string) => open + kept[i++]! + close);
}
