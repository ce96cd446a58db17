/**
 * The table of answers (records.json): the search's vocabulary is answered at build time, so a
 * first search in those words loads none of Pagefind's index (docs/007-search-answers.md).
 */
import { describe, expect, it } from 'vitest';
import { fromTable, search, type Ask, type SearchIndex } from '../../src/search/answer.ts';
import { answersFile, cutAnswer, entryFromMeta, joinTables, readAnswers, readCatalog, recordsFile, recordsTable, rowMeta, wholeTable, type RecordsFile } from '../../src/search/catalog.ts';
import { anchorFor } from '../../src/search/match.ts';
import { EVERYDAY } from '../../src/search/everyday.ts';
import { fallbackLookups, lookups, planQuery } from '../../src/search/plan.ts';
import type { SearchRecord } from '../../src/search/records.ts';
import { coreOf, understand, vocabulary } from '../../src/search/synonyms.ts';
import { SEARCH_TERMS } from '../../src/search/terms.ts';
import { QUERIES } from '../search/queries.ts';

const VOCABULARY = new Set(vocabulary(SEARCH_TERMS));

describe('the vocabulary', () => {
  it('holds every related phrase the search can offer, for every way of asking in the everyday table and the test set', () => {
    const asked = [...EVERYDAY.flatMap((row) => row.say), ...QUERIES.map((t) => t.q), ...SEARCH_TERMS.flatMap((t) => [t.zh, ...(t.also ?? [])])];
    const missing = asked.flatMap((q) => understand(q, SEARCH_TERMS).related.filter((r) => !VOCABULARY.has(r.words)).map((r) => `${q} → ${r.words}`));
    expect(missing).toEqual([]);
  });
});

const record = (kind: SearchRecord['kind'], url: string, extra: Partial<SearchRecord> = {}): SearchRecord => ({ kind, url, title: url, html: '', ...extra });

describe('records.json', () => {
  const records: [string, SearchRecord][] = [
    ['zh-cn_a', record('section', '/documents/longli-2017/#s5-2', { doc: 'longli-2017', where: '五、主要任务' })],
    ['zh-cn_b', record('section', '/documents/longli-2017/', { doc: 'longli-2017' })],
    ['zh-cn_c', record('duty', '/roles/school/longli-2017/#duty-report', { doc: 'longli-2017', roles: ['school', 'police'], clause: 's5-2-1-p1' })],
    ['zh-cn_d', record('walkthrough', '/walkthroughs/living-alone/')],
    ['zh-cn_e', record('walkthrough', '/walkthroughs/living-alone/longli-2017/school/')],
  ];
  const answers = new Map([
    ['强制报告', { exact: ['zh-cn_c', 'zh-cn_a'], loose: new Map([['zh-cn_a', 8], ['zh-cn_c', 2]]) }],
    ['打不通', { exact: [], loose: new Map() }],
  ]);
  const file = JSON.parse(JSON.stringify(recordsTable(records, answers))) as unknown;

  it('gives back every record with its address, however it was stored', () => {
    const catalog = readCatalog(file);
    for (const [id, r] of records) expect(catalog.get(id)?.url).toBe(r.url);
    expect(catalog.get('zh-cn_c')?.roles).toEqual(['school', 'police']);
  });

  it("keeps each phrase's answer: the quoted search's ids in order, the loose scores relative to the best, and empty answers", () => {
    const table = readAnswers(file);
    expect(table.get('强制报告')?.exact).toEqual(['zh-cn_c', 'zh-cn_a']);
    expect(table.get('强制报告')?.loose.get('zh-cn_a')).toBe(1);
    expect(table.get('强制报告')?.loose.get('zh-cn_c')).toBe(0.25);
    expect(table.get('打不通')?.exact).toEqual([]);
  });

  it('labels a result Pagefind found from its fragment\'s row meta, as the table would', () => {
    for (const [id, r] of records) expect(entryFromMeta(id, rowMeta(r))).toEqual(readCatalog(file).get(id));
    expect(entryFromMeta('x', undefined)).toBeNull();
    expect(entryFromMeta('x', '{"not":"a row"}')).toBeNull();
  });

  it('refuses a file of another format, and an answer naming a row that does not exist', () => {
    expect(() => readCatalog({ v: 1, rows: {} })).toThrow(/unknown format/);
    expect(() => readAnswers({ ...(file as object), answers: { 报告: [99, 100] } })).toThrow(/row 99/);
  });
});

describe('which look-ups need Pagefind', () => {
  const catalog = readCatalog(recordsTable([['zh-cn_a', record('section', '/documents/longli-2017/#s5-2', { doc: 'longli-2017' })]]));
  // Every phrase of the vocabulary answered (as the build does), each by the one record.
  const answers = new Map([...VOCABULARY].map((p) => [p, { exact: ['zh-cn_a'], loose: new Map([['zh-cn_a', 1]]) }]));
  const asked: string[] = [];
  const pagefind = async (): Promise<Ask> => async (q) => {
    asked.push(q);
    return [{ id: 'zh-cn_a', score: 1 }];
  };
  const index: SearchIndex = { catalog, answers, pagefind };

  it('a term of the vocabulary, and an everyday question, are answered from the table alone', async () => {
    asked.length = 0;
    expect(await search(index, planQuery('强制报告', SEARCH_TERMS))).toHaveLength(1);
    expect(await search(index, planQuery('孩子爸爸被抓了孩子谁管', SEARCH_TERMS))).toHaveLength(1);
    expect(asked).toEqual([]);
  });

  it('a question around a term (应急处置怎么办) is looked up less its question words, from the table alone', async () => {
    asked.length = 0;
    const plan = planQuery('应急处置怎么办', SEARCH_TERMS);
    expect(plan.question).toBe(true);
    expect(await search(index, plan)).toHaveLength(1);
    expect(asked).toEqual([]);
    expect(fallbackLookups(plan)[0]).toMatchObject({ via: 'exact', phrases: ['应急处置怎么办'] });
  });

  it('a phrase outside the vocabulary is asked of Pagefind, quoted and loose', async () => {
    asked.length = 0;
    await search(index, planQuery('家庭教育', SEARCH_TERMS));
    expect(asked).toEqual(['"家庭教育"', '家庭教育']);
  });

  it('a one-character filler goes only from the ends of a query, never from inside a word', () => {
    expect(coreOf('急！应急处置怎么办')).toBe('应急处置');
    expect(coreOf('了解孩子情况吗')).toBe('了解情况');
  });

  it('an everyday question is looked up as typed only when its documents’ words find nothing', () => {
    const plan = planQuery('孩子爸爸被抓了孩子谁管', SEARCH_TERMS);
    expect(plan.everyday).toBe(true);
    expect(lookups(plan).map((l) => l.via)).not.toContain('exact');
    expect(fallbackLookups(plan)[0]).toMatchObject({ via: 'exact', phrases: plan.phrases });
    expect(lookups(plan).every((l) => fromTable(l, answers))).toBe(true);
  });

  it('a quoted phrase is looked up only as typed', () => {
    const plan = planQuery('"强制报告"', SEARCH_TERMS);
    expect(lookups(plan)).toEqual([{ phrases: ['强制报告'], via: 'exact', label: '"强制报告"' }]);
    expect(fallbackLookups(plan)).toEqual([]);
  });
});

describe('walkthrough outcomes in results', () => {
  const start = record('walkthrough', '/walkthroughs/living-alone/');
  const outcomes: [string, SearchRecord][] = [
    ['zh-cn_n1', record('walkthrough', '/walkthroughs/living-alone/ningcheng-2017/school/', { doc: 'ningcheng-2017', roles: ['school'] })],
    ['zh-cn_n2', record('walkthrough', '/walkthroughs/living-alone/longli-2017/village-committee/reachable-no/', { doc: 'longli-2017', roles: ['village-committee'] })],
    ['zh-cn_n3', record('walkthrough', '/walkthroughs/living-alone/longli-2017/village-committee/reachable-yes/', { doc: 'longli-2017', roles: ['village-committee'] })],
  ];
  const catalog = readCatalog(recordsTable([['zh-cn_s', start], ...outcomes]));
  // The outcomes are found (the start page is not: it must still stand for them).
  const found = { exact: ['zh-cn_n1', 'zh-cn_n2', 'zh-cn_n3'], loose: new Map([['zh-cn_n1', 1], ['zh-cn_n2', 3], ['zh-cn_n3', 5]]) };
  const answers = new Map([...VOCABULARY].map((p) => [p, found]));
  const index: SearchIndex = { catalog, answers, pagefind: async () => { throw new Error('not asked'); } };
  const walkthroughs = async (doc: string | null, role: string | null) =>
    (await search(index, planQuery('孩子一个人在家', SEARCH_TERMS), { doc, role })).filter((r) => r.entry.kind === 'walkthrough').map((r) => r.entry.url);

  it('show one walkthrough per situation: its start page for a reader who has chosen nothing', async () => {
    expect(await walkthroughs(null, null)).toEqual(['/walkthroughs/living-alone/']);
  });

  it("show the reader's own outcome (the best found) when the remembered document and role have one", async () => {
    expect(await walkthroughs('longli-2017', 'village-committee')).toEqual(['/walkthroughs/living-alone/longli-2017/village-committee/reachable-yes/']);
    expect(await walkthroughs('ningcheng-2017', 'school')).toEqual(['/walkthroughs/living-alone/ningcheng-2017/school/']);
  });

  it('fall back to the start page for a document or role with no outcome found, or a document alone', async () => {
    expect(await walkthroughs('ningcheng-2017', 'police')).toEqual(['/walkthroughs/living-alone/']);
    expect(await walkthroughs('longli-2017', null)).toEqual(['/walkthroughs/living-alone/']);
  });
});

describe('where a section result opens', () => {
  it('at the first paragraph with the words, not at the heading above them', () => {
    const f = { url: '/documents/longli-2017/', content: '', anchors: [{ id: 's5-2-1', text: '1.依法履行强制报告责任。' }, { id: 's5-2-2', text: '2.……发现留守儿童脱离监护单独居住生活或失踪……' }] };
    expect(anchorFor(f, ['单独居住生活'])).toBe('s5-2-2');
    expect(anchorFor(f, ['强制报告'])).toBe('s5-2-1');
    expect(anchorFor(f, ['户籍'])).toBeNull();
  });
});

describe('the search\'s tables, cut so a first search loads only what its query needs (docs/010-scale.md)', () => {
  const rec = (doc: string | null, n: number): [string, SearchRecord] => [`${doc ?? 'start'}_${n}`, record(doc ? 'section' : 'walkthrough', doc ? `/documents/${doc}/#s${n}` : `/walkthroughs/w${n}/`, doc ? { doc } : {})];
  const docs = ['alpha-2017', 'beta-2018', 'gamma-2019'];
  const all = [...docs.flatMap((d) => [rec(d, 1), rec(d, 2)]), rec(null, 1)];
  // Every record answers 报告; the loose search scores the second of each document best.
  const answered = new Map([['报告', { exact: all.map(([id]) => id), loose: new Map(all.map(([id], i) => [id, i % 2 ? 10 : 1])) }]]);
  const byDoc = Map.groupBy(all, ([, r]) => r.doc ?? null);
  const tables = [...byDoc].map(([doc, group]) => ({ file: recordsFile(doc), table: JSON.parse(JSON.stringify(recordsTable(group, answered))) as RecordsFile }));

  it('a document\'s table holds its own rows and answers only; no table lists every document', () => {
    for (const { file, table } of tables) {
      const doc = /records\/(.+)\.json$/.exec(file)![1]!;
      expect(new Set(table.rows.map((r) => r[2] || '_shared'))).toEqual(new Set([doc]));
    }
    expect(tables.map((t) => t.file).sort()).toEqual(['/pagefind/records/_shared.json', ...docs.map((d) => `/pagefind/records/${d}.json`)].sort());
  });

  it('joined, the documents\' tables are the whole index: every row, every answer, each once', () => {
    const whole = wholeTable(tables.map((t) => t.table));
    expect(readCatalog(whole).size).toBe(all.length);
    expect(new Set(readAnswers(whole).get('报告')!.exact)).toEqual(new Set(all.map(([id]) => id)));
    const joined = tables.map((t) => ({ catalog: readCatalog(t.table), answers: readAnswers(t.table) })).reduce(joinTables);
    const twice = joinTables(joined, joined);
    expect(twice.answers.get('报告')!.exact).toHaveLength(all.length);
  });

  it('a phrase\'s table keeps the records the loose search scored best, with the same scale', () => {
    const cut = cutAnswer(answered.get('报告')!, 3);
    expect(cut.exact).toEqual(all.map(([id]) => id).filter((_, i) => i % 2).slice(0, 3));
    const table = readAnswers(JSON.parse(JSON.stringify(recordsTable(all.filter(([id]) => cut.exact.includes(id)), new Map([['报告', cut]])))));
    expect(table.get('报告')!.loose.get(cut.exact[0]!)).toBe(1);
    expect(answersFile('报告')).toBe(`/pagefind/answers/${'报'.codePointAt(0)!.toString(16)}.json`);
    expect(answersFile('报案')).toBe(answersFile('报告'));
    // What leads the results is kept first: the walkthrough, whatever its score.
    expect(cutAnswer(answered.get('报告')!, 1, (id) => (id.startsWith('start') ? 0 : 1)).exact).toEqual(['start_1']);
  });
});
