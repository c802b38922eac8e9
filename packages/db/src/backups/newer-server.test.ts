import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '@dispatch/local-services';
import { APP_ROLE, seedTenantRows, tableDigests } from '@dispatch/testkit';
import type { Pool } from '../pool';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';
import { provisionTenant } from '../tenants/provisioning';
import { fileExportSink } from '../exports/export-sink';
import { backupTenant } from './tenant-backup';
import { restoreTenant } from './tenant-restore';

// `npm start` runs the embedded Postgres 18 while Debian's client tools are version 15: pg_dump refuses such a
// server. The backup speaks COPY over the driver instead, so it must work there too.
let dir: string;
let dataDir: string;
let server: EmbeddedPostgresServer;
let ctx: DbTestContext;
let pool: Pool;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dispatch-backup-files-'));
  // Its own folder: when run as root, the package hands the data directory to the postgres user.
  dataDir = await mkdtemp(join(tmpdir(), 'dispatch-backup-pg18-'));
  server = await startEmbeddedPostgres({ dir: dataDir });
  ctx = await createDbTestContext({ serverUrl: server.url });
  pool = ctx.adminPool;
}, 180_000);

afterAll(async () => {
  await ctx?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

describe('backup and restore against the embedded Postgres of npm start', () => {
  it("round-trips a tenant on Postgres 18 (newer than Debian's pg_dump 15), needing no client tools", async () => {
    const { rows } = await pool.query<{ v: number }>(
      "SELECT current_setting('server_version_num')::int AS v",
    );
    expect(Math.floor(rows[0]!.v / 10_000)).toBeGreaterThanOrEqual(18);

    const options = { appRole: APP_ROLE, actor: 'test' };
    const { tenant } = await provisionTenant(
      pool,
      { slug: 'pg-new', name: 'PG new', tier: 'standard' },
      options,
    );
    await seedTenantRows(pool, tenant, 5_000);
    const before = await tableDigests(pool, tenant.schemaName);
    const sink = fileExportSink(join(dir, 'backups'));
    const backup = await backupTenant(pool, 'pg-new', { sink });
    const copy = await restoreTenant(pool, await sink.read(backup.location), {
      ...options,
      into: 'pg-new-copy',
    });
    expect(await tableDigests(pool, copy.tenant.schemaName, { tenantIdAs: tenant.id })).toEqual(before);
  }, 120_000);
});
