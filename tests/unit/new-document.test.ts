/**
 * The pieces of npm run add-document that can be checked without a scratch copy: the meta read
 * from a text (against the five documents' reviewed metas), the naming rule, and the work left
 * for a document with an empty catalogue. The command itself: tests/add-document/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { metaYaml, reviewMarks } from '../../src/documents/meta-yaml.ts';
import { readMeta } from '../../src/documents/read-meta.ts';
import { readRegistry, sha256 } from '../../src/documents/registry.ts';
import { MetaFileSchema } from '../../src/documents/schemas/document.ts';
import { sourceFileName } from '../../src/documents/source-name.ts';
import { compiledDocuments } from '../../src/documents/sources.ts';
import { loadCatalogue } from '../../src/duties/files.ts';
import { workLeft, workLeftLines } from '../../src/duties/work-left.ts';
import { CATALOGUED_IDS } from '../documents.ts';

const registry = readRegistry(process.cwd()).entries;
const draftOf = (id: string) => readMeta(readFileSync(registry.find((e) => e.id === id)!.file, 'utf8'));
const metaOf = (id: string) => parse(readFileSync(`sources/${id}.meta.yaml`, 'utf8')) as Record<string, unknown>;

describe('the meta read from a text', () => {
  it('finds the title, issuer, number and dates the reviewed metas hold', () => {
    for (const id of ['longli-2017', 'sixian-2020', 'wuhai-2016', 'template-township']) {
      const [draft, meta] = [draftOf(id), metaOf(id)];
      expect(draft.title.value, id).toBe(meta.title);
      expect(draft.issuer.value, id).toBe(meta.issuer);
      expect(draft.number.value, id).toBe(meta.number);
      expect(draft.level.value, id).toBe(meta.level);
      expect(draft.dates.value, id).toEqual(meta.dates);
    }
  });
  it('takes a number only from a line of its own (龙里 prints none; it cites 国发〔2016〕13号)', () => {
    expect(draftOf('longli-2017').number.value).toBeNull();
    expect(draftOf('ningcheng-2017').number.value).toBe('宁政办发〔2017〕14号');
    expect(draftOf('ningcheng-2017').dates.value.signed).toBe('2017');
  });
  it('finds the cited documents with their numbers, and the region the issuer names', () => {
    expect(draftOf('longli-2017').cites.value.map((c) => c.number)).toEqual((metaOf('longli-2017').cites as { number: string }[]).map((c) => c.number));
    expect(draftOf('sixian-2020').region.value).toEqual({ province: null, city: null, county: '泗县' });
    expect(draftOf('wuhai-2016').region.value).toEqual({ province: null, city: '乌海市', county: null });
  });
  it('writes a meta the schema accepts, every read value marked for review', () => {
    const text = metaYaml('longli-2017', 'sources/004_6e70975b137af560.txt', draftOf('longli-2017'));
    expect(MetaFileSchema.safeParse(parse(text)).success).toBe(true);
    expect(reviewMarks(text)).toEqual(['title', 'shortTitle', 'issuer', 'number', 'level', 'region', 'dates', 'status', 'cites']);
    expect(parse(text).shortTitle).toBe('龙里县（2017）');
  });
});

describe('the naming rule', () => {
  it('is the next number after those in sources/ and the first 16 hex of the sha256', () => {
    const bytes = Buffer.from('一份新的文件。\n');
    const names = registry.map((e) => e.file.replace('sources/', ''));
    expect(sourceFileName(names, bytes)).toBe(`${String(names.length).padStart(3, '0')}_${sha256(bytes).slice(0, 16)}.txt`);
    expect(sourceFileName([], bytes)).toMatch(/^000_[0-9a-f]{16}\.txt$/);
    expect(sourceFileName(['004_6e70975b137af560.txt', 'x.meta.yaml', '012_0123456789abcdef.txt'], bytes)).toMatch(/^013_/);
  });
});

describe('the work left', () => {
  const { duties, coverage } = loadCatalogue(process.cwd());
  // Documents whose duties are still left to catalogue (an empty duty file) are the work left.
  const all = compiledDocuments();
  const docs = all.filter((d) => CATALOGUED_IDS.includes(d.meta.id));
  it('is nothing for the committed documents whose duties are catalogued', () => {
    expect(workLeft(docs, duties, coverage)).toEqual([]);
  });
  it('names every document still left to catalogue', () => {
    expect(workLeft(all, duties, coverage).map((w) => w.document)).toEqual(all.filter((d) => !CATALOGUED_IDS.includes(d.meta.id)).map((d) => d.meta.id));
  });
  it('is every sentence of a document whose duty and coverage files are empty, said as such', () => {
    const left = workLeft(docs, duties.filter((d) => d.document !== 'wuhai-2016'), new Map([...coverage].filter(([id]) => id !== 'wuhai-2016')));
    expect(left).toEqual([{ document: 'wuhai-2016', entries: 0, sentences: expect.any(Number), uncatalogued: left[0]!.sentences }]);
    expect(left[0]!.sentences).toBeGreaterThan(20);
    expect(workLeftLines(left)[0]).toMatch(/^wuhai-2016: \d+ of \d+ sentences not yet catalogued \(no entries yet: its duty file is empty\)/);
  });
});
