/**
 * Browser tests: one phone-sized Chromium project against the built site (`dist/`), served by
 * `npm run serve` (as `npm start` does). Run `npm run build` first (`npm test` does: unit tests, build, e2e).
 *
 * Chromium: Playwright's own download is used when it is installed; otherwise (as on these
 * machines, where `npx playwright install` cannot download) Debian's `chromium` package, or the
 * binary named by CHROMIUM_PATH, which always wins.
 * E2E_PORT moves the preview server off 4321 (e.g. when another project's preview holds it).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './tests/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4321);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // `list` prints every test and ends with the count summary ("N passed (Xs)").
  reporter: [['list'], ['./tests/outcomes/score-reporter.ts']],
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The offline service worker would download the whole site (~300 files) in every test's fresh
    // context; only tests/e2e/offline.spec.ts turns it on.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        launchOptions: {
          executablePath: chromiumPath(),
          args: CHROMIUM_FLAGS,
        },
      },
    },
  ],
  webServer: {
    // The built dist/ (no build here), served as `npm start` serves it (`serve` with serve.json,
    // configured like the intended host: its 404 page, redirects to the trailing slash), so the
    // tests see what readers see.
    command: 'npm run serve --silent',
    env: { PORT: String(port) },
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
