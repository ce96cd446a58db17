/**
 * npm run snapshot (after a build): a plain-text record of every walkthrough outcome, read back
 * from the built pages, one file per walkthrough and document in tests/snapshots/outcomes/. Each
 * outcome lists its answers, its steps, 不做会怎样, the chain, 您会收到, the entitlements and the
 * silences, by entry id, then the law beside a county (「法律还规定」: the law's steps, what it asks
 * for more, its sanctions, the note on a county document older than the law); national outcomes
 * (document `national`) are a file per walkthrough like a county's; each file ends with the quotes of the entries it names, once each. So a
 * change to what any outcome tells a worker reads as a diff in review.
 *
 *   npm run snapshot             rewrite the files from dist/
 *   npm run snapshot -- --check  fail if dist/ and the committed files differ (npm test runs this),
 *                                or if a page's steps are not the `duties` of /data/walkthroughs.json
 *
 * Compact on purpose (GOV.UK smart answers dropped their whole-page artefacts as too costly to
 * keep): ids and quotes only, no markup, no wording of ours.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { selectAll as cssAll, selectOne as cssOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { readOutcomes } from '../src/opendata/schemas.ts';

const DIST = 'dist';
const OUT = join('tests', 'snapshots', 'outcomes');

interface OutcomeRecord {
  url: string;
  walkthrough: string;
  document: string;
  role: string;
  answers: Record<string, string>;
  duties: string[];
}

const selectAll = (q: string, root: AnyNode | AnyNode[]) => cssAll(q, root) as Element[];
const selectOne = (q: string, root: AnyNode | AnyNode[]) => cssOne(q, root) as Element | null;
const text = (n: AnyNode) => textContent(n).replace(/\s+/g, ' ').trim();
const attr = (n: Element, name: string) => n.attribs[name] ?? '';

/** The chain as indented lines: each link's entry id, marked (推断) where inferred. */
function chainLines(list: Element | null, depth: number, short: (id: string) => string): string[] {
  if (!list) return [];
  return list.children.filter((c): c is Element => c.type === 'tag' && c.name === 'li').flatMap((li) => [
    `${'  '.repeat(depth)}- ${short(attr(li, 'data-entry'))}${attr(li, 'data-basis') === 'inferred' ? ' (推断)' : ''}`,
    ...chainLines(li.children.find((c): c is Element => c.type === 'tag' && c.name === 'ol') ?? null, depth + 1, short),
  ]);
}

/** The law beside a county (「法律还规定」): its steps, what it asks for more (our sentences), its sanctions, the note on later laws. */
function lawLines(law: Element | null): string[] {
  if (!law) return [];
  const ids = (q: string) => selectAll(q, law).map((el) => attr(el, 'data-entry'));
  const lines = [`law${'data-as-steps' in law.attribs ? ' (as the steps: the county is silent)' : ''}:`, ...ids('.law-steps > li[data-entry]').map((id) => `  - ${id}`)];
  const older = selectOne('[data-older-than-law]', law);
  if (older) lines.push(`  older: ${text(older)}`);
  lines.push(...selectAll('[data-law-more] > li', law).map((li) => `  more: ${text(li)}`));
  const sanctions = ids('.law-if-not li[data-entry]');
  if (sanctions.length) lines.push(`  if not done: ${sanctions.join(', ')}`);
  return lines;
}

/** One outcome page as text, and the quotes of the entries it names. */
function readOutcome(record: OutcomeRecord, quotes: Map<string, string>): { lines: string[]; steps: string[] } {
  const html = readFileSync(join(DIST, record.url, 'index.html'), 'utf8');
  const dom = parseDocument(html);
  const root = selectOne('[data-outcome]', dom);
  if (!root) throw new Error(`${record.url}: no [data-outcome] on the page`);
  const short = (id: string) => id.replace(`${record.document}/`, '');
  for (const el of selectAll('[data-entry]', root)) {
    const q = selectOne(':scope > .doc-quote > p:not(.refers)', el);
    if (q) quotes.set(short(attr(el, 'data-entry')), text(q));
  }
  const ids = (group: string, item = 'li[data-entry]') => selectAll(`[data-group="${group}"] ${item}`, root).map((el) => short(attr(el, 'data-entry')));
  const steps = ids('steps', '.steps > li[data-entry]');
  const answers = Object.entries(record.answers).map(([f, v]) => `${f}=${v}`).join(' ') || '(no question)';
  const lines = [`## ${record.role} · ${answers}`];
  const list = (label: string, values: string[]) => values.length && lines.push(`${label}: ${values.join(', ')}`);
  if (steps.length) lines.push('steps:', ...steps.map((id, i) => `  ${i + 1}. ${id}`));
  else lines.push(`steps: none${ids('others').length ? ` (who does: ${ids('others').join(', ')})` : ''}`);
  list('if not done', ids('consequences'));
  const chain = chainLines(selectOne('[data-group="chain"] > ol', root), 1, short);
  if (chain.length) lines.push('next:', ...chain);
  list('you receive', ids('incoming'));
  list('you can also', ids('entitlements'));
  const silent = selectOne('[data-silences]', root);
  if (silent) lines.push(`not said: ${attr(silent, 'data-silences')}`);
  if (selectOne('[data-lost-notice]', root)) lines.push('lost text: noted');
  if (selectOne('[data-national-notice]', root)) lines.push('national: local rules may add (乡镇民政办)');
  lines.push(...lawLines(selectOne('[data-group="law"]', root)));
  // A county's ids are shortened to its own; a national outcome's keep their law (law-minors-2024/…).
  return { lines, steps: steps.map((id) => (id.includes('/') ? id : `${record.document}/${id}`)) };
}

/** Every snapshot file's text, by its path under OUT. */
export function snapshotFiles(dist = DIST): { files: Map<string, string>; problems: string[] } {
  const data = { outcomes: readOutcomes((path) => JSON.parse(readFileSync(join(dist, path), 'utf8'))) as OutcomeRecord[] };
  const groups = new Map<string, OutcomeRecord[]>();
  for (const o of data.outcomes) {
    const key = join(o.walkthrough, `${o.document}.txt`);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const files = new Map<string, string>();
  const problems: string[] = [];
  for (const [key, outcomes] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const quotes = new Map<string, string>();
    const [first] = outcomes;
    const body = [`# ${first!.walkthrough} · ${first!.document} (npm run snapshot; do not edit)`, ''];
    for (const o of outcomes) {
      const { lines, steps } = readOutcome(o, quotes);
      if (steps.join() !== o.duties.join()) problems.push(`${o.url}: the page's steps [${steps.join(', ')}] are not the selection's [${o.duties.join(', ')}]`);
      body.push(...lines, '');
    }
    body.push('# quotes', ...[...quotes].sort(([a], [b]) => a.localeCompare(b)).map(([id, q]) => `${id}: ${q}`), '');
    files.set(key, body.join('\n'));
  }
  return { files, problems };
}

function filesIn(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name), join(prefix, e.name)) : [join(prefix, e.name)]);
}

if (import.meta.main) {
  const { files, problems } = snapshotFiles();
  if (process.argv.includes('--check')) {
    const committed = new Set(filesIn(OUT));
    const changed = [...files].filter(([k, v]) => !committed.has(k) || readFileSync(join(OUT, k), 'utf8') !== v).map(([k]) => k);
    const gone = [...committed].filter((k) => !files.has(k));
    for (const p of problems) console.error(p);
    if (changed.length || gone.length) {
      console.error(`outcome snapshot differs from the site in ${changed.length + gone.length} file(s): ${[...changed, ...gone].slice(0, 10).join(', ')}`);
      console.error('Read the change (npm run snapshot, then git diff tests/snapshots/), and commit it if every outcome still says only what its document says.');
    }
    if (problems.length || changed.length || gone.length) process.exit(1);
    console.log(`outcome snapshot: ${files.size} files, ${[...files.values()].reduce((n, v) => n + (v.match(/^## /gm)?.length ?? 0), 0)} outcomes, as committed`);
  } else {
    rmSync(OUT, { recursive: true, force: true });
    for (const [k, v] of files) {
      mkdirSync(join(OUT, k, '..'), { recursive: true });
      writeFileSync(join(OUT, k), v);
    }
    for (const p of problems) console.error(p);
    console.log(`outcome snapshot: wrote ${files.size} files to ${OUT}`);
    if (problems.length) process.exit(1);
  }
}
