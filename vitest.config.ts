import { defineConfig } from 'vitest/config';

/**
 * Three projects: pure unit tests; the API suites on embedded PGlite (always); and the same API suites on a
 * real PostgreSQL server when TEST_DATABASE_URL is set. In CI a missing TEST_DATABASE_URL is an error, not a skip.
 */
const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) {
  if (process.env.CI) throw new Error('TEST_DATABASE_URL is not set: the real-PostgreSQL suites cannot run in CI.');
  console.warn('\n  TEST_DATABASE_URL is not set: running the API suites on PGlite only (not on PostgreSQL).\n');
}

const api = (name: string, driver: 'pglite' | 'postgres', extra: string[]) => ({
  test: {
    name,
    include: ['tests/api/**/*.test.ts', ...extra],
    env: { TEST_DB: driver },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['server/**/*.test.ts', 'web/**/*.test.ts', 'tests/unit/**/*.test.ts'] } },
      api('api-pglite', 'pglite', ['tests/process/**/*.test.ts']),
      ...(postgresUrl ? [api('api-postgres', 'postgres', ['tests/postgres/**/*.test.ts'])] : []),
    ],
  },
});
