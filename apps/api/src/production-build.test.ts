import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '@dispatch/db';
import { createTestDatabase, testServices, type TestDatabase } from '@dispatch/testkit';
import { freePort, sleep } from './test/realtime-support';

/**
 * Issue 9 item 3: the API and the CLI run from the compiled bundles (`node dist/main.js`), with no tsx and no
 * TypeScript source loaded. The build itself fails when a bundle imports a package its app does not declare
 * as a production dependency (scripts/build-node-app.mjs).
 */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);
let database: TestDatabase;
let api: ChildProcess | undefined;
let apiOutput = '';

/** Builds an app into its own dist/ (the bundle resolves npm packages from the app's node_modules). */
const buildApp = (app: string) =>
  run(process.execPath, ['scripts/build-node-app.mjs', app], { cwd: REPO_ROOT, timeout: 120_000 });

beforeAll(async () => {
  database = await createTestDatabase(testServices().adminDatabaseUrl);
  const [apiBuild, cliBuild] = await Promise.all([buildApp('apps/api'), buildApp('apps/cli')]);
  expect(apiBuild.stdout).toContain('apps/api/dist/main.js');
  expect(cliBuild.stdout).toContain('apps/cli/dist/main.js');
}, 180_000);
afterAll(async () => {
  if (api && api.exitCode === null) {
    const exited = new Promise((resolve) => api!.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  }
  await database?.drop();
});

describe('production build', () => {
  it('runs the compiled CLI: --help, and platform migrations from the migrations copied beside the bundle', async () => {
    for (const folder of ['migrations', 'tenant-templates'])
      expect(existsSync(`${REPO_ROOT}apps/cli/dist/${folder}`)).toBe(true);
    const help = await run(process.execPath, ['apps/cli/dist/main.js', '--help'], { cwd: REPO_ROOT });
    expect(help.stdout).toContain('Usage: dispatch-admin');
    expect(help.stdout).toContain('tenants');

    const migrated = await run(
      process.execPath,
      ['apps/cli/dist/main.js', 'platform', 'migrate', '--database-url', database.adminUrl],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH }, timeout: 60_000 },
    );
    expect(migrated.stdout + migrated.stderr).not.toContain('tsx');
    const pool = createPool(database.adminUrl, { max: 1 });
    try {
      const { rows } = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM platform.schema_migrations',
      );
      expect(rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await pool.end();
    }
  });

  it('starts the compiled API in production mode: /api/health answers and /api/ready reaches Postgres and Redis', async () => {
    const port = await freePort();
    api = spawn(process.execPath, ['apps/api/dist/main.js'], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        METRICS_PORT: '0',
        DATABASE_URL: database.appUrl,
        REDIS_URL: testServices().redisUrl,
        PLATFORM_OIDC_ISSUER: 'https://issuer.invalid/platform',
        BASE_DOMAIN: 'build.test',
        SECRETS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout!.on('data', (chunk: Buffer) => (apiOutput += chunk.toString()));
    api.stderr!.on('data', (chunk: Buffer) => (apiOutput += chunk.toString()));
    const deadline = Date.now() + 30_000;
    let health: Response | undefined;
    while (!health?.ok) {
      if (api.exitCode !== null) throw new Error(`the compiled API exited:\n${apiOutput}`);
      if (Date.now() > deadline) throw new Error(`the compiled API did not answer:\n${apiOutput}`);
      health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
      if (!health?.ok) await sleep(200);
    }
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { postgres: 'ok', redis: 'ok' } });
  });

  it('loads the S3 SDK and node-vault only when something uses them: the bundle imports them on first use', async () => {
    const bundle = await readFile(`${REPO_ROOT}apps/api/dist/main.js`, 'utf8');
    // What Node loads at start: every static import of the bundle (esbuild hoists them to `import … from "…"`).
    const loadedAtStart = [...bundle.matchAll(/^import\s(?:[^;]*?\sfrom\s)?"([^"]+)";/gm)].map((m) => m[1]!);
    expect(loadedAtStart).toContain('pg');
    expect(loadedAtStart.filter((name) => name.startsWith('@aws-sdk/') || name === 'node-vault')).toEqual([]);
    for (const lazy of [
      '@aws-sdk/client-s3',
      '@aws-sdk/lib-storage',
      '@aws-sdk/s3-presigned-post',
      'node-vault',
    ])
      expect(bundle).toContain(`import("${lazy}")`);
  });

  it('refuses to start with every configuration problem listed, one per line', async () => {
    const failed = await run(process.execPath, ['apps/api/dist/main.js'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: 'eighty' },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    const lines = failed!.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Invalid configuration \(\d+ problems\):$/);
    for (const variable of [
      'DATABASE_URL',
      'PORT',
      'REDIS_URL',
      'PLATFORM_OIDC_ISSUER',
      'SECRETS_ENCRYPTION_KEY',
    ])
      expect(lines.some((line) => line.startsWith(`  ${variable} `))).toBe(true);
  });
});
