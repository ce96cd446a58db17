import { defineConfig } from 'vitest/config';

// The add-document test builds a scratch copy of the site and runs the unit tests there: minutes,
// so it is its own run (npm run test:add-document, part of npm test), not part of the unit tests.
export default defineConfig({
  test: {
    include: ['tests/add-document/**/*.test.ts'],
    testTimeout: 40 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});
