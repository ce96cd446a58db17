/**
 * The synthetic library of npm run scale (scripts/scale/): invented places that no input holds,
 * copies with their own ids, places and titles, renamed through every file of the document, so the
 * library passes the build's input checks as the real one does.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkInputs } from '../../integrations/checks.ts';
import { readRegistry } from '../../src/documents/registry.ts';
import { copyPlaces, makeLibrary, rename, renamingFor } from '../../scripts/scale/library.ts';
import { NAME_CHARACTERS, place } from '../../scripts/scale/names.ts';
import { project, table, type ScaleRun } from '../../scripts/scale/table.ts';
import { LAW_IDS, LOCAL_IDS } from '../documents.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const N = 8;
let lib = { root: '', ids: [] as string[] };
beforeAll(() => {
  lib = makeLibrary(process.cwd(), N);
});
afterAll(() => {
  if (lib.root) rmSync(lib.root, { recursive: true, force: true });
});

describe('invented places', () => {
  it('are characters no source, duty, coverage or designation file, nor the glossary, holds', () => {
    const inputs = [
      ...readdirSync('sources').filter((f) => /\.(txt|yaml)$/.test(f)).map((f) => join('sources', f)),
      ...['duties', 'coverage', 'designations'].flatMap((d) => readdirSync(join('src/content', d)).filter((f) => f.endsWith('.yaml')).map((f) => join('src/content', d, f))),
      'src/glossary.ts',
    ].map((f) => readFileSync(f, 'utf8')).join('');
    expect(NAME_CHARACTERS.map(([c]) => c).filter((c) => inputs.includes(c))).toEqual([]);
    expect(new Set(NAME_CHARACTERS.map(([, p]) => p)).size).toBe(NAME_CHARACTERS.length);
  });
  it('are distinct, names and spellings, for as many copies as a county library needs', () => {
    const names = Array.from({ length: 2000 }, (_, k) => place(k));
    expect(new Set(names.map((p) => p.name)).size).toBe(2000);
    expect(new Set(names.map((p) => p.pinyin)).size).toBe(2000);
  });
  it('rename a document in one pass, longest name first, stems too, and never rename a new name again', () => {
    const { id, pairs } = renamingFor('longli-2017', { province: '贵州省', city: '黔南布依族苗族自治州', county: '龙里县' }, 0);
    const { county, city, province } = copyPlaces(0);
    expect(id).toMatch(/^[a-z]+-2017$/);
    expect(rename('龙里县和龙里、黔南布依族苗族自治州、黔南州、贵州省 longli-2017', pairs)).toBe(`${county}县和${county}、${city}市、${city}州、${province}省 ${id}`);
    // 泗县: a one-character stem keeps its ending; the township template's title names a township.
    expect(rename('泗县', renamingFor('sixian-2020', { province: null, city: null, county: '泗县' }, 1).pairs)).toBe(`${copyPlaces(1).county}县`);
    expect(renamingFor('template-township', { province: null, city: null, county: null }, 2).id).toBe(`${copyPlaces(2).pinyin}-template`);
  });
});

describe(`a library of ${N} documents`, () => {
  it('holds the real documents and copies with distinct ids, registered and compiled', () => {
    expect(lib.ids).toHaveLength(N);
    expect(new Set(lib.ids).size).toBe(N);
    expect(lib.ids.slice(0, LOCAL_IDS.length).sort()).toEqual(LOCAL_IDS);
    const registry = readRegistry(lib.root).entries;
    expect(registry.map((e) => e.id).sort()).toEqual([...lib.ids, ...LAW_IDS].sort());
    for (const id of lib.ids) expect(existsSync(join(lib.root, 'src/content/documents', `${id}.mdx`)), id).toBe(true);
    expect(new Set(registry.map((e) => e.sha256)).size).toBe(N + LAW_IDS.length);
  });
  it('renames each copy\'s places through all its files: no name of its original is left', () => {
    for (const [k, id] of lib.ids.slice(LOCAL_IDS.length).entries()) {
      const original = LOCAL_IDS[k % LOCAL_IDS.length]!;
      const meta = readFileSync(join(lib.root, 'sources', `${id}.meta.yaml`), 'utf8');
      const region = readFileSync(join('sources', `${original}.meta.yaml`), 'utf8').match(/^region: \{ province: (\S+), city: (\S+), county: (\S+) \}$/m)!.slice(1).filter((x) => x !== 'null');
      const texts = [meta, readFileSync(join(lib.root, 'src/content/duties', `${id}.yaml`), 'utf8'), readFileSync(join(lib.root, 'src/content/documents', `${id}.mdx`), 'utf8')];
      for (const name of region) for (const text of texts) expect(text.includes(name), `${id}: ${name}`).toBe(false);
      expect(texts[1]).not.toContain(`${original}/`);
      expect(meta).toContain(copyPlaces(k).county);
    }
  });
  it('passes the build\'s input checks: every quote, anchor and coverage entry true to its renamed text', () => {
    const { errors, duties } = checkInputs(lib.root);
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(new Set(duties.map((d) => d.document))).toEqual(new Set([...lib.ids, ...LAW_IDS]));
  });
});

describe('the table', () => {
  const run = (documents: number, cpuSeconds: number): ScaleRun => ({
    documents, cpuSeconds, wallSeconds: cpuSeconds, peakMemoryMB: 1000, phases: [], pages: documents * 100, distBytes: documents * 1e6, files: 0,
    shellWire: 190_000, packLargest: { id: 'x', bytes: 1_500_000 }, packMedian: 1_500_000, searchIndexBytes: documents * 1e5,
    firstSearch: { medianWire: 30_000, largestWire: 90_000, largestQuery: '家庭教育', maxRequests: 9, over: 0 },
    largestPage: { path: '/x/index.html', gzip: 60_000 }, largestFile: { path: '/y.json', bytes: 500_000 }, pagesOver: 0, filesOver: 0,
  });
  it('projects along the line through the two largest runs', () => {
    expect(project([{ documents: 20, value: 160 }, { documents: 100, value: 800 }], 2800)).toBe(22400);
    expect(project([{ documents: 5, value: 7 }], 2800)).toBe(7);
  });
  it('is markdown with a column per size, the projection and the budget', () => {
    const t = table([run(20, 160), run(100, 800)]);
    expect(t.split('\n')[0]).toBe('|  | 20 documents | 100 documents | 2,800 (projected) | budget |');
    expect(t).toMatch(/\| build CPU per document \| 8\.0 s \| 8\.0 s \| 8\.0 s \| ≤ 1\.2 × at 20 \|/);
  });
});
