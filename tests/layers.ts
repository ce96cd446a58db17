/**
 * The direction of imports across src/: documents → clauses → duties → walkthroughs → pages,
 * never backwards. A layer may import its own files and any layer before it; glossary.ts,
 * urls.ts, explanations.ts and once.ts are shared by all and import no layer. Every code file of src/ must sit in a layer,
 * so a new folder is placed on purpose. Nor sideways: only the compile script and the input checks
 * run the compiler; everything else reads the committed documents through src/clauses/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

/** The layers in order; a path prefix (relative to the root, ending in / for a folder) places a file. */
export const LAYERS: readonly { name: string; paths: readonly string[] }[] = [
  { name: 'shared', paths: ['src/glossary.ts', 'src/facts.ts', 'src/urls.ts', 'src/explanations.ts', 'src/once.ts'] },
  { name: 'documents', paths: ['src/documents/'] },
  { name: 'clauses', paths: ['src/clauses/'] },
  { name: 'duties', paths: ['src/duties/'] },
  { name: 'walkthroughs', paths: ['src/machines/', 'src/walkthroughs/'] },
  {
    name: 'pages',
    paths: ['src/pages/', 'src/components/', 'src/layouts/', 'src/scripts/', 'src/search/', 'src/offline/', 'src/opendata/', 'src/styles/', 'src/content.config.ts'],
  },
];

const CODE = /\.(ts|tsx|mts|js|mjs|astro)$/;

/** The layer index of a path relative to the root, or -1 when it is in none. */
export function layerOf(path: string): number {
  return LAYERS.findIndex((l) => l.paths.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p)));
}

/** The module specifiers a file imports: static imports, re-exports, side-effect and dynamic imports. */
export function importsOf(text: string): string[] {
  const specs: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) specs.push(m[1]!);
  return specs;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

export interface Violation {
  file: string;
  imports: string;
  problem: string;
}

/** Every import under root/src that points backwards, and every code file outside the layers. */
export function layerViolations(root: string): Violation[] {
  const out: Violation[] = [];
  for (const abs of walk(join(root, 'src')).filter((f) => CODE.test(f))) {
    const file = relative(root, abs).split(sep).join(posix.sep);
    const from = layerOf(file);
    if (from < 0) {
      out.push({ file, imports: '', problem: 'is in no layer: add its folder to LAYERS in tests/layers.ts' });
      continue;
    }
    for (const spec of importsOf(readFileSync(abs, 'utf8'))) {
      if (!spec.startsWith('.')) continue; // packages and astro: virtual modules
      const target = relative(root, join(dirname(abs), spec)).split(sep).join(posix.sep);
      const to = layerOf(target);
      if (to > from) out.push({ file, imports: target, problem: `${LAYERS[from]!.name} imports ${LAYERS[to]!.name}, a later layer` });
      else if (to < 0 && target.startsWith('src/')) out.push({ file, imports: target, problem: 'imports a file in no layer' });
    }
  }
  return out;
}

/** The compiler: the compile folder, its driver (reads sources/ and compiles) and its writer. */
export const COMPILER: readonly string[] = ['src/documents/compile/', 'src/documents/sources.ts', 'src/documents/write.ts'];

/**
 * What may run the compiler: the compile script, the add-document command (it compiles a new
 * source into its first committed document), and the input checks that compare the committed
 * documents with a fresh compile (the build's, and the same checks alone). Tests may too (not scanned).
 */
export const RUNS_COMPILER: readonly string[] = ['scripts/compile-documents.ts', 'scripts/add-document.ts', 'scripts/check-duties.ts', 'integrations/checks.ts', 'src/documents/committed.ts'];

const inList = (list: readonly string[], path: string) => list.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));

/**
 * Every file of src/, integrations/ and scripts/ that reaches the compiler, directly or through
 * other files, without being allowed to: the chain of imports is the problem's text.
 */
export function compilerImports(root: string): Violation[] {
  const files = ['src', 'integrations', 'scripts'].flatMap((d) => walk(join(root, d))).filter((f) => CODE.test(f));
  const graph = new Map<string, string[]>();
  for (const abs of files) {
    const file = relative(root, abs).split(sep).join(posix.sep);
    const targets = importsOf(readFileSync(abs, 'utf8')).filter((s) => s.startsWith('.')).map((s) => relative(root, join(dirname(abs), s)).split(sep).join(posix.sep));
    graph.set(file, targets);
  }
  /** The shortest chain of imports from a file into the compiler, or null. */
  const chainFrom = (file: string): string[] | null => {
    const seen = new Set([file]);
    let paths = [[file]];
    while (paths.length) {
      const next: string[][] = [];
      for (const path of paths) {
        for (const t of graph.get(path.at(-1)!) ?? []) {
          if (inList(COMPILER, t)) return [...path, t];
          if (!seen.has(t)) {
            seen.add(t);
            next.push([...path, t]);
          }
        }
      }
      paths = next;
    }
    return null;
  };
  return [...graph.keys()].sort().flatMap((file) => {
    if (inList(COMPILER, file) || inList(RUNS_COMPILER, file)) return [];
    const chain = chainFrom(file);
    return chain ? [{ file, imports: chain.at(-1)!, problem: `runs the compiler (${chain.join(' → ')}): read the committed documents through src/clauses/ (read.ts)` }] : [];
  });
}

/**
 * Addresses written by hand outside src/urls.ts: an href or form action starting with "/", or a
 * string starting with one of the site's sections. Comments are skipped; static assets are not
 * addresses of pages (favicon.svg).
 */
const HAND_BUILT = /(?:href|action)=["']\/(?![^"']*\.svg["'])|[`'"]\/(?:documents|roles|compare|deadlines|search|walkthroughs|parents|training|data)\//;

export function handBuiltAddresses(root: string): string[] {
  return walk(join(root, 'src'))
    .filter((f) => CODE.test(f))
    .map((abs) => relative(root, abs).split(sep).join(posix.sep))
    .filter((file) => file !== 'src/urls.ts')
    .flatMap((file) => readFileSync(join(root, file), 'utf8').split('\n').flatMap((line, i) =>
      !/^\s*(\*|\/\/|\/\*)/.test(line) && HAND_BUILT.test(line) ? [`${file}:${i + 1}`] : []));
}
