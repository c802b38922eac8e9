import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The API's own test context (a fresh database, issuers, Redis): the CLI is tested against the real server.
import { createApiTestContext, type ApiTestContext } from '@dispatch/api/testing';
import { cli } from '../test/cli-harness';

let ctx: ApiTestContext;
let exportDir: string;
let env: Record<string, string>;
const run = (...argv: string[]) => cli(argv, { env });

beforeAll(async () => {
  exportDir = await mkdtemp(join(tmpdir(), 'dispatch-cli-api-exports-'));
  ctx = await createApiTestContext({ TENANT_EXPORT_DIR: exportDir });
  // Platform routes answer on any host, so the bare listening address will do.
  const url = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  env = { DISPATCH_API_URL: url, DISPATCH_TOKEN: await ctx.platformToken() };
});
afterAll(async () => {
  await ctx?.close();
  if (exportDir) await rm(exportDir, { recursive: true, force: true });
});

describe('dispatch-admin in API mode', () => {
  it('runs the tenant lifecycle and migrations over HTTP', async () => {
    const created = await run(
      'tenants',
      'create',
      'http-co',
      '--name',
      'HTTP Co',
      '--issuer',
      'https://sso.example.com/realms/http-co',
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('Created tenant http-co.');
    expect((await run('tenants', 'list')).stdout).toMatch(/^http-co\s+HTTP Co\s+active\s+standard/m);

    expect((await run('tenants', 'suspend', 'http-co')).code).toBe(0);
    expect((await run('tenants', 'show', 'http-co')).stdout).toMatch(/^Status\s+suspended$/m);
    expect((await run('tenants', 'resume', 'http-co')).stdout).toContain('(status active)');

    const limited = await run('tenants', 'limits', 'http-co', '--tenant', '5000', '--json');
    expect(JSON.parse(limited.stdout).rateLimits).toEqual({ tenant: 5000 });
    expect((await run('tenants', 'show', 'http-co')).stdout).toMatch(
      /^Rate limits\s+tenant 5000 per window/m,
    );
    expect(
      JSON.parse((await run('tenants', 'limits', 'http-co', '--clear', '--json')).stdout).rateLimits,
    ).toBeNull();

    // POST /platform/migrations starts a background run; the CLI polls GET until it finishes.
    const migrated = await run('migrate', '--concurrency', '2');
    expect(migrated.code).toBe(0);
    expect(migrated.stderr).toContain('--concurrency applies to direct mode only');
    expect(migrated.stdout).toMatch(/0 failed \(of 1\)\.$/m);
    const status = await run('migrate', 'status');
    expect(status.stdout).toContain('1 of 1 tenants up to date');
    expect(status.stdout).toMatch(/^Last run: finished, 1\/1 done/m);

    const deleted = await run('tenants', 'delete', 'http-co', '--yes');
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toMatch(/^Export: file:\/\/.*\.tenant-backup\.gz$/m);
    expect(deleted.stdout).toContain(exportDir);
    expect((await run('tenants', 'list')).stdout).not.toContain('http-co');
  });

  it('prints the problem detail and field errors the API answers with', async () => {
    const invalid = await run('tenants', 'create', 'UPPER', '--name', 'Bad');
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(
      /^error: slug must be a lowercase DNS label.* \(HTTP 400 invalid-slug\)\n$/,
    );

    const badToken = await cli(['tenants', 'list'], { env: { ...env, DISPATCH_TOKEN: 'not-a-token' } });
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toMatch(/^error: .*\(HTTP 401 [a-z-]+\); check --token or DISPATCH_TOKEN\n$/);

    const platform = await run('platform', 'migrate', '--api', env.DISPATCH_API_URL!);
    expect(platform.stderr).toMatch(/^error: `platform migrate` works only against the database/);

    const noToken = await cli(['tenants', 'list'], { env: { DISPATCH_API_URL: env.DISPATCH_API_URL } });
    expect(noToken.stderr).toBe(
      'error: API mode needs a platform-admin token: pass --token or set DISPATCH_TOKEN\n',
    );
  });
});
