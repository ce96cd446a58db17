/** A walkthrough transition: from an answer's tap to the next question drawn, in Chromium. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/chromium.ts';
import { dist, preview } from './common.ts';
import { readOutcomes } from '../../src/opendata/schemas.ts';

export interface Transition {
  path: string | null;
  /** Each run's time from the tap to the next question drawn (ms). */
  runs: number[];
  median: number | null;
  error?: string;
}

/** The first question page of a walkthrough that asks two questions in a row (from the open data). */
function twoQuestionPage(): string | null {
  const file = join(dist, 'data/walkthroughs.json');
  if (!existsSync(file)) return null;
  const outcomes = readOutcomes((path) => JSON.parse(readFileSync(join(dist, path), 'utf8')));
  const two = outcomes.find((o) => Object.keys(o.answers).length >= 2);
  return two ? two.url.split('/').slice(0, 5).join('/') + '/' : null;
}

export async function measureTransition(): Promise<Transition> {
  const path = twoQuestionPage();
  if (!path) return { path, runs: [], median: null, error: 'no walkthrough asks two questions in a row' };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const runs: number[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' })).newPage();
    for (let i = 0; i < 7; i++) {
      await page.goto(`${preview.origin}${path}`);
      await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' }); // hydrated
      runs.push(
        await page.evaluate(
          () =>
            new Promise<number>((done) => {
              const before = document.querySelector('.walk-ask h1')?.textContent;
              const t0 = performance.now();
              const seen = new MutationObserver(() => {
                if (document.querySelector('.walk-ask h1')?.textContent !== before) {
                  seen.disconnect();
                  done(performance.now() - t0);
                }
              });
              seen.observe(document.body, { subtree: true, childList: true, characterData: true });
              document.querySelector<HTMLAnchorElement>('.walk-option')!.click();
            }),
        ),
      );
    }
  } catch (e) {
    return { path, runs, median: null, error: (e as Error).message.split('\n')[0] };
  } finally {
    await browser.close();
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { path, runs, median: sorted[Math.floor(sorted.length / 2)]! };
}
