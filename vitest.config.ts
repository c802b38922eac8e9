import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Forks: tests spawn servers and hold native sockets; two workers fit a 2-core box with DB-heavy tests.
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', 'json'],
    // Read by scripts/bootstrap.mjs for the final "Tests: N passed, M failed" line.
    outputFile: { json: '.vitest-results.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'apps/*/src/**/*.test.ts',
            'packages/*/src/**/*.test.ts',
            'test/**/*.test.ts',
            // The web app's check that its committed API types match what the API serves.
            'apps/web/test/**/*.test.ts',
          ],
          // The web app's own component tests run in the jsdom project below.
          exclude: ['**/node_modules/**', 'apps/web/src/**'],
          // Resolves Postgres/Redis once and provides their URLs (see docs/testing.md).
          globalSetup: ['packages/testkit/src/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      'apps/web/vitest.config.ts',
    ],
  },
});
