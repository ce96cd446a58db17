/**
 * npm run scale -- 5 20 100 [--keep] [--json <file>]
 *
 * For each N: a synthetic library of N documents (scripts/scale/library.ts: the real ones and
 * renamed copies, in a scratch copy of the project in os.tmpdir()), built with `astro build` under
 * /usr/bin/time (CPU = user + system of every process of the build, peak memory = the largest
 * resident set of any of them), then weighed (scripts/scale/measure.ts). Prints a markdown table
 * with the budgets of issue 16 and writes every figure as JSON (bench/out/scale.json unless
 * --json). --keep leaves the scratch libraries (their paths are printed). A run at 100 takes long
 * on a shared 2-core machine: start it with nohup.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PHASE_LINE } from '../integrations/phases.ts';
import { makeLibrary } from './scale/library.ts';
import type { Weights } from './scale/measure.ts';
import { table, type ScaleRun } from './scale/table.ts';

const project = process.cwd();
const argv = process.argv.slice(2);
const jsonFile = argv.includes('--json') ? argv[argv.indexOf('--json') + 1]! : join(project, 'bench/out/scale.json');
const sizes = argv.filter((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--json').map(Number);
if (!sizes.length) {
  console.error('scale: say how many documents, e.g. npm run scale -- 5 20 100');
  process.exit(1);
}
const USAGE = /^SCALE-USAGE ([\d.]+) ([\d.]+) (\d+)$/m;

const runs: ScaleRun[] = [];
for (const n of sizes) {
  const { root, ids } = makeLibrary(project, n);
  console.log(`scale: ${n} documents in ${root} (its build.log shows the build as it goes) …`);
  const { SITE_URL: _, ...env } = process.env; // as CI's main build: no public address
  const t0 = performance.now();
  // The build's log goes to a file in the library (build.log), to follow a long run as it goes.
  const log = join(root, 'build.log');
  const out = openSync(log, 'w');
  const built = spawnSync('/usr/bin/time', ['-f', 'SCALE-USAGE %U %S %M', '-a', '-o', log, process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env, stdio: ['ignore', out, out] });
  closeSync(out);
  const wallSeconds = (performance.now() - t0) / 1000;
  const text = readFileSync(log, 'utf8');
  const usage = USAGE.exec(text);
  if (built.status !== 0 || !usage) {
    console.error(`${text.slice(-6000)}\nscale: the build of ${n} documents failed (exit ${built.status}); the library is at ${root}`);
    process.exit(1);
  }
  const phases = [...text.matchAll(PHASE_LINE)].map((m) => ({ name: m[1]!, seconds: Number(m[2]), cpuSeconds: Number(m[3]) }));
  const weighed = spawnSync(process.execPath, [join(project, 'scripts/scale/measure.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (weighed.status !== 0) {
    console.error(`${weighed.stderr}\nscale: weighing ${n} documents failed; the library is at ${root}`);
    process.exit(1);
  }
  const weights = JSON.parse(weighed.stdout.trim().split('\n').pop()!) as Weights;
  const cpuSeconds = Number(usage[1]) + Number(usage[2]);
  runs.push({ documents: ids.length, cpuSeconds, wallSeconds, peakMemoryMB: Number(usage[3]) / 1024, phases, ...weights });
  console.log(`scale: ${n} documents: CPU ${cpuSeconds.toFixed(0)} s, wall ${wallSeconds.toFixed(0)} s, ${weights.pages} pages${argv.includes('--keep') ? `; kept at ${root}` : ''}`);
  if (!argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify({ date: new Date().toISOString(), runs }, null, 2)}\n`);
}
console.log(`\n${table(runs)}\n\nWrote ${relative(project, jsonFile)}`);
