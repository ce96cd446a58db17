/**
 * The synthetic library of npm run scale: a scratch copy of the project (outside it, in
 * os.tmpdir()) whose sources hold N documents, the five real ones and copies of them. Copy k of a
 * real document gets its own id, places and title: its county, city and province names (and their
 * stems: 龙里 as well as 龙里县) are renamed in one pass through every file of the document (source,
 * meta, corrections, duties, coverage, designations), so its quotes, anchors and coverage stay
 * true to its text, and its text differs from every other copy's (the search index does not fold
 * them into one). The copies are then compiled with `npm run compile`'s script, and the library passes
 * the build's checks like the real one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { readRegistry, REGISTRY_FILE, sha256 } from '../../src/documents/registry.ts';
import { sourceFileName } from '../../src/documents/source-name.ts';
import { COVERAGE_DIR, DESIGNATIONS_DIR, DUTIES_DIR } from '../../src/duties/files.ts';
import { place } from './names.ts';

/** What a real document's region says (its meta), the names a copy renames. */
interface Region {
  province: string | null;
  city: string | null;
  county: string | null;
}

/** The administrative ending of a place name: what stays when the place is renamed (龙里县 → 岚枫县). */
const ENDING = /(布依族苗族自治州|自治州|自治区|省|市|县|州)$/;

/** A copy's names: k-th county and city, and one of 28 provinces (a real library has about 31). */
export function copyPlaces(k: number) {
  return { county: place(2 * k).name, city: place(2 * k + 1).name, province: place(2000 + (k % 28)).name, pinyin: place(2 * k).pinyin };
}

/**
 * The renaming of one real document into copy k: [old, new] pairs, longest first, applied in one
 * pass (a new name is never renamed again). A full name keeps its own ending where it has a
 * one-character stem (泗县 → 岚枫县); a province or city becomes 省 or 市.
 */
export function renamingFor(id: string, region: Region, k: number): { id: string; pairs: [string, string][] } {
  const names = copyPlaces(k);
  const pairs: [string, string][] = [];
  const add = (full: string | null, name: string, ending: string) => {
    if (!full) return;
    pairs.push([full, `${name}${ending}`]);
    const stem = full.replace(ENDING, '');
    if (stem.length >= 2 && stem !== full) pairs.push([stem, name]);
  };
  add(region.county, names.county, '县');
  add(region.city, names.city, '市');
  add(region.province, names.province, '省');
  // The township template names no place: its title names a township (乡镇 → 岚枫乡).
  if (!region.county && !region.city) {
    pairs.push(['乡镇关爱留守儿童工作计划范文', `${names.county}乡关爱留守儿童工作计划范文`], ['乡镇工作计划范本', `${names.county}乡工作计划范本`]);
  }
  const year = /-(\d{4})$/.exec(id)?.[1];
  const copyId = year ? `${names.pinyin}-${year}` : `${names.pinyin}-${id.split('-')[0]}`;
  pairs.push([id, copyId]);
  return { id: copyId, pairs: pairs.sort((a, b) => b[0].length - a[0].length) };
}

export function rename(text: string, pairs: readonly [string, string][]): string {
  if (!pairs.length) return text;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const to = new Map(pairs);
  return text.replace(new RegExp(pairs.map(([from]) => escape(from)).join('|'), 'g'), (m) => to.get(m)!);
}

/** The project's files as committed and edited (not what .gitignore leaves out), copied to `root`. */
function copyProject(project: string, root: string) {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: project, encoding: 'utf8' });
  if (listed.status !== 0) {
    // Not a git checkout (a scratch copy, as the add-document test makes): every file but what a build or install makes.
    cpSync(project, root, { recursive: true, filter: (src) => !/[\\/](node_modules|dist|\.astro|\.git)([\\/]|$)/.test(src.slice(project.length)) });
    symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
    return;
  }
  const files = listed.stdout.split('\0').filter(Boolean);
  for (const f of files.filter((f) => existsSync(join(project, f)))) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    cpSync(join(project, f), join(root, f));
  }
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
}

/** Adds copy k of the real document `id` to the library at `root`; its new id. */
export function addCopy(root: string, id: string, k: number): string {
  const metaFile = `sources/${id}.meta.yaml`;
  const metaText = readFileSync(join(root, metaFile), 'utf8');
  const meta = parse(metaText) as { title: string; region: Region; source: { file: string } };
  const { id: copyId, pairs } = renamingFor(id, meta.region, k);
  const bytes = Buffer.from(rename(readFileSync(join(root, meta.source.file), 'utf8'), pairs));
  const source = `sources/${sourceFileName(readdirSync(join(root, 'sources')), bytes)}`;
  writeFileSync(join(root, source), bytes);
  const registry = readFileSync(join(root, REGISTRY_FILE), 'utf8');
  writeFileSync(join(root, REGISTRY_FILE), `${registry}- { file: ${source}, id: ${copyId}, sha256: ${sha256(bytes)} }\n`);
  let copyMeta = rename(metaText, pairs).replace(meta.source.file, source);
  // A title that names no place (关于加强…的实施意见) is the same in every copy: the copy's own place leads it.
  const title = rename(meta.title, pairs);
  if (title === meta.title) copyMeta = copyMeta.replace(/^title: (.*)$/m, (_, t: string) => `title: ${copyPlaces(k).county}县${t}`);
  writeFileSync(join(root, `sources/${copyId}.meta.yaml`), copyMeta);
  writeFileSync(join(root, `sources/${copyId}.corrections.yaml`), rename(readFileSync(join(root, `sources/${id}.corrections.yaml`), 'utf8'), pairs));
  for (const dir of [DUTIES_DIR, COVERAGE_DIR, DESIGNATIONS_DIR]) {
    const file = join(root, dir, `${id}.yaml`);
    if (existsSync(file)) writeFileSync(join(root, dir, `${copyId}.yaml`), rename(readFileSync(file, 'utf8'), pairs));
  }
  return copyId;
}

/** Whether a registered document is a national law (its meta's level). */
const isNational = (root: string, id: string) => /^level: national$/m.test(readFileSync(join(root, `sources/${id}.meta.yaml`), 'utf8'));

/**
 * A scratch library of n local documents (n ≥ the real ones) beside the national laws: the project copied into a new folder of
 * os.tmpdir(), the real documents and n − 5 copies, round-robin over the real ones, compiled.
 */
export function makeLibrary(project: string, n: number): { root: string; ids: string[] } {
  const root = mkdtempSync(join(tmpdir(), `scale-${n}-`));
  copyProject(project, root);
  // The local documents are what the library grows by; the national laws stay the same seven beside them.
  const real = readRegistry(root).entries.map((e) => e.id).filter((id) => !isNational(root, id)).sort();
  const ids = [...real];
  for (let k = 0; ids.length < n; k++) ids.push(addCopy(root, real[k % real.length]!, k));
  // Compiled as a maintainer would (npm run compile, the one command that runs the compiler).
  const compiled = spawnSync(process.execPath, ['scripts/compile-documents.ts'], { cwd: root, encoding: 'utf8' });
  if (compiled.status !== 0) throw new Error(`scale: the copies did not compile: ${compiled.stdout}${compiled.stderr}`);
  return { root, ids };
}
