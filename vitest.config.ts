// `npm test` runs both projects; `npm test -- --project unit` (or a path such as
// `npm exec -- vitest run test/ingest`) runs only what it selects, and a project's globalSetup
// runs only when one of its files is selected: the site is built only for test/site/.
// The browser tests have their own config (vitest.e2e.config.ts, npm run test:e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A guard against a hang, not a speed check: the CLI tests start Node and the property tests
    // read hundreds of texts, which takes over vitest's 5 s default on a busy 2-core machine.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          // Everything that needs no built site: ingest, schema, collections, open data,
          // the checkers on the fixture sites, the CLI scripts.
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/site/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          // The site tests read HTML built from the fixture records; built once per run.
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/global-setup.ts'],
        },
      },
    ],
  },
});
