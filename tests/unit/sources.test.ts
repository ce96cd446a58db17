import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InputError } from '../../src/documents/errors.ts';
import { DocumentSchema } from '../../src/documents/schemas/document.ts';
import { compileSource, documentIds, sha256 } from '../../src/documents/sources.ts';
import { DOCUMENT_IDS } from '../documents.ts';

/** The seeds' sha256, from the one registry the build reads (sources/registry.yaml). */
const SEEDS: Record<string, string> = Object.fromEntries(
  (parse(readFileSync('sources/registry.yaml', 'utf8')) as { file: string; sha256: string }[]).map((e) => [e.file.replace(/^sources\//, ''), e.sha256]),
);

describe('sources/', () => {
  it('holds every registered source byte-identical, and no other', () => {
    const files = readdirSync('sources').filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(Object.keys(SEEDS).sort());
    for (const f of files) expect(sha256(readFileSync(join('sources', f))), f).toBe(SEEDS[f]);
  });
  it('has a meta and a corrections file for each document', () => {
    expect(documentIds('.')).toEqual(DOCUMENT_IDS);
    for (const id of documentIds('.')) {
      expect(readdirSync('sources')).toContain(`${id}.corrections.yaml`);
    }
  });
});

/** A copy of the project's sources in a temporary folder, with one file changed. */
function broken(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  cpSync('sources', join(dir, 'sources'), { recursive: true });
  const path = join(dir, 'sources', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function failure(root: string, id: string): InputError {
  try {
    compileSource(root, id);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('bad metadata stops the compile, naming the file, the field and the fix', () => {
  it('an unknown level', () => {
    const e = failure(broken('sixian-2020.meta.yaml', (t) => t.replace('level: county', 'level: village')), 'sixian-2020');
    expect(e.file).toBe('sources/sixian-2020.meta.yaml');
    expect(e.field).toBe('level');
  });
  it('a malformed date', () => {
    const e = failure(broken('sixian-2020.meta.yaml', (t) => t.replace('"2020-03-20"', '2020年3月20日')), 'sixian-2020');
    expect(e.field).toBe('dates.signed');
    expect(e.problem).toMatch(/ISO date/);
  });
  it('malformed YAML', () => {
    const e = failure(broken('sixian-2020.meta.yaml', (t) => `${t}\n  : : [`), 'sixian-2020');
    expect(e.field).toBe('(file)');
  });
  it('a source that changed', () => {
    const e = failure(broken('003_e1ef2367a0d8d2ea.txt', (t) => t.replace('泗县', '泗州')), 'sixian-2020');
    expect(e.file).toBe('sources/registry.yaml');
    expect(e.field).toBe('sixian-2020: sha256');
    expect(e.fix).toMatch(/byte-identical/);
  });
  it('a meta file whose id is not its name', () => {
    const e = failure(broken('sixian-2020.meta.yaml', (t) => t.replace('id: sixian-2020', 'id: sixian-2021')), 'sixian-2020');
    expect(e.field).toBe('id');
    expect(e.fix).toBe('set id: sixian-2020');
  });
  it('a corrections file for another document', () => {
    const e = failure(broken('sixian-2020.corrections.yaml', (t) => t.replace('document: sixian-2020', 'document: longli-2017')), 'sixian-2020');
    expect(e.file).toBe('sources/sixian-2020.corrections.yaml');
    expect(e.field).toBe('document');
  });
  it('a correction of an unknown kind', () => {
    const e = failure(broken('wuhai-2016.corrections.yaml', (t) => t.replace('kind: remove', 'kind: delete')), 'wuhai-2016');
    expect(e.file).toBe('sources/wuhai-2016.corrections.yaml');
    expect(e.field).toBe('corrections.0.kind');
  });
});

describe('the document schema (compiled frontmatter)', () => {
  const meta = {
    id: 'x-2020', title: '标题', shortTitle: '某县', issuer: null, number: null, level: 'county',
    region: { province: null, city: null, county: null }, dates: { signed: null, published: null, asPrinted: null },
    status: { validity: null, campaign: null }, cites: [], source: { file: 'sources/x.txt', sha256: 'a'.repeat(64) },
    corrections: [], clauses: [],
  };
  it('accepts a minimal document', () => {
    expect(DocumentSchema.safeParse(meta).success).toBe(true);
  });
  it.each([
    ['id', { id: 'X 2020' }],
    ['status.validity', { status: { validity: '废止', campaign: null } }],
    ['source.sha256', { source: { file: 'sources/x.txt', sha256: 'abc' } }],
    ['clauses.0.id', { clauses: [{ id: 'section 3', kind: 'heading', number: null, label: '', depth: 1, parent: null }] }],
  ])('rejects a bad %s', (field, patch) => {
    const r = DocumentSchema.safeParse({ ...meta, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe(field);
  });
});
