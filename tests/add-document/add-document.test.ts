/**
 * Issue 16, item 5: a maintainer adds a document with the command, in a scratch copy of the
 * project. The document is synthetic: 龙里's text with its places renamed (龙里 → 青柘, a county
 * that does not exist), every sentence kept. The test follows docs/adding-a-document.md: the
 * command, the checks' first findings, the corrections declared, the catalogue written (龙里's,
 * renamed), then one `astro build` and the whole unit suite, which must pass with one document more.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegistry, sha256 } from '../../src/documents/registry.ts';

const ID = 'qingzhe-2017';
const rename = (text: string) => text.replaceAll('longli-2017', ID).replaceAll('龙里', '青柘');
const project = process.cwd();
/** The number the new source takes under the naming rule: the next after every registered one (000, 001 …). */
const NEXT = String(readRegistry(project).entries.length).padStart(3, '0');
let root = '';

/** Runs a command in the scratch copy; its output, and its exit status. */
function sh(command: string, args: string[]): { status: number | null; out: string } {
  const { SITE_URL: _, ...env } = process.env; // built as CI's main build is: no public address
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
const node = (script: string, ...args: string[]) => sh(process.execPath, [script, ...args]);
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(join(root, file), text);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'add-document-'));
  // The project as committed and as edited (tracked and new files, not what .gitignore leaves out).
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: project, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of files.filter((f) => existsSync(join(project, f)))) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    cpSync(join(project, f), join(root, f));
  }
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  write('qingzhe.txt', rename(readFileSync(join(project, 'sources/004_6e70975b137af560.txt'), 'utf8')));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('npm run add-document, then the guide, in a scratch copy', () => {
  it('adds the source under the naming rule, registers it, drafts the meta and lists what is left', () => {
    const added = node('scripts/add-document.ts', 'qingzhe.txt', '--id', ID);
    expect(added.status, added.out).toBe(0);
    const bytes = readFileSync(join(root, 'qingzhe.txt'));
    const name = `${NEXT}_${sha256(bytes).slice(0, 16)}.txt`;
    expect(readdirSync(join(root, 'sources'))).toContain(name);
    expect(readFileSync(join(root, 'sources', name)).equals(bytes)).toBe(true);
    expect(read('sources/registry.yaml')).toContain(`- { file: sources/${name}, id: ${ID}, sha256: ${sha256(bytes)}`);
    const meta = read(`sources/${ID}.meta.yaml`);
    expect(meta).toMatch(/^title: 青柘县“合力监护、相伴成长”专项行动暨留守儿童困境儿童留守老人关爱救助工作实施方案（试行）$/m);
    expect(meta).toMatch(/^issuer: 青柘县人民政府办公室$/m);
    expect(meta).toMatch(/^dates: \{ signed: "?2017-02-14"?, published: null, asPrinted: 2017年2月14日 \}$/m);
    expect(meta).toMatch(/^# REVIEW: .*\nregion: \{ province: null, city: null, county: 青柘县 \}$/m);
    expect(read(`src/content/duties/${ID}.yaml`)).toMatch(/^\[\]$/m);
    // The checks ran: the text sends readers to 附件1, whose list is to be declared; then the rest, in order.
    expect(added.out).toMatch(/1\. Fix what the checks found[\s\S]*cites 附件1[\s\S]*\n2\. Check the meta[\s\S]*\n3\. Read the compiled document/);
    expect(added.out).toMatch(/10\. npm test/);
    expect(added.out).not.toMatch(/git checkout/);
  });

  it('refuses the same text or id twice', () => {
    const again = node('scripts/add-document.ts', 'qingzhe.txt', '--id', 'qingzhe-2018');
    expect(again.status).toBe(1);
    expect(again.out).toMatch(new RegExp(`already registered, as sources/${NEXT}_`));
  });

  it('with the corrections declared it compiles; the empty catalogue does not pass silently', () => {
    write(`sources/${ID}.corrections.yaml`, rename(read('sources/longli-2017.corrections.yaml')));
    const compiled = node('scripts/compile-documents.ts');
    expect(compiled.status, compiled.out).toBe(0);
    const checked = node('scripts/check-duties.ts');
    expect(checked.status, checked.out).toBe(0);
    expect(checked.out).toMatch(new RegExp(`warning: ${ID}: (\\d+) of \\1 sentences not yet catalogued \\(no entries yet: its duty file is empty\\)`));
    const coverage = node('scripts/coverage-report.ts', '--summary');
    expect(coverage.status, coverage.out).toBe(1);
  });

  it('catalogued (龙里\'s entries, renamed), it builds, and every unit test passes with one document more', () => {
    for (const dir of ['duties', 'coverage', 'designations']) {
      write(`src/content/${dir}/${ID}.yaml`, rename(read(`src/content/${dir}/longli-2017.yaml`)));
    }
    const coverage = node('scripts/coverage-report.ts', '--summary');
    expect(coverage.status, coverage.out).toBe(0);
    expect(coverage.out).not.toMatch(/not yet catalogued/);
    const built = sh(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
    expect(built.status, built.out.slice(-4000)).toBe(0);
    expect(readdirSync(join(root, 'dist/documents'))).toContain(ID);
    const fixture = node('scripts/search-fixture.ts');
    expect(fixture.status, fixture.out).toBe(0);
    const unit = sh(process.execPath, ['node_modules/vitest/vitest.mjs', 'run']);
    expect(unit.status, unit.out.slice(-6000)).toBe(0);
  });
});
