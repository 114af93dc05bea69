import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // The site tests read HTML built from the fixture records; built once per run.
    globalSetup: ['test/site/global-setup.ts'],
  },
});
