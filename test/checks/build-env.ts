/** What every test that builds a site builds it with. */

/** The sub-path every test site is built and served under, so that a link missing it breaks. */
export const TEST_BASE_PATH = '/budget/';

/**
 * A test worker's environment without Vite's own `import.meta.env` (BASE_URL=/, MODE=test, …),
 * which Vitest puts into `process.env`: passed on to a build, BASE_URL=/ would win over
 * BASE_PATH and every link would miss the base path.
 */
export function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL, MODE, DEV, PROD, SSR, ...rest } = env;
  return rest;
}
