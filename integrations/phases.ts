/**
 * Times the build's phases and logs each one (`[phases] CSS pruning: 12.3 s, CPU 11.8 s`), so
 * `npm run bench` can report where a build's time goes: the input checks, Astro's bundling and
 * rendering of the pages, then each integration that rewrites dist/ (CSS pruning, the policy,
 * Pagefind, the service worker). CPU is this process's (user + system); a phase that runs a
 * child process (Pagefind's binary) spends some of its CPU outside it.
 */
import type { AstroIntegration } from 'astro';

/** The phase each integration's hook is, by integration name and hook. */
const PHASES: Record<string, Record<string, string>> = {
  'input-checks': { 'astro:config:setup': 'input checks' },
  'finish-pages': { 'astro:build:done': 'CSS pruning and CSP' },
  'pagefind-index': { 'astro:build:done': 'Pagefind' },
  offline: { 'astro:build:done': 'service worker' },
};

/** The log line's form, which scripts/bench/build.ts reads back. */
export const PHASE_LINE = /\[phases\] (.+?): ([\d.]+) s, CPU ([\d.]+) s/g;

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function line(phase: string, t0: number, c0: number): string {
  return `${phase}: ${seconds(performance.now() - t0)} s, CPU ${seconds(cpuNow() - c0)} s`;
}

/** The integrations with their phases timed, and Astro's own part (bundle and render) between them. */
export function timePhases(integrations: AstroIntegration[]): AstroIntegration[] {
  const timed = integrations.map((integration) => {
    const phases = PHASES[integration.name] ?? {};
    const hooks = { ...integration.hooks } as Record<string, (options: unknown) => unknown>;
    for (const [hook, phase] of Object.entries(phases)) {
      const run = hooks[hook];
      if (!run) continue;
      hooks[hook] = async (options) => {
        const t0 = performance.now();
        const c0 = cpuNow();
        await run(options);
        // Each hook's logger names its own integration: the console gives every phase one prefix.
        console.log(`[phases] ${line(phase, t0, c0)}`);
      };
    }
    return { ...integration, hooks } as AstroIntegration;
  });
  let t0 = 0;
  let c0 = 0;
  const astro: AstroIntegration = {
    name: 'phases',
    hooks: {
      'astro:build:start': () => {
        t0 = performance.now();
        c0 = cpuNow();
      },
      'astro:build:generated': () => console.log(`[phases] ${line('astro bundle and render', t0, c0)}`),
    },
  };
  return [...timed, astro];
}
