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
  return bundled && existsSync(bundled) ? undefined : '/usr/bin/chromium';
}

/** Quiet on a closed network: no background fetches, updates, sync or first-run pages. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
