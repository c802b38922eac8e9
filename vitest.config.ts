import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    // Resolves Postgres/Redis once and provides their URLs (see docs/testing.md).
    globalSetup: ['packages/testkit/src/global-setup.ts'],
    // Forks: tests spawn servers and hold native sockets; two workers fit a 2-core box with DB-heavy tests.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    // Read by scripts/bootstrap.mjs for the final "Tests: N passed, M failed" line.
    outputFile: { json: '.vitest-results.json' },
  },
});
