/**
 * The table of bad inputs (issue 15): each row breaks one thing in a scratch copy of the real
 * inputs, as a careless maintainer would, and asserts the exact messages the build gives
 * (checkInputs, as integrations/checks.ts runs it): file and line, entry, field, problem and a
 * one-line fix. Rows whose input is handled (a declared BOM, declared CRLF) assert no message.
 * Lines are read from the real files, so an entry that moves keeps its row true.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkInputs } from '../../integrations/checks.ts';
import { sha256 } from '../../src/documents/sources.ts';
import { compileToContent } from '../../src/documents/write.ts';
import { CaseSchema } from '../../src/duties/schema.ts';

// Each row compiles all five documents from a fresh copy: seconds on a busy machine, not a hang.
vi.setConfig({ testTimeout: 60_000 });

type Break = (root: string) => void;

/** The messages the build gives for a copy of the inputs with `breakIt` applied. */
function messages(breakIt: Break): string[] {
  const root = mkdtempSync(join(tmpdir(), 'bad-table-'));
  try {
    cpSync('sources', join(root, 'sources'), { recursive: true });
    cpSync('src/content', join(root, 'src/content'), { recursive: true });
    breakIt(root);
    return checkInputs(root).errors.map((e) => e.message);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const read = (file: string) => readFileSync(file, 'utf8');
/** Replaces text in a copied file (the text must be there, once or `all`). */
const edit = (file: string, from: string | RegExp, to: string): Break => (root) => {
  const before = read(join(root, file));
  const after = before.replace(from, to);
  expect(after, `the row must change ${file}`).not.toBe(before);
  writeFileSync(join(root, file), after);
};
const writeBytes = (file: string, bytes: (old: Buffer) => Uint8Array): Break => (root) => writeFileSync(join(root, file), bytes(readFileSync(join(root, file))));
const both = (...breaks: Break[]): Break => (root) => breaks.forEach((b) => b(root));

/** The 1-based line of the first line holding `needle`, after the first holding `after`. */
function lineOf(file: string, needle: string, after?: string): number {
  const lines = read(file).split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  const i = lines.findIndex((l, k) => k >= from && l.includes(needle));
  if (from < 0 || i < 0) throw new Error(`${file}: no line with ${needle}`);
  return i + 1;
}
/** How messages name an entry of a duty file: its index and id. */
const entry = (file: string, id: string) => `[${read(file).split(`- id: ${id}\n`)[0]!.split(/^- id:/m).length - 1}] ${id}`;
const msg = (where: string, field: string, problem: string, fix: string) => `${where}: ${field}: ${problem}\n  fix: ${fix}`;

/** GB18030 (GBK) bytes of a text, from the decoder's own table (Node has no encoder for it). */
function gbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) {
    const c = decoder.decode(new Uint8Array([a, b]));
    if (c.length === 1 && c !== '\uFFFD' && !table.has(c)) table.set(c, [a, b]);
  }
  return new Uint8Array([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c) ?? [0x3f])));
}

const W = 'src/content/duties/wuhai-2016.yaml';
const L = 'src/content/duties/longli-2017.yaml';
const S = 'src/content/duties/sixian-2020.yaml';
const CITIZEN = 'wuhai-2016/citizen-report-praised';
const POLICE = 'wuhai-2016/police-respond';
const WSRC = 'sources/002_df7f4318cf1cf321.txt';
const WMETA = 'sources/wuhai-2016.meta.yaml';
const WFIX = 'sources/wuhai-2016.corrections.yaml';
const REG = 'sources/registry.yaml';
const WHASH = '3355327a9661c0c81e97fde03517c502740fedd396e933ec5d53c635c52ba308';
/** Registers the copy's wuhai source as it now is (a maintainer who updates the hash too). */
const reregister: Break = (root) => edit(REG, WHASH, sha256(readFileSync(join(root, WSRC))))(root);
/**
 * npm run compile on the copy; the text must come out as before (a declared BOM or CRLF changes
 * the source's hash, which the frontmatter records, and nothing else).
 */
const recompile: Break = (root) => {
  const mdx = join(root, 'src/content/documents/wuhai-2016.mdx');
  const body = (text: string) => text.replace(/^ *sha256: [0-9a-f]{64}$/m, '');
  const before = body(read(mdx));
  expect(compileToContent(root).refused).toEqual([]);
  expect(body(read(mdx))).toBe(before);
};
const at = (file: string, line: number) => `${file}:${line}`;
const C = entry(W, CITIZEN);
const cLine = (field: string) => lineOf(W, field, `- id: ${CITIZEN}`);
const QUOTE = '其他公民、社会组织积极向公安机关报告的,应及时给予表彰奖励';

interface Row {
  /** What the maintainer did. */
  what: string;
  /** The issue item the row belongs to. */
  item: 2 | 3 | 4 | 5 | 6 | 7 | 8;
  breakIt: Break;
  /** The exact messages, or [] where the input is handled as declared. */
  expected: () => string[];
}

export const ROWS: Row[] = [
  // 2 — encoding
  {
    what: 'a source saved as GBK, its hash registered', item: 2,
    breakIt: both(writeBytes(WSRC, (b) => gbk(b.toString('utf8'))), reregister),
    expected: () => [msg(at(WSRC, 1), '(file)', 'is not UTF-8 (the first bad bytes are on line 1): it reads as GB18030 (GBK)',
      `convert it: iconv -f GB18030 -t UTF-8 ${WSRC} > ${WSRC}.utf8 && mv ${WSRC}.utf8 ${WSRC}, then register its sha256 in sources/registry.yaml`)],
  },
  {
    what: 'a source saved as GBK, the registry not told', item: 2,
    breakIt: writeBytes(WSRC, (b) => gbk(b.toString('utf8'))),
    expected: () => [msg(at(WSRC, 1), '(file)', 'is not UTF-8 (the first bad bytes are on line 1): it reads as GB18030 (GBK)',
      `convert it: iconv -f GB18030 -t UTF-8 ${WSRC} > ${WSRC}.utf8 && mv ${WSRC}.utf8 ${WSRC}, then register its sha256 in sources/registry.yaml`)],
  },

  {
    what: 'a byte-order mark added, not declared', item: 2,
    breakIt: both(writeBytes(WSRC, (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])), reregister),
    expected: () => [msg(at(WSRC, 1), '(file)', 'starts with a byte-order mark (U+FEFF) that no declaration accounts for',
      `declare it: add "byteOrderMark: true" to ${WFIX} (the compile then leaves it out)`)],
  },
  {
    what: 'a byte-order mark added and declared (handled)', item: 2,
    breakIt: both(writeBytes(WSRC, (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])), reregister, edit(WFIX, 'document: wuhai-2016\n', 'document: wuhai-2016\nbyteOrderMark: true\n'), recompile),
    expected: () => [],
  },
  {
    what: 'a byte-order mark declared that the source does not have', item: 2,
    breakIt: edit(WFIX, 'document: wuhai-2016\n', 'document: wuhai-2016\nbyteOrderMark: true\n'),
    expected: () => [msg(at(WFIX, lineOf(WFIX, 'document: wuhai-2016') + 1), 'byteOrderMark', `${WSRC} does not start with a byte-order mark`, 'remove byteOrderMark')],
  },
  {
    what: 'CRLF line endings, not declared', item: 2,
    breakIt: both(writeBytes(WSRC, (b) => Buffer.from(b.toString('utf8').replace(/\n/g, '\r\n'))), reregister),
    expected: () => [msg(at(WSRC, 1), '(file)', 'has CRLF line endings (the first ends line 1) that no declaration accounts for',
      `declare them: add "lineEndings: crlf" to ${WFIX} (the compile then reads them as LF)`)],
  },
  {
    what: 'CRLF line endings, declared (handled)', item: 2,
    breakIt: both(writeBytes(WSRC, (b) => Buffer.from(b.toString('utf8').replace(/\n/g, '\r\n'))), reregister, edit(WFIX, 'document: wuhai-2016\n', 'document: wuhai-2016\nlineEndings: crlf\n'), recompile),
    expected: () => [],
  },
  {
    what: 'a carriage return alone inside a line', item: 2,
    breakIt: both(writeBytes(WSRC, (b) => Buffer.from(b.toString('utf8').replace('触碰右侧滑开', '触碰右侧\r滑开'))), reregister),
    expected: () => [msg(at(WSRC, 1), '(file)', 'line 1 holds a carriage return (U+000D) that ends no line',
      'remove it, or save the file with LF line endings (then register its sha256 in sources/registry.yaml)')],
  },
  // 3 — a quote found twice in its clause
  {
    what: 'a quote that stands twice in its cited section', item: 3,
    breakIt: edit(L, '{ clause: s5-7-3-p2, quote: 牵头单位：镇（街道），责任单位：县教育局 }', '{ clause: s5-7-3, quote: 牵头单位：镇（街道），责任单位：县教育局 }'),
    expected: () => [msg(at(L, lineOf(L, 'quote: 牵头单位：镇（街道），责任单位：县教育局', '- id: longli-2017/village-childrens-home')), `${entry(L, 'longli-2017/village-childrens-home')}: also.0.quote`,
      'found 2 times in clause s5-7-3 of longli-2017 (in s5-7-3-p2 and s5-7-3-p10): "牵头单位：镇（街道），责任单位：县教育局"', 'cite the paragraph you mean as its clause (s5-7-3-p2 or s5-7-3-p10)')],
  },
  // 4 — time words mean time
  {
    what: 'a deadline whose words are a body, not a time (时限 公安机关)', item: 4,
    breakIt: edit(W, 'deadline: { id: immediately, words: 第一时间 }', 'deadline: { id: immediately, words: 公安机关 }'),
    expected: () => [msg(at(W, lineOf(W, 'deadline: { id: immediately')), `${entry(W, 'wuhai-2016/report-to-police')}: deadline.words`,
      '"公安机关" holds no word for immediately (第一时间、立即、及时、迅速、随时)', 'quote the document\'s time words (e.g. 第一时间); if the document says it another way, add that word to immediately in src/glossary.ts')],
  },
  {
    what: 'a six-month threshold that names no time', item: 4,
    breakIt: edit(L, 'threshold: { id: six-months, words: 拒不履行监护职责六个月以上 }', 'threshold: { id: six-months, words: 拒不履行监护职责 }'),
    expected: () => [msg(at(L, lineOf(L, 'threshold: { id: six-months')), `${entry(L, 'longli-2017/petition-revoke-guardianship')}: threshold.words`,
      '"拒不履行监护职责" holds no word for six-months (六个月以上)', 'quote the document\'s time words (e.g. 六个月以上); if the document says it another way, add that word to six-months in src/glossary.ts')],
  },
  {
    what: 'a quarterly period that names no time', item: 4,
    breakIt: edit(L, 'period: { id: quarterly, words: 每季度末 }', 'period: { id: quarterly, words: 签字确认 }'),
    expected: () => [msg(at(L, lineOf(L, 'period: { id: quarterly, words: 每季度末 }')), `${entry(L, 'longli-2017/township-quarterly-report')}: period.words`,
      '"签字确认" holds no word for quarterly (每季度、每季度末)', 'quote the document\'s time words (e.g. 每季度); if the document says it another way, add that word to quarterly in src/glossary.ts')],
  },
  {
    what: 'a due date far from the date its words state (2099-12-31)', item: 4,
    breakIt: edit(S, /due: \{ date: 2020-03, words: 2020年3月 \}/, 'due: { date: 2099-12-31, words: 2020年3月 }'),
    expected: () => [msg(at(S, lineOf(S, 'due: { date: 2020-03')), `${entry(S, read(S).match(/^- id: (\S+)/m)![1]!)}: due.date`, '2099-12-31 is not the last date the words state (2020-03)', 'set date: 2020-03')],
  },
  {
    what: 'due words that state no date', item: 4,
    breakIt: edit(S, 'due: { date: 2020-10, words: 2020年10月 }\n  quote: 对孤儿和符合条件的事实无人抚养儿童', 'due: { date: 2020-10, words: 按规定实施医疗救助 }\n  quote: 对孤儿和符合条件的事实无人抚养儿童'),
    expected: () => [msg(at(S, lineOf(S, 'due: { date: 2020-10', '对孤儿和符合条件的事实无人抚养儿童，按规定实施医疗救助')), `${entry(S, 'sixian-2020/medical-assistance')}: due.words`,
      '"按规定实施医疗救助" states no date (年月 or 年月日)', 'quote the words that give the date, e.g. 2020年10月; a rhythm without a date is a period')],
  },
  {
    what: 'a due date on a day the month does not have (2017-06-31)', item: 4,
    breakIt: edit(L, 'due: { date: 2017-06-30, words: 2017年6月30日 }\n  quote: ①一个儿童之家', 'due: { date: 2017-06-31, words: 2017年6月30日 }\n  quote: ①一个儿童之家'),
    expected: () => [msg(at(L, lineOf(L, 'due: { date: 2017-06-30', '- id: longli-2017/village-childrens-home')), `${entry(L, 'longli-2017/village-childrens-home')}: due.date`, '2017-06-31 is not a date: 2017-06 has no day 31 (it has 30)', 'set date: 2017-06-30')],
  },
  // 5 — one registry of source hashes
  {
    what: 'a source edited, its hash not registered', item: 5,
    breakIt: edit(WSRC, '触碰右侧滑开', '触碰右侧滑开了'),
    expected: () => [msg(at(REG, lineOf(REG, 'id: wuhai-2016')), 'wuhai-2016: sha256', `${WSRC} has sha256 ${sha256(read(WSRC).replace('触碰右侧滑开', '触碰右侧滑开了'))}, not the registered one`, `sources stay byte-identical to the seeds: restore the file (git checkout -- ${WSRC}); declare repairs in ${WFIX} instead`)],
  },
  {
    what: 'a source edited and its new hash written into its meta', item: 5,
    breakIt: both(edit(WSRC, '触碰右侧滑开', '触碰右侧滑开了'), (root) => edit(WMETA, `source: { file: ${WSRC} }`, `source: { file: ${WSRC}, sha256: ${sha256(readFileSync(join(root, WSRC)))} }`)(root)),
    expected: () => [msg(at(WMETA, lineOf(WMETA, 'source:')), 'source.sha256', 'unknown key `sha256`', 'remove it: a source\'s sha256 is in sources/registry.yaml alone, and a source stays byte-identical to the seed')],
  },
  {
    what: 'a meta copied under a new id (one source, two documents)', item: 5,
    breakIt: (root) => writeFileSync(join(root, 'sources/wuhai-copy.meta.yaml'), read(WMETA).replace('id: wuhai-2016', 'id: wuhai-copy')),
    expected: () => [msg(at('sources/wuhai-copy.meta.yaml', lineOf(WMETA, 'source:')), 'source.file', `${WSRC} is registered as the source of wuhai-2016 (sources/registry.yaml)`, 'name this document\'s own source, or remove sources/wuhai-copy.meta.yaml if it is a copy of wuhai-2016\'s')],
  },
  {
    what: 'two metas with one title', item: 5,
    breakIt: edit(WMETA, /^title: .*$/m, `title: ${read('sources/sixian-2020.meta.yaml').match(/^title: (.*)$/m)![1]}`),
    expected: () => [msg(at(WMETA, 2), 'title', `"${read('sources/sixian-2020.meta.yaml').match(/^title: (.*)$/m)![1]}" is also the title of sixian-2020 (sources/sixian-2020.meta.yaml)`, 'one document per title: remove this meta if it copies sixian-2020\'s, or correct the title')],
  },
  {
    what: 'a meta pointing at another document\'s source', item: 5,
    breakIt: edit(WMETA, `source: { file: ${WSRC} }`, 'source: { file: sources/003_e1ef2367a0d8d2ea.txt }'),
    expected: () => [msg(at(WMETA, lineOf(WMETA, 'source:')), 'source.file', 'sources/003_e1ef2367a0d8d2ea.txt is registered as the source of sixian-2020 (sources/registry.yaml)', 'name this document\'s own source, or remove sources/wuhai-2016.meta.yaml if it is a copy of sixian-2020\'s')],
  },
  {
    what: 'a document left out of the registry', item: 5,
    breakIt: edit(REG, /^- \{ file: sources\/002.*\n/m, ''),
    expected: () => [msg(at(WMETA, lineOf(WMETA, 'source:')), 'source.file', 'wuhai-2016 is not in sources/registry.yaml', `add "- { file: ${WSRC}, id: wuhai-2016, sha256: ${WHASH} }" to sources/registry.yaml`)],
  },
  {
    what: 'a source registered twice', item: 5,
    breakIt: edit(REG, /^(- \{ file: sources\/002.*\n)/m, '$1$1'),
    expected: () => [msg(at(REG, lineOf(REG, 'id: wuhai-2016') + 1), '[3] wuhai-2016: file, id', `${WSRC} (wuhai-2016) is registered twice (first at line ${lineOf(REG, 'id: wuhai-2016')})`, 'keep one entry per source and per document')],
  },
  // 6 — valid dates
  {
    what: 'a signing date of month 13, day 45', item: 6,
    breakIt: edit(WMETA, 'signed: "2016-11-23"', 'signed: "2016-13-45"'),
    expected: () => [msg(at(WMETA, lineOf(WMETA, 'dates:')), 'dates.signed', '"2016-13-45" is not a date: month 13 does not exist', 'give the date as the document prints it (YYYY-MM-DD, or YYYY-MM / YYYY where it gives no more)')],
  },
  {
    what: 'a publication date of 31 November', item: 6,
    breakIt: edit(WMETA, 'published: "2017-01-09"', 'published: "2016-11-31"'),
    expected: () => [msg(at(WMETA, lineOf(WMETA, 'dates:')), 'dates.published', '"2016-11-31" is not a date: 2016-11 has no day 31 (it has 30)', 'give the date as the document prints it (YYYY-MM-DD, or YYYY-MM / YYYY where it gives no more)')],
  },
  {
    what: 'signed after published', item: 6,
    breakIt: edit(WMETA, 'published: "2017-01-09"', 'published: "2016-01-09"'),
    expected: () => [msg(at(WMETA, lineOf(WMETA, 'dates:')), 'dates.signed', '2016-11-23 is after the publication date 2016-01-09', 'a document is signed (成文) before it is published (公开): check both against the document')],
  },
  // 7 — nothing is lost
  {
    what: 'hand-offs that come back (A → B → C → A)', item: 7,
    breakIt: edit(W, /(- id: wuhai-2016\/police-stop-domestic-violence\n(?:.*\n)*?  then:\n)/, `$1    - { duty: ${CITIZEN}, when: [living-alone], basis: text }\n`),
    expected: () => [msg(at(W, cLine('- { duty: wuhai-2016/police-respond')), `${C}: then.0.duty`, 'the hand-offs form a cycle: wuhai-2016/police-respond → wuhai-2016/police-stop-domestic-violence → wuhai-2016/citizen-report-praised → wuhai-2016/police-respond',
      'remove the link that leads back to wuhai-2016/police-respond (a hand-off never returns to a duty already taken)')],
  },
  {
    what: 'a hand edit of a compiled document', item: 7,
    breakIt: edit('src/content/documents/wuhai-2016.mdx', '{"三、构建农区留守儿童救助保护机制"}', '{"三、构建农区留守儿童救助保护的机制"}'),
    expected: () => [msg(at('src/content/documents/wuhai-2016.mdx', lineOf('src/content/documents/wuhai-2016.mdx', '{"三、构建农区留守儿童救助保护机制"}')), '(file)',
      `differs from what ${WSRC} with ${WFIX} compile to, and from what npm run compile last wrote (a hand edit)`, `declare the change in ${WFIX}, then npm run compile -- --force (npm run compile shows the edit)`)],
  },
  // 8 — messages a maintainer can act on
  {
    what: 'a zero-width space in a quote', item: 8,
    breakIt: edit(W, `quote: ${QUOTE}`, `quote: ${QUOTE.replace('及时', '及时\u200b')}`),
    expected: () => [msg(at(W, cLine('quote:')), `${C}: quote`, 'not found verbatim in clause s3-p1 of wuhai-2016: the first character that differs is U+200B after 告的,应及时 (the text has "给" U+7ED9)', 'copy the words from the compiled document exactly (punctuation too), within one paragraph')],
  },
  {
    what: 'a full-width comma where the document has an ASCII one', item: 8,
    breakIt: edit(W, `quote: ${QUOTE}`, `quote: ${QUOTE.replace(',', '，')}`),
    expected: () => [msg(at(W, cLine('quote:')), `${C}: quote`, 'not found verbatim in clause s3-p1 of wuhai-2016: the first character that differs is "，" U+FF0C after 安机关报告的 (the text has "," U+002C)', 'copy the words from the compiled document exactly (punctuation too), within one paragraph')],
  },
  {
    what: 'a quote cited from the wrong clause', item: 8,
    breakIt: edit(W, `clause: s3-p1\n  roles: [citizen]`, 'clause: s3-p2\n  roles: [citizen]'),
    expected: () => [msg(at(W, cLine('quote:')), `${C}: quote`, 'not found verbatim in clause s3-p2 of wuhai-2016: the first character that differs is "公" U+516C after 其他 (the text has "亲" U+4EB2)', 'the words stand in s3-p1: cite that clause')],
  },
  {
    what: 'a clause that does not exist (no cascade into the trigger)', item: 8,
    breakIt: edit(W, `clause: s3-p1\n  roles: [citizen]`, 'clause: s9-p1\n  roles: [citizen]'),
    expected: () => [msg(at(W, cLine('clause:')), `${C}: clause`, 'wuhai-2016 has no clause "s9-p1"', 'use an id from the document page\'s anchors (docs/clause-ids.md)')],
  },
  {
    what: 'an invalid id (a short fix, not the schema file)', item: 8,
    breakIt: edit(W, `- id: ${CITIZEN}\n`, '- id: wuhai-2016/Citizen_Report\n'),
    expected: () => [msg(at(W, cLine('- id:') ), '[2] wuhai-2016/Citizen_Report: id', '"wuhai-2016/Citizen_Report" is not an id "<document-id>/<kebab-name>", e.g. "ningcheng-2017/school-report-police"', 'write it as an id "<document-id>/<kebab-name>", e.g. "ningcheng-2017/school-report-police"')],
  },
  {
    what: 'an unknown situation in an entry others link to (links folded in)', item: 8,
    breakIt: edit(W, /(- id: wuhai-2016\/police-respond\n(?:.*\n)*?  situations: \[)/, '$1livng-alone, '),
    expected: () => [msg(at(W, lineOf(W, 'situations:', `- id: ${POLICE}`)), `${entry(W, POLICE)}: situations.0`,
      '"livng-alone" is not an allowed value (3 link(s) to wuhai-2016/police-respond wait on this: wuhai-2016/report-to-police (then.0.duty), wuhai-2016/citizen-report-praised (then.0.duty), wuhai-2016/officials-accountability (enforces.0))',
      'did you mean "living-alone"? (allowed: left-behind-child, child-in-difficulty, de-facto-unsupported, living-alone, missing, guardian-failing, abuse, harm, dropout, unregistered, parents-leaving, parents-unreachable)')],
  },
  {
    what: 'a duplicate id', item: 8,
    breakIt: edit(W, '- id: wuhai-2016/police-living-alone\n', `- id: ${CITIZEN}\n`),
    expected: () => [
      msg(at(W, lineOf(W, '- id: wuhai-2016/police-living-alone')), `${entry(W, 'wuhai-2016/police-living-alone').replace('police-living-alone', 'citizen-report-praised')}: id`, `"${CITIZEN}" is used twice: first by entry [2] at ${W}:${cLine('- id:')}`, 'give each duty its own id'),
      msg(at(W, lineOf(W, '- { duty: wuhai-2016/police-living-alone')), `${entry(W, POLICE)}: then.0.duty`, 'no duty "wuhai-2016/police-living-alone"', 'name a duty id that exists'),
      msg(at(W, lineOf(W, '    - wuhai-2016/police-living-alone', '- id: wuhai-2016/officials-accountability')), `${entry(W, 'wuhai-2016/officials-accountability')}: enforces.1`, 'no duty "wuhai-2016/police-living-alone"', 'name a duty id that exists'),
    ],
  },
  {
    what: 'a misspelt key (its "missing" folded into the rename)', item: 8,
    breakIt: edit(W, `  quote: ${QUOTE}`, `  qoute: ${QUOTE}`),
    expected: () => [msg(at(W, cLine('quote:')), `${C}: qoute`, 'unknown key `qoute`', `did you mean \`quote\`? Rename it (keys here: ${Object.keys(CaseSchema.shape).join(', ')})`)],
  },
  {
    what: 'a YAML syntax error', item: 8,
    breakIt: edit(W, `  quote: ${QUOTE}`, `  quote: [${QUOTE}`),
    expected: () => [msg(at(W, cLine('quote:') + 3), '(file)', `not readable YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line ${cLine('quote:') + 3}, column 1:`, 'fix the YAML syntax at the line given')],
  },
  {
    what: 'an unknown role', item: 8,
    breakIt: edit(W, 'roles: [citizen]', 'roles: [citizens]'),
    expected: () => [msg(at(W, cLine('roles:')), `${C}: roles.0`, '"citizens" is not an allowed value', 'did you mean "citizen"? (allowed: 35 values, listed in src/duties/schema.ts and src/glossary.ts)')],
  },
  {
    what: 'a condition the clause does not hold', item: 8,
    breakIt: edit(W, `  quote: ${QUOTE}`, `  conditions: [情节严重]\n  quote: ${QUOTE}`),
    expected: () => [msg(at(W, cLine('quote:')), `${C}: conditions.0`, '"情节严重" is not in clause s3-p1 of wuhai-2016', 'use the document\'s own words, as printed in the cited clause (or cite the clause that holds them in also)')],
  },
  {
    what: 'a link to a duty that does not exist', item: 8,
    breakIt: edit(W, `then:\n    - { duty: wuhai-2016/police-respond, when: [living-alone, missing, guardian-failing, abuse, harm], basis: text }\n  quote: ${QUOTE}`, `then:\n    - { duty: wuhai-2016/police-respnd, when: [living-alone, missing, guardian-failing, abuse, harm], basis: text }\n  quote: ${QUOTE}`),
    expected: () => [msg(at(W, cLine('- { duty:')), `${C}: then.0.duty`, 'no duty "wuhai-2016/police-respnd"', 'name a duty id that exists')],
  },
  {
    what: 'a coverage entry naming a sentence that does not exist', item: 8,
    breakIt: edit('src/content/coverage/wuhai-2016.yaml', '- { clause: s1, reason:', '- { sentence: s1-p9.9, reason:'),
    expected: () => [msg(at('src/content/coverage/wuhai-2016.yaml', lineOf('src/content/coverage/wuhai-2016.yaml', '- { clause: s1, reason:')), '[1] s1-p9.9: sentence', 'wuhai-2016 has no sentence "s1-p9.9"', 'use a sentence id that npm run coverage lists, or remove the entry')],
  },
  {
    what: 'a correction whose anchor is not in the source', item: 8,
    breakIt: edit(WFIX, 'find: 扫一扫在手机上查看当前页面', 'find: 扫一扫在手机上查看本页'),
    expected: () => [msg(at(WFIX, lineOf(WFIX, 'find: 扫一扫在手机上查看当前页面')), 'corrections[2].find', '"扫一扫在手机上查看本页" is not found as a whole line of the source', 'copy the text from the source exactly (white space at line ends is ignored)')],
  },

  {
    what: 'a duty without its id (the fix says what an id is, not what a deadline id is)', item: 8,
    breakIt: edit(W, `- id: ${CITIZEN}\n  kind: case`, '- kind: case'),
    expected: () => [msg(at(W, cLine('kind: case') - 1), '[2]: id', 'missing: add `id`', '`id` holds `<document-id>/<kebab-name>`, unique.')],
  },
  {
    what: 'a deadline of an unknown kind', item: 8,
    breakIt: edit(W, 'deadline: { id: immediately, words: 第一时间 }', 'deadline: { id: immediatly, words: 第一时间 }'),
    expected: () => [msg(at(W, lineOf(W, 'deadline: { id: immediately')), `${entry(W, 'wuhai-2016/report-to-police')}: deadline.id`,
      '"immediatly" is not an allowed value (1 link(s) to wuhai-2016/report-to-police wait on this: wuhai-2016/failure-to-report-accountability (enforces.0))', 'did you mean "immediately"? (allowed: immediately, within-72-hours, within-a-month)')],
  },
];

describe('the table of bad inputs: each stops with its exact message, or is handled as declared', () => {
  it.each(ROWS.map((r) => [r.what, r] as const))('%s', (_, row) => {
    expect(messages(row.breakIt)).toEqual(row.expected());
  });
});
