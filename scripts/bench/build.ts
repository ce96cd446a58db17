/**
 * The build, timed: wall time, CPU time (user + system, from /usr/bin/time where the machine has
 * it, since the build's own processes are children of npm) and peak memory, and each phase as
 * the build logs it (integrations/phases.ts): input checks, Astro's bundling and rendering, CSS
 * pruning, the policy, Pagefind, the service worker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PHASE_LINE } from '../../integrations/phases.ts';
import { args, dist, fail, root } from './common.ts';

export interface Phase {
  name: string;
  seconds: number;
  cpuSeconds: number;
}

export interface BuildTime {
  seconds: number;
  /** User + system CPU of the build and every process it started, when /usr/bin/time is there. */
  cpuSeconds: number | null;
  peakMemoryMB: number | null;
  phases: Phase[];
}

const TIME = '/usr/bin/time';
/** What /usr/bin/time -f writes last on stderr: user, system, max resident KB. */
const USAGE = /^BENCH-USAGE ([\d.]+) ([\d.]+) (\d+)$/m;

/** Runs `npm run build` and times it; null with --no-build (dist/ as it is). */
export function build(): BuildTime | null {
  if (args.has('--no-build')) {
    if (!existsSync(join(dist, 'index.html'))) fail('dist/ is missing: run without --no-build, or `npm run build` first');
    return null;
  }
  console.log('Building (npm run build) …');
  const timed = existsSync(TIME);
  const [cmd, cmdArgs] = timed ? [TIME, ['-f', 'BENCH-USAGE %U %S %M', 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
  const t0 = performance.now();
  const r = spawnSync(cmd, cmdArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    fail(`npm run build failed (exit ${r.status})`);
  }
  const usage = USAGE.exec(r.stderr ?? '');
  const phases = [...(r.stdout ?? '').matchAll(PHASE_LINE)].map((m) => ({ name: m[1]!, seconds: Number(m[2]), cpuSeconds: Number(m[3]) }));
  return {
    seconds,
    cpuSeconds: usage ? Number(usage[1]) + Number(usage[2]) : null,
    peakMemoryMB: usage ? Number(usage[3]) / 1024 : null,
    phases,
  };
}
