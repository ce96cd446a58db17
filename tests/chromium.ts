/**
 * Which Chromium the browser tests and the benchmark drive, and how it is started.
 * Playwright's own browser cannot be downloaded on these machines, so Debian's is the default;
 * CHROMIUM_PATH overrides it.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // No browser registry entry: fall through to the system Chromium.
  }
  if (bundled && existsSync(bundled)) return undefined;
  if (!existsSync('/usr/bin/chromium')) {
    // Say what to do, rather than letting every test fail on a missing executable.
    throw new Error('No Chromium for the browser tests: run `apt-get install chromium fonts-wqy-microhei` (as .ci/run does), or set CHROMIUM_PATH.');
  }
  return '/usr/bin/chromium';
}

/** Quiet on a closed network: no background fetches, updates, sync or first-run pages. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
