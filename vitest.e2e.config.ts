import { defineConfig } from 'vitest/config';

/** Browser tests: real headless Chromium (Debian's) against the built site served locally. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false
  }
});
