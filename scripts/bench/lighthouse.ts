/** Lighthouse (mobile, all four categories), optional: --lighthouse, --lighthouse-runs=N. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/chromium.ts';
import { preview, root } from './common.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The timings behind the performance score, shown so a score below 100 says why. */
export const LIGHTHOUSE_METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

export interface LighthouseScore {
  path: string;
  run: number;
  scores: Partial<Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number | null>>;
  metrics: Partial<Record<keyof typeof LIGHTHOUSE_METRICS, string>>;
  error?: string;
}

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { displayValue?: string }>;
}

export function lighthouse(paths: string[], runs: number): LighthouseScore[] {
  const local = join(root, 'node_modules/.bin/lighthouse');
  const [cmd, pre] = existsSync(local) ? [local, []] : ['npx', ['-y', 'lighthouse@13.5.0']];
  const chrome = chromiumPath() ?? chromium.executablePath();
  const out: LighthouseScore[] = [];
  for (const path of paths) {
    for (let run = 1; run <= runs; run++) {
      console.log(`Lighthouse (mobile) ${path}${runs > 1 ? ` run ${run}/${runs}` : ''} …`);
      const r = spawnSync(
        cmd,
        [
          ...pre,
          `${preview.origin}${path}`,
          `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
        ],
        { cwd: root, encoding: 'utf8', env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
      );
      const base = { path, run, scores: {}, metrics: {} };
      if (r.status !== 0) {
        out.push({ ...base, error: (r.stderr || '').trim().split('\n').slice(-3).join(' ') });
        continue;
      }
      try {
        const lhr = JSON.parse(r.stdout) as LighthouseReport;
        const score = (k: string) => (lhr.categories[k]?.score == null ? null : Math.round(lhr.categories[k]!.score! * 100));
        out.push({
          ...base,
          scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((k) => [k, score(k)])),
          metrics: Object.fromEntries(Object.entries(LIGHTHOUSE_METRICS).map(([k, id]) => [k, lhr.audits[id]?.displayValue ?? '-'])),
        });
      } catch (e) {
        out.push({ ...base, error: `unreadable report: ${(e as Error).message}` });
      }
    }
  }
  return out;
}
