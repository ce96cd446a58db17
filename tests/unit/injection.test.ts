/**
 * Script injection (issue 15, item 1): markup in every text field of a document's meta file and in
 * the free text of a duty entry ends up as text, never as a script or an element, on every page of
 * a real build; the search page's data still parses, so search still works.
 *
 * One scratch build shared by every case: a copy of the project's inputs and code (node_modules
 * linked), the hostile text written in, `npm run compile`, then `astro build`; a few minutes on a
 * busy machine. The build itself also proves the Content-Security-Policy's check passes
 * (integrations/csp.ts stops it on any inline script the site does not author).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { DOCUMENT_IDS } from '../documents.ts';

// Reading some 1,500 built pages, and removing the scratch copy, outlast the default timeouts on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 20 * 60_000 });

/** Ends a script block and starts one; an element with a handler; both must stay text. */
const HOSTILE = '</script><script>alert(1)</script><img src=x onerror=alert(1)>';
const DOC = 'wuhai-2016';
const META = `sources/${DOC}.meta.yaml`;
const DUTIES = `src/content/duties/${DOC}.yaml`;
/** A police entry (role pages, walkthroughs, cards) with an inferred link, whose note is free text too. */
const ACTION = '  action: 遭受家庭暴力或其他侵害的，调查取证，协助孩子就医、鉴定伤情\n';
const NOTE = '      note: 情节较轻时批评教育或出具告诫书写在后面一段，文件未写明由取证引出\n';

/** What the build needs: its code, inputs and configuration (not dist/, .astro/ or node_modules/). */
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'integrations', 'public', 'scripts', 'sources', 'src'];

let root = '';
let dist = '';
let build = { status: 0 as number | null, output: '' };

/** Every text field of the meta (ids, paths, hashes, dates and enums keep their form) gets the hostile text. */
function poisonMeta(text: string): string {
  const meta = parse(text);
  for (const key of ['title', 'shortTitle', 'issuer', 'number']) meta[key] = `${meta[key] ?? ''}${HOSTILE}`;
  for (const key of ['province', 'city', 'county']) meta.region[key] = `${meta.region[key] ?? ''}${HOSTILE}`;
  meta.dates.asPrinted = `${meta.dates.asPrinted ?? ''}${HOSTILE}`;
  meta.cites = meta.cites.map((c: { number: string | null; title: string }) => ({ ...c, number: `${c.number ?? ''}${HOSTILE}`, title: `${c.title}${HOSTILE}` }));
  return stringify(meta);
}

function run(args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 15 * 60_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

type Node = { type: string; name?: string; attribs?: Record<string, string>; children?: Node[]; data?: string };
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** What the page's markup made of the hostile text: scripts that run it, elements it created. */
function created(node: Node, found: string[] = []): string[] {
  if (node.type === 'script' || node.type === 'tag') {
    const attribs = node.attribs ?? {};
    const handlers = Object.keys(attribs).filter((a) => a.startsWith('on'));
    if (handlers.length) found.push(`<${node.name} ${handlers.join(' ')}>`);
    if (node.name === 'img' && attribs.src === 'x') found.push('<img src=x>');
    const text = (node.children ?? []).map((c) => c.data ?? '').join('');
    if (node.name === 'script' && RUNNABLE.has(attribs.type ?? '') && text.includes('alert(1)')) found.push(`<script>${text.slice(0, 40)}`);
  }
  for (const c of node.children ?? []) created(c, found);
  return found;
}

const dataIsland = (page: string, id: string): unknown => {
  const html = readFileSync(join(dist, page), 'utf8');
  const m = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(html);
  expect(m, `${page} has its data island #${id}`).not.toBeNull();
  return JSON.parse(m![1]!);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'injection-'));
  for (const entry of COPIED) cpSync(entry, join(root, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, META), poisonMeta(readFileSync(META, 'utf8')));
  const duties = readFileSync(DUTIES, 'utf8');
  expect(duties, 'the police entry and its note are where the test expects them').toContain(ACTION);
  expect(duties).toContain(NOTE);
  writeFileSync(
    join(root, DUTIES),
    duties.replace(ACTION, `  action: ${JSON.stringify(`调查取证${HOSTILE}`)}\n`).replace(NOTE, `      note: ${JSON.stringify(`情节较轻时${HOSTILE}`)}\n`),
  );
  const compiled = run(['scripts/compile-documents.ts']);
  expect(compiled.status, compiled.output).toBe(0);
  build = run(['node_modules/astro/bin/astro.mjs', 'build']);
  dist = join(root, 'dist');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('markup in a meta file and a duty entry', () => {
  it('builds (the policy check finds no inline script the site does not author)', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('creates no script and no element on any page', () => {
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    let shown = 0;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      if (html.includes('alert(1)')) shown++;
      problems.push(...created(parseDocument(html) as unknown as Node).map((p) => `${relative(dist, page)}: ${p}`));
    }
    expect(problems).toEqual([]);
    // The hostile text did reach the pages (as text): the document's, its role pages, walkthroughs …
    expect(shown).toBeGreaterThan(10);
  });

  it('shows the meta text and the duty text as written, on the document page', () => {
    const html = readFileSync(join(dist, `documents/${DOC}/index.html`), 'utf8');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('leaves the search page\'s data whole: it parses, with the titles as written', () => {
    const data = dataIsland('search/index.html', 'search-data') as { docs: Record<string, { short: string }> };
    expect(data.docs[DOC]!.short).toMatch(new RegExp(`${HOSTILE.replace(/[()]/g, '\\$&')}$`));
    expect(Object.keys(data.docs).sort()).toEqual(DOCUMENT_IDS);
    const notFound = dataIsland('404.html', 'known-paths') as { known: string[] };
    expect(notFound.known).toContain(`/documents/${DOC}/`);
    // The search's own tables (what a search reads first) parse too.
    expect(() => JSON.parse(readFileSync(join(dist, `pagefind/records/${DOC}.json`), 'utf8'))).not.toThrow();
  });
});
