import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '@dispatch/db';
import { seedTenantRows, tableDigests } from '@dispatch/testkit';
import { cli, createDirectTarget, type DirectTarget } from '../test/cli-harness';

let target: DirectTarget;
let pool: Pool;
const run = (...argv: string[]) => cli(argv, { env: target.env });
const tenantOf = async (slug: string) =>
  JSON.parse((await run('tenants', 'show', slug, '--json')).stdout) as { id: string; schema: string };

beforeAll(async () => {
  target = await createDirectTarget();
  pool = createPool(target.database.adminUrl, { max: 2 });
  expect((await run('platform', 'migrate')).code).toBe(0);
  expect((await run('tenants', 'create', 'cli-bk', '--name', 'CLI Backup')).code).toBe(0);
  const tenant = await tenantOf('cli-bk');
  await seedTenantRows(pool, { id: tenant.id, schemaName: tenant.schema }, 3000);
});
afterAll(async () => {
  await pool.end();
  await target.cleanup();
});

describe('dispatch-admin tenants backup / restore', () => {
  let location: string;

  it('backs up one tenant with progress on stderr and a summary table on stdout', async () => {
    const result = await run('tenants', 'backup', 'cli-bk');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^backing up cli-bk: \d+\/\d+ rows, table \d+\/\d+ \w+/m);
    expect(result.stdout).toMatch(/^work_orders\s+750$/m);
    expect(result.stdout).toMatch(
      /^Backed up cli-bk: 3,0\d\d rows in \d+ tables, .+ s \(template \d{14}_\w+\)\.$/m,
    );
    location = /^Backup: (file:\/\/\S+)$/m.exec(result.stdout)![1]!;
    expect(fileURLToPath(location).startsWith(`${target.exportDir}/backups/cli-bk/`)).toBe(true);
  });

  it('refuses unclear or impossible requests', async () => {
    expect((await run('tenants', 'backup')).stderr).toBe(
      'error: name the tenants to back up, or pass --all (not both)\n',
    );
    expect((await run('tenants', 'backup', 'cli-bk', '--to', 's3://bucket/prefix')).stderr).toContain(
      's3://bucket/prefix: set S3_BUCKET=bucket (and the other S3_* variables) to use it',
    );
    expect((await run('tenants', 'backup', 'nobody-here')).stderr).toBe(
      'error: no live tenant "nobody-here"\n',
    );
    const api = await cli(['--api', 'http://127.0.0.1:1', '--token', 't', 'tenants', 'backup', 'cli-bk'], {
      env: {},
    });
    expect(api.stderr).toContain('`tenants backup` works only against the database');
    const noBackup = await run('tenants', 'restore', 'never-backed-up', '--into', 'never-copy');
    expect(noBackup.stderr).toMatch(/^error: no backup of never-backed-up under .+: pass --from/);
    const noFile = await run('tenants', 'restore', 'cli-bk', '--into', 'x-copy', '--from', 'missing.gz');
    expect(noFile.stderr).toMatch(/^error: cannot read the backup \/.+\/missing\.gz: ENOENT$/m);
  });

  it('restores in place only with --yes (or a typed confirmation), equal to the backup', async () => {
    const tenant = await tenantOf('cli-bk');
    const before = await tableDigests(pool, tenant.schema);
    await pool.query(`DROP TABLE ${tenant.schema}.assignments CASCADE`);
    await pool.query(`DELETE FROM ${tenant.schema}.audit_events`);

    const refused = await run('tenants', 'restore', 'cli-bk');
    expect(refused).toMatchObject({
      code: 1,
      stderr:
        "error: tenant cli-bk exists: restoring replaces all its data with the backup's; pass --yes to do so\n",
    });
    const mistyped = await cli(['tenants', 'restore', 'cli-bk'], { env: target.env, answer: 'nope' });
    expect(mistyped.stderr).toBe('error: not restored: the confirmation did not match the slug\n');
    expect(await pool.query(`SELECT to_regclass('${tenant.schema}.assignments') AS t`)).toMatchObject({
      rows: [{ t: null }],
    });

    const restored = await run('tenants', 'restore', 'cli-bk', '--yes');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(
      /^Restored cli-bk in place: 3,0\d\d rows in \d+ tables, 1 sequences, .+ s\.$/m,
    );
    expect(restored.stdout).toContain(`From: ${location} (backup of cli-bk, taken `);
    expect(restored.stdout).toMatch(
      /^Dispatch queue: rebuilt from Postgres by the reconciler's next full pass/m,
    );
    expect(restored.stderr).toMatch(/^restoring cli-bk: /m);
    expect(await tableDigests(pool, tenant.schema)).toEqual(before);

    const confirmed = await cli(['tenants', 'restore', 'cli-bk'], { env: target.env, answer: 'cli-bk' });
    expect(confirmed.code).toBe(0);
  });

  it('restores into a new tenant, backs up every tenant with --all, and restores an offboarding export', async () => {
    const copied = await run('tenants', 'restore', 'cli-bk', '--into', 'cli-bk-copy');
    expect(copied.code).toBe(0);
    expect(copied.stdout).toMatch(/^Restored cli-bk-copy as a new tenant: /m);
    const source = await tenantOf('cli-bk');
    const copy = await tenantOf('cli-bk-copy');
    expect(copy.id).not.toBe(source.id);
    expect(await tableDigests(pool, copy.schema, { tenantIdAs: source.id })).toEqual(
      await tableDigests(pool, source.schema),
    );

    const all = await run('tenants', 'backup', '--all', '--json');
    expect(all.code).toBe(0);
    expect((JSON.parse(all.stdout) as { slug: string }[]).map((r) => r.slug).sort()).toEqual([
      'cli-bk',
      'cli-bk-copy',
    ]);
    const table = await run('tenants', 'backup', '--all');
    expect(table.stdout).toMatch(/^cli-bk-copy\s+\d+\s+3,0\d\d\s+.+file:\/\//m);
    expect(table.stdout).toContain('Backed up 2 of 2 tenants, 0 failed.');

    // Named tenants to another folder (the chart's CronJob form), and a restore that picks the newest there.
    const elsewhere = join(target.exportDir, 'elsewhere');
    const named = await run('tenants', 'backup', 'cli-bk', 'cli-bk-copy', '--to', elsewhere);
    expect(named.stdout).toContain('Backed up 2 of 2 tenants, 0 failed.');
    expect((await readdir(join(elsewhere, 'backups'))).sort()).toEqual(['cli-bk', 'cli-bk-copy']);
    const partly = await run('tenants', 'backup', 'cli-bk', 'nobody-here', '--to', elsewhere);
    expect(partly.code).toBe(1);
    expect(partly.stdout).toMatch(/^nobody-here\s+FAILED: no live tenant "nobody-here"$/m);
    expect(partly.stdout).toContain('Backed up 1 of 2 tenants, 1 failed.');
    const fromFolder = await run('tenants', 'restore', 'cli-bk', '--from', elsewhere, '--yes');
    expect(fromFolder.stdout).toContain(`From: file://${elsewhere}/backups/cli-bk/cli-bk-`);

    // Offboarding writes the same format: a deleted tenant comes back from its export.
    const deleted = await run('tenants', 'delete', 'cli-bk-copy', '--yes');
    const exported = /^Export: (\S+)$/m.exec(deleted.stdout)![1]!;
    expect(existsSync(fileURLToPath(exported))).toBe(true);
    const back = await run('tenants', 'restore', 'cli-bk-copy', '--from', fileURLToPath(exported));
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/^Restored cli-bk-copy as a new tenant: 3,0\d\d rows/m);
  });
});
