import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '@dispatch/db';
import { cli, createDirectTarget, type DirectTarget } from '../test/cli-harness';

let target: DirectTarget;
let pool: Pool;
const run = (...argv: string[]) => cli(argv, { env: target.env });

beforeAll(async () => {
  target = await createDirectTarget();
  pool = createPool(target.database.adminUrl, { max: 2 });
});
afterAll(async () => {
  await pool.end();
  await target.cleanup();
});

describe('dispatch-admin in direct mode', () => {
  it('applies platform migrations and grants, and says so again when there is nothing to do', async () => {
    const first = await run('platform', 'migrate');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Applied 20261121000100_platform_registry/);

    const again = await run('platform', 'migrate');
    expect(again.stdout).toContain('Platform schema is up to date.');
  });

  it("sets and clears a tenant's own rate limits, audited, and refuses bad figures", async () => {
    expect((await run('tenants', 'create', 'limit-co', '--name', 'Limit Co')).code).toBe(0);
    const set = await run('tenants', 'limits', 'limit-co', '--user', '2000', '--reports', '100');
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(/^Rate limits\s+user 2000, reports 100 per window/m);
    const { rows } = await pool.query(
      `SELECT t.settings, e.detail FROM platform.tenants t
         JOIN platform.audit_events e ON e.tenant_id = t.id AND e.action = 'tenant.updated'
        WHERE t.slug = 'limit-co'`,
    );
    expect(rows).toEqual([
      {
        settings: { rateLimits: { user: 2000, reports: 100 } },
        detail: { before: { rateLimits: null }, patch: { rateLimits: { user: 2000, reports: 100 } } },
      },
    ]);
    for (const bad of [['--user', '0'], ['--tenant', '1.5'], ['--reports', 'lots'], []]) {
      const refused = await run('tenants', 'limits', 'limit-co', ...bad);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/--(user|tenant|reports)/);
    }
    const cleared = await run('tenants', 'limits', 'limit-co', '--clear', '--json');
    expect(JSON.parse(cleared.stdout).rateLimits).toBeNull();
  });

  it('creates a tenant, lists it, suspends it, shows it suspended and resumes it', async () => {
    const created = await run(
      'tenants',
      'create',
      'life-co',
      '--name',
      'Life Co',
      '--issuer',
      'https://sso.example.com/realms/life-co',
      '--audience',
      'dispatch-api',
      '--audience',
      'mobile',
      '--json',
    );
    expect(created.code).toBe(0);
    const { tenant } = JSON.parse(created.stdout);
    expect(tenant).toMatchObject({
      slug: 'life-co',
      schema: 'tenant_life_co',
      status: 'active',
      tier: 'standard',
      idp: { issuer: 'https://sso.example.com/realms/life-co', apiAudience: ['dispatch-api', 'mobile'] },
    });

    const list = await run('tenants', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[0]).toMatch(/^SLUG\s+NAME\s+STATUS\s+TIER/);
    expect(list.stdout).toMatch(/^life-co\s+Life Co\s+active\s+standard/m);

    const suspended = await run('tenants', 'suspend', 'life-co');
    expect(suspended).toMatchObject({ code: 0 });
    expect(suspended.stdout).toContain('Suspended tenant life-co.');
    expect((await run('tenants', 'show', 'life-co')).stdout).toMatch(/^Status\s+suspended$/m);
    // By id works too, and suspending twice is a no-op.
    expect((await run('tenants', 'suspend', tenant.id)).stdout).toContain('already suspended');

    const resumed = await run('tenants', 'resume', 'life-co');
    expect(resumed.stdout).toContain('Resumed tenant life-co (status active).');
    expect(JSON.parse((await run('tenants', 'show', 'life-co', '--json')).stdout).status).toBe('active');

    const { rows } = await pool.query(
      'SELECT action, actor FROM platform.audit_events WHERE tenant_id = $1 ORDER BY at, id',
      [tenant.id],
    );
    expect(rows.map((row) => row.action)).toEqual([
      'tenant.provisioned',
      'tenant.suspended',
      'tenant.updated',
    ]);
    expect(rows[1].actor).toMatch(/^cli:/);
  });

  it('returns the existing tenant for the same create and refuses a different one', async () => {
    const args = ['tenants', 'create', 'same-co', '--name', 'Same Co', '--tier', 'trial'];
    expect((await run(...args)).stdout).toContain('Created tenant same-co.');
    const again = await run(...args);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain('already exists as requested; nothing changed');
    expect(await run('tenants', 'create', 'same-co', '--name', 'Other Co')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: a tenant with slug "same-co" already exists\n',
    });
  });

  it('prints one clear line on stderr and exits non-zero for expected errors', async () => {
    expect(await run('tenants', 'show', 'nobody-here')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: no tenant "nobody-here"\n',
    });
    const badSlug = await run('tenants', 'create', 'www', '--name', 'Reserved');
    expect(badSlug).toEqual({ code: 1, stdout: '', stderr: 'error: slug "www" is reserved\n' });
    const badIssuer = await run('tenants', 'create', 'issuer-co', '--name', 'X', '--issuer', 'not a url');
    expect(badIssuer.stderr).toBe('error: --issuer must be an http(s) URL, got "not a url"\n');
    const noTarget = await cli(['tenants', 'list'], { env: {} });
    expect(noTarget.code).toBe(1);
    expect(noTarget.stderr).toMatch(/^error: nothing to talk to: pass --api <url>.*DATABASE_ADMIN_URL.*\n$/);
    const unreachable = await cli(['tenants', 'list', '--database-url', 'postgres://nobody@127.0.0.1:1/x'], {
      env: {},
    });
    expect(unreachable.stderr).toBe(
      'error: cannot reach the database at postgres://nobody@127.0.0.1:1/x (ECONNREFUSED)\n',
    );
    // Direct mode's settings are checked by the typed configuration before anything connects.
    const badRole = await cli(['tenants', 'list', '--database-url', 'postgres://nobody@127.0.0.1:1/x'], {
      env: { DATABASE_OWNER_ROLE: 'Owner; DROP' },
    });
    expect(badRole).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'error: Invalid configuration: DATABASE_OWNER_ROLE must be a lowercase role name such as dispatch_owner, ' +
        'got "Owner; DROP"\n',
    });
    const usage = await run('tenants', 'create', 'no-name-co');
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain("error: required option '--name <name>' not specified");
    for (const result of [badSlug, badIssuer, noTarget, unreachable])
      expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('deletes a tenant only when confirmed: exports it, prints where, drops its schema and lists it no more', async () => {
    const { tenant } = JSON.parse(
      (await run('tenants', 'create', 'gone-co', '--name', 'Gone Co', '--json')).stdout,
    );

    const unconfirmed = await run('tenants', 'delete', 'gone-co');
    expect(unconfirmed).toMatchObject({
      code: 1,
      stderr: 'error: refusing to delete gone-co without confirmation: pass --yes\n',
    });
    const mistyped = await cli(['tenants', 'delete', 'gone-co'], { env: target.env, answer: 'gone' });
    expect(mistyped.stderr).toBe('error: not deleted: the confirmation did not match the slug\n');
    expect((await run('tenants', 'show', 'gone-co')).code).toBe(0);

    const deleted = await cli(['tenants', 'delete', 'gone-co'], { env: target.env, answer: 'gone-co' });
    expect(deleted.code).toBe(0);
    const location = /^Export: (file:\/\/\S+\.tenant-backup\.gz)$/m.exec(deleted.stdout)?.[1];
    expect(location).toBeDefined();
    expect(fileURLToPath(location!).startsWith(target.exportDir)).toBe(true);
    expect(existsSync(fileURLToPath(location!))).toBe(true);

    const { rowCount } = await pool.query("SELECT 1 FROM pg_namespace WHERE nspname = 'tenant_gone_co'");
    expect(rowCount).toBe(0);
    expect((await run('tenants', 'list')).stdout).not.toContain('gone-co');
    expect((await run('tenants', 'list', '--all')).stdout).toMatch(/^gone-co\s+Gone Co\s+deleted/m);
    const tombstone = JSON.parse((await run('tenants', 'show', tenant.id, '--json')).stdout);
    expect(tombstone).toMatchObject({ status: 'deleted', exportLocation: location });
  });
});
