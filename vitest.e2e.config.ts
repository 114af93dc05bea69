// Browser tests and quality gates on the built site (npm run test:e2e).
// globalSetup builds the site under /budget/, serves it on 127.0.0.1 and starts Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // One file at a time: the machine has 2 cores and Chromium is shared; parallel
    // files would only make timings (and the byte budget's network log) noisier.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
