/**
 * npm run add-document -- <source.txt> --id <id>: adds a document to the library (the guide:
 * docs/adding-a-document.md). It copies the source into sources/ under the naming rule, registers
 * its sha256, writes its meta (what the text says, each guess marked REVIEW), its corrections
 * (none yet), an empty duty file and coverage file, compiles it, runs the checks and prints what
 * is left to do, in order. It never overwrites a file: a document already there is refused.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileSource } from '../src/documents/sources.ts';
import { InputError } from '../src/documents/errors.ts';
import { metaYaml, reviewMarks } from '../src/documents/meta-yaml.ts';
import { readMeta } from '../src/documents/read-meta.ts';
import { readRegistry, REGISTRY_FILE, sha256 } from '../src/documents/registry.ts';
import { DocumentId } from '../src/documents/schemas/document.ts';
import { sourceFileName } from '../src/documents/source-name.ts';
import { compileToContent } from '../src/documents/write.ts';
import { COVERAGE_DIR, DUTIES_DIR, loadCatalogue } from '../src/duties/files.ts';
import { workLeft } from '../src/duties/work-left.ts';
import { run } from './run.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const id = args.includes('--id') ? args[args.indexOf('--id') + 1] : undefined;
const input = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--id');

const stop = (problem: string, fix: string): never => {
  console.error(`add-document: ${problem}\n  fix: ${fix}`);
  process.exit(1);
};

run(() => {
  if (!input) stop('no source file given', 'npm run add-document -- <source.txt> --id <id>');
  const bytes = readFileSync(input!);
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    stop(`${input} is not UTF-8`, `convert it first, e.g. iconv -f GB18030 -t UTF-8 ${basename(input!)} > ${basename(input!, '.txt')}.utf8.txt (a GBK/GB18030 file), and add that`);
  }
  const draft = readMeta(text.replace(/^\uFEFF/, ''));
  const year = /^\d{4}/.exec(draft.dates.value.signed ?? '')?.[0] ?? '<year>';
  if (!id) stop('no id given', `choose the document's id, its address on the site for good: the place in pinyin and the year, e.g. --id ${draft.region.value.county || draft.region.value.city ? `<${draft.region.value.county ?? draft.region.value.city} in pinyin>` : '<place>'}-${year} (ids in use: ${readRegistry(root).entries.map((e) => e.id).join(', ')})`);
  if (!DocumentId.safeParse(id).success) stop(`"${id}" is not a document id`, 'lowercase ASCII words joined by "-", e.g. longli-2017');
  const registry = readRegistry(root);
  const same = registry.entries.find((e) => e.sha256 === sha256(bytes));
  if (same) stop(`this text is already registered, as ${same.file} (${same.id})`, 'a source is added once');
  const files = {
    meta: `sources/${id}.meta.yaml`,
    corrections: `sources/${id}.corrections.yaml`,
    duties: `${DUTIES_DIR}/${id}.yaml`,
    coverage: `${COVERAGE_DIR}/${id}.yaml`,
  };
  const taken = [registry.entries.some((e) => e.id === id) ? `${id} in ${REGISTRY_FILE}` : null, ...Object.values(files).filter((f) => existsSync(join(root, f)))].filter(Boolean);
  if (taken.length) stop(`${id} exists already (${taken.join(', ')})`, 'choose another id, or edit that document\'s files');

  // 1. The source, byte-identical, under the naming rule; 2. its registry row.
  const source = `sources/${sourceFileName(readdirSync(join(root, 'sources')), bytes)}`;
  writeFileSync(join(root, source), bytes);
  const registryText = readFileSync(join(root, REGISTRY_FILE), 'utf8');
  writeFileSync(join(root, REGISTRY_FILE), `${registryText}${registryText.endsWith('\n') ? '' : '\n'}- { file: ${source}, id: ${id}, sha256: ${sha256(bytes)} }\n`);
  // 3. The meta, each guess marked; 4. the corrections: none yet, but what the bytes need declared.
  writeFileSync(join(root, files.meta), metaYaml(id!, source, draft));
  writeFileSync(join(root, files.corrections), [
    `# ${id}: every repair of the source, declared (src/documents/schemas/correction.ts; docs/adding-a-document.md).`,
    '# None yet: read the compiled page against the source and declare what it needs.',
    `document: ${id}`,
    ...(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? ['byteOrderMark: true'] : []),
    ...(text.includes('\r\n') ? ['lineEndings: crlf'] : []),
    'corrections: []',
    '',
  ].join('\n'));
  // 5. The duty and coverage files: empty, so every sentence counts as not yet catalogued.
  writeFileSync(join(root, files.duties), `# ${id}: the duty catalogue (README: How to add a duty). Empty until the document is read:\n# the build warns, and npm run coverage fails, until every sentence is covered or left out.\n[]\n`);
  writeFileSync(join(root, files.coverage), `# ${id}: what is left out of the duty catalogue, sentence by sentence, with the reason\n# (src/duties/coverage.ts). npm run coverage -- --document ${id} lists every sentence id and text.\n[]\n`);
  console.log(`Added ${id}:\n  ${[source, `${REGISTRY_FILE} (its row)`, ...Object.values(files)].join('\n  ')}`);

  // 6. Compile it and run the checks.
  const problems: string[] = [];
  try {
    compileSource(root, id!);
    for (const f of compileToContent(root).written) console.log(`  ${f} (compiled)`);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(e.message);
  }
  const catalogue = problems.length ? null : loadCatalogue(root);
  problems.push(...(catalogue?.errors.map((e) => e.message) ?? []));
  const left = catalogue ? workLeft(catalogue.documents, catalogue.duties, catalogue.coverage).find((w) => w.document === id) : undefined;
  const marks = reviewMarks(readFileSync(join(root, files.meta), 'utf8'));
  const names = (text.match(/儿童(福利)?主任|儿童督导员/g) ?? []).length;

  const todo = [
    ...(problems.length ? [`Fix what the checks found (each names the file and the fix; most are corrections to declare in ${files.corrections}, then npm run compile):\n${problems.map((p) => `     ${p.replace(/\n/g, '\n     ')}`).join('\n')}`] : []),
    `Check the meta, ${files.meta}: ${marks.length} value(s) marked REVIEW were read from the text (${marks.join(', ')}). Correct each against the document, fill in what it does not say (the region's province and city, cites by title only, inLibrary), and delete the marks.`,
    `Read the compiled document (npm start, then /documents/${id}/, beside the source): page furniture, words split by page breaks, lost characters, flattened tables. Declare each repair in ${files.corrections}, then npm run compile.`,
    `Catalogue its duties in ${files.duties} (README: How to add a duty; docs/005-duty-model-v2.md), checked by npx node scripts/check-duties.ts.`,
    `Cover every sentence: npm run coverage -- --document ${id} lists them (${left ? `${left.uncatalogued} of ${left.sentences}` : 'all'} not yet catalogued); leave out the rest in ${files.coverage}, each with its reason.`,
    `Designations: ${names ? `the text names 儿童(福利)主任 or 儿童督导员 ${names} time(s): where it says who acts for whom, add src/content/designations/${id}.yaml` : 'the text names no 儿童主任: most likely none'}.`,
    'Run the unit tests (npx vitest run): they read the documents from the registry, so they cover this one too.',
    'Rebuild the search fixture (npm run build && npm run search:fixture), and add everyday queries for this document to tests/search/queries.ts.',
    'Record the walkthrough outcomes: npm run snapshot (after the build), and read the diff.',
    'npm test, then commit every file listed above with the fixture and the snapshot.',
  ];
  console.log(`\nLeft to do, in order (docs/adding-a-document.md):\n${todo.map((t, i) => `${i + 1}. ${t}`).join('\n')}`);
});
