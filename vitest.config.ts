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
            // The bench scenarios at a tiny scale (no timing asserted).
            'bench/**/*.test.ts',
            // The web app's check that its committed API types match what the API serves.
            'apps/web/test/**/*.test.ts',
          ],
          // The web app's own component tests run in the jsdom project below, browser tests in their own.
          exclude: ['**/node_modules/**', 'apps/web/src/**', 'apps/e2e/**', '**/*.s3.test.ts'],
          // Resolves Postgres/Redis once and provides their URLs (see docs/testing.md).
          globalSetup: ['packages/testkit/src/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Tests against a real S3 server: Ceph RGW started once for the run (only when such a file runs).
          name: 's3',
          include: ['apps/*/src/**/*.s3.test.ts', 'packages/*/src/**/*.s3.test.ts'],
          globalSetup: ['packages/testkit/src/global-setup.ts', 'packages/testkit/src/object-store.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      'apps/web/vitest.config.ts',
      {
        extends: true,
        test: {
          // Debian's Chromium driven by playwright-core against the stack npm start runs (apps/e2e).
          name: 'browser',
          include: ['apps/e2e/src/**/*.browser.test.ts'],
          globalSetup: ['packages/testkit/src/global-setup.ts', 'apps/e2e/src/web-build.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
