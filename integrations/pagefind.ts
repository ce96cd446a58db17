/**
 * Builds the search index inside `astro build` (so `npm run build` alone gives dist/pagefind),
 * with Pagefind's Node API, from the finished HTML in dist/.
 *
 * One search record per thing a reader can land on, not per page (src/search/records.ts cuts them):
 * - each section of a document (a heading and its paragraphs up to the next heading), at its anchor;
 * - each duty once (role pages repeat a duty for every role that carries it), at its card;
 * - each walkthrough (its start page), labelled 分步指引.
 * Small records keep the first search light: a result's fragment is one section, not a whole
 * document. Beside the index it writes `records.json`: for every record id its kind, document,
 * roles, title and address, so the search page ranks and labels results before loading any
 * fragment, and loads fragments only for the results it shows.
 * Only the files a custom search page needs are written: the bundled UIs (~430 KB) are left out.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { documentRecords, textOf, type SearchRecord } from '../src/search/records.ts';
import { compact } from '../src/search/normalize.ts';
import { ANSWERS_PER_PHRASE, answersFile, bestOf, cutAnswer, DATA_RECORDS_FILE, LEAD, outcomesFile, recordsFile, recordsTable, ROW_META, rowMeta } from '../src/search/catalog.ts';
import { askPagefind } from '../src/search/answer.ts';
import type { Answer } from '../src/search/rank.ts';
import { vocabulary } from '../src/search/synonyms.ts';
import { SEARCH_TERMS } from '../src/search/terms.ts';
import { nodePagefind } from './pagefind-node.ts';

/** Files of Pagefind's own UIs, which the site's search page does not use. */
const UI_FILE = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.|pagefind-playground|playground\/)/;

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

/** The site path of a dist/ file: dist/roles/school/x/index.html → /roles/school/x/. */
const urlOf = (site: string, file: string) => `/${relative(site, file).split(sep).join('/').replace(/index\.html$/, '')}`;

/**
 * Every record of the built site, in a stable order: a document's sections cut from its page, and
 * the duties, walkthroughs and outcomes the build made from the data (DATA_RECORDS_FILE, which is
 * removed here once read: it is the index's input, not part of the site).
 */
export function siteRecords(site: string): SearchRecord[] {
  const docs = htmlFiles(join(site, 'documents')).filter((f) => /documents[\\/][^\\/]+[\\/]index\.html$/.test(f)).sort();
  const made = join(site, DATA_RECORDS_FILE);
  if (!existsSync(made)) throw new Error(`pagefind: no ${DATA_RECORDS_FILE} in dist/ (src/pages/search-records.json.ts writes it)`);
  const fromData = JSON.parse(readFileSync(made, 'utf8')) as SearchRecord[];
  rmSync(made);
  return [...docs.flatMap((f) => documentRecords(urlOf(site, f), readFileSync(f, 'utf8'))), ...fromData];
}

/**
 * The search's vocabulary (the glossary's names, the everyday table's words) answered by the
 * index just written, in Node, exactly as the search page asks: the table of answers in
 * records.json. Phrases no record contains are kept too (an empty answer also spares a look-up).
 */
async function answerVocabulary(site: string): Promise<Map<string, Answer>> {
  const pf = await nodePagefind(site);
  try {
    const answers = new Map<string, Answer>();
    for (const phrase of vocabulary(SEARCH_TERMS)) answers.set(phrase, await askPagefind(pf.ask, { phrases: [phrase], via: 'related', label: phrase }));
    return answers;
  } finally {
    await pf.close();
  }
}

/**
 * The vocabulary answered for the outcome records, as Pagefind answers the others: the records
 * whose words contain the phrase (quoted search), scored by how often (loose search). Their words
 * are a sentence or two each (data-records.ts outcomeSearchRecord), so a plain reading is exact.
 */
function outcomeAnswers(records: readonly [string, SearchRecord][], phrases: readonly string[]): Map<string, Answer> {
  const texts = records.map(([id, r]) => [id, compact(textOf(r.html.replace(/<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/, '')))] as const);
  return new Map(
    phrases.map((p) => {
      const hits = texts.filter(([, t]) => t.includes(p)).map(([id, t]) => [id, t.split(p).length - 1] as const);
      return [p, { exact: hits.map(([id]) => id), loose: new Map(hits) }];
    }),
  );
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The records cut into files (a document's table, an outcome file), each with every phrase's answer
 * among its own records and the phrase's best over all of them (the one scale): each answer is cut
 * once, not scanned again for every file, which grew with the square of the library.
 */
function cutByFile<K>(ids: readonly [string, SearchRecord][], answers: ReadonlyMap<string, Answer>, fileOf: (x: [string, SearchRecord]) => K) {
  const groups = Map.groupBy(ids, fileOf);
  const keyOf = new Map(ids.map((x) => [x[0], fileOf(x)]));
  const best = new Map([...answers].map(([p, a]) => [p, bestOf(a)]));
  const cut = new Map<K, Map<string, Answer>>();
  for (const [p, a] of answers) {
    for (const [key, exact] of Map.groupBy(a.exact.filter((id) => keyOf.has(id)), (id) => keyOf.get(id)!)) {
      if (!cut.has(key)) cut.set(key, new Map());
      cut.get(key)!.set(p, { exact, loose: a.loose });
    }
  }
  const none: Answer = { exact: [], loose: new Map() };
  return new Map([...groups].map(([key, group]) => [key, { group, best, mine: new Map([...answers.keys()].map((p) => [p, cut.get(key)?.get(p) ?? none])) }]));
}

/** An outcome record's id in the search's tables (not a Pagefind id: it has no fragment). */
const outcomeId = (url: string) => `walk:${url.replace(/^\/walkthroughs\/|\/$/g, '')}`;

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const all = siteRecords(site);
        // Outcome pages (a walkthrough's end for one document and role) are not given to Pagefind:
        // a thousand more records split its index into twice the chunks, and a first search that
        // needs Pagefind would load more of them. They are answered here (outcomeAnswers) and
        // written to a file per document and role, which only a reader who has chosen both loads
        // (rank.ts shows them to that reader only).
        const isOutcome = (r: SearchRecord) => r.kind === 'walkthrough' && !!r.doc;
        const records = all.filter((r) => !isOutcome(r));
        const outcomes = all.filter(isOutcome);
        const { index, errors } = await pagefind.createIndex({
          // Restorations keep the source's damaged words in <del> for readers, and screen-reader
          // labels (本节链接：…, 更正说明：…, 时限类别：…) are not the text: search neither.
          excludeSelectors: ['del', '.sr-only'],
          forceLanguage: 'zh-cn',
        });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        try {
          for (const r of records) {
            // The record's row rides in its fragment (ROW_META): a result Pagefind finds is labelled from it, with no table of every record.
            const content = r.html.replace('<div hidden data-pagefind-ignore>', `$&<span data-pagefind-meta="${ROW_META}">${esc(rowMeta(r))}</span>`);
            const added = await index.addHTMLFile({ url: r.url, content });
            if (added.errors.length) throw new Error(`pagefind: ${r.url}: ${added.errors.join('; ')}`);
          }
          const { files, errors: fileErrors } = await index.getFiles();
          if (fileErrors.length) throw new Error(`pagefind: ${fileErrors.join('; ')}`);
          const kept = files.filter((f) => !UI_FILE.test(f.path));
          // Fragment file name → record: the search page's table of results (see catalog.ts).
          const byUrl = new Map(records.map((r) => [r.url, r]));
          const ids: [string, SearchRecord][] = [];
          for (const f of kept) {
            const m = /^fragment\/(.+)\.pf_fragment$/.exec(f.path);
            if (!m) continue;
            const data = JSON.parse(new TextDecoder().decode(gunzipSync(f.content).subarray(12))) as { url: string };
            const r = byUrl.get(data.url);
            if (!r) throw new Error(`pagefind: fragment ${f.path} is for ${data.url}, which no record has`);
            ids.push([m[1]!, r]);
          }
          if (ids.length !== records.length) throw new Error(`pagefind: ${records.length} records but ${ids.length} fragments (two records share an address?)`);
          const out = join(site, 'pagefind');
          for (const f of kept) {
            const target = join(out, f.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, f.content);
          }
          const answers = await answerVocabulary(site);
          // The tables (catalog.ts): one per document with its rows and answers, one per first
          // character of the vocabulary's phrases with the best rows of every document.
          const write = async (path: string, value: unknown) => {
            await mkdir(dirname(join(site, path)), { recursive: true });
            await writeFile(join(site, path), JSON.stringify(value));
          };
          for (const [doc, { group, mine, best }] of cutByFile(ids, answers, ([, r]) => r.doc ?? null)) await write(recordsFile(doc), recordsTable(group, mine, best));
          const byId = new Map(ids);
          for (const [file, phrases] of Map.groupBy([...answers.keys()], answersFile)) {
            const cut = new Map(phrases.map((p) => [p, cutAnswer(answers.get(p)!, ANSWERS_PER_PHRASE, (id) => LEAD[byId.get(id)?.kind ?? 'duty'])]));
            const rows = [...new Set([...cut.values()].flatMap((a) => a.exact))].filter((id) => byId.has(id)).map((id): [string, SearchRecord] => [id, byId.get(id)!]);
            await write(file, recordsTable(rows, cut));
          }
          const outcomeIds = outcomes.map((r): [string, SearchRecord] => [outcomeId(r.url), r]);
          const outcomeAnswered = outcomeAnswers(outcomeIds, [...answers.keys()]);
          const byChoice = cutByFile(outcomeIds, outcomeAnswered, ([, r]) => outcomesFile(r.doc!, r.roles![0]!));
          for (const [file, { group, mine, best }] of byChoice) await write(file, recordsTable(group, mine, best));
          const bytes = kept.reduce((n, f) => n + f.content.byteLength, 0);
          const kinds = Object.entries(Object.groupBy(records, (r) => r.kind)).map(([k, v]) => `${v!.length} ${k}`).join(', ');
          logger.info(`indexed ${records.length} records (${kinds}) and ${outcomes.length} outcome records in ${byChoice.size} files; answered ${answers.size} phrases of the vocabulary; wrote ${kept.length + 1} files (${(bytes / 1024).toFixed(0)} KB), left out ${files.length - kept.length} UI files`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
