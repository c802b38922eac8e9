import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTenantRows, tableDigests, type TableDigest } from '@dispatch/testkit';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';
import { provisionTenant } from '../tenants/provisioning';
import { withTenantTransaction } from '../tenant-transaction';
import { fileExportSink, type ExportSink } from '../exports/export-sink';
import { readMigrationFiles } from '../migrations/migration-files';
import { TENANT_TEMPLATES_DIR } from '../migrations/paths';
import type { TenantRow } from '../tenants/registry.tables';
import type { CopyProgress } from './backup-format';
import { backupTenant, latestBackup } from './tenant-backup';
import { restoreTenant, type RestoreTenantOptions } from './tenant-restore';

let ctx: DbTestContext;
let dir: string;
let sink: ExportSink;
let source: TenantRow;
let before: Record<string, TableDigest>;
let backupLocation: string;
let shape: string[];

const options = () => ({ appRole: ctx.appRole, actor: 'test' });
const restoreFrom = async (location: string, extra: Partial<RestoreTenantOptions>) =>
  restoreTenant(ctx.adminPool, await sink.read(location), { ...options(), location, ...extra });

/** Rows of a table, or null when the table is gone. */
async function rowCount(schema: string, table: string): Promise<number | null> {
  const { rows } = await ctx.adminPool.query<{ exists: boolean }>(
    'SELECT to_regclass($1) IS NOT NULL AS exists',
    [`${schema}.${table}`],
  );
  if (!rows[0]!.exists) return null;
  const counted = await ctx.adminPool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${schema}.${table}`,
  );
  return counted.rows[0]!.n;
}

/** Constraints, indexes, RLS policies and the app role's grants of a schema, with the schema name masked. */
async function schemaShape(schema: string) {
  const queries = [
    `SELECT c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid) AS item
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE k.connamespace = $1::regnamespace`,
    'SELECT indexdef AS item FROM pg_indexes WHERE schemaname = $1',
    `SELECT tablename || ' ' || policyname || ' ' || qual || ' ' || with_check AS item
       FROM pg_policies WHERE schemaname = $1`,
    `SELECT c.relname || ' rls=' || c.relrowsecurity || ' forced=' || c.relforcerowsecurity AS item
       FROM pg_class c WHERE c.relnamespace = $1::regnamespace AND c.relkind = 'r'`,
    `SELECT table_name || ' ' || privilege_type AS item FROM information_schema.role_table_grants
      WHERE table_schema = $1 AND grantee = '${ctx.appRole}'`,
    `SELECT 'usage ' || has_schema_privilege('${ctx.appRole}', $1, 'USAGE') AS item`,
  ];
  const items: string[] = [];
  for (const sql of queries) {
    const { rows } = await ctx.adminPool.query<{ item: string }>(sql, [schema]);
    items.push(...rows.map((row) => row.item.replaceAll(schema, '<schema>')));
  }
  return items.sort();
}

/** What the app role sees through RLS in a tenant's own transaction. */
const appCount = (tenant: { id: string; schemaName: string; slug: string }, table: string) =>
  withTenantTransaction(ctx.appPool, tenant, async (tx) => {
    const { rows } = await tx.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    return rows[0]!.n;
  });

beforeAll(async () => {
  ctx = await createDbTestContext();
  dir = await mkdtemp(join(tmpdir(), 'dispatch-backups-'));
  sink = fileExportSink(dir);
  ({ tenant: source } = await provisionTenant(
    ctx.adminPool,
    { slug: 'bk-source', name: 'Backup Source', tier: 'premium', settings: { locale: 'de' } },
    options(),
  ));
  await seedTenantRows(ctx.adminPool, source, 100_000);
  before = await tableDigests(ctx.adminPool, source.schemaName);
  shape = await schemaShape(source.schemaName);
}, 120_000);

afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

describe('tenant backup and restore', () => {
  it('backs up 100,000 rows of every table from one snapshot, with progress', async () => {
    const progress: CopyProgress[] = [];
    const result = await backupTenant(ctx.adminPool, 'bk-source', {
      sink,
      onProgress: (state) => progress.push(state),
    });
    backupLocation = result.location;
    const seeded = Object.values(before).reduce((sum, table) => sum + table.rows, 0);
    expect(seeded).toBeGreaterThanOrEqual(100_000);
    expect(result.rows).toBe(seeded);
    expect(Object.fromEntries(result.tables.map((table) => [table.name, table.rows]))).toEqual(
      Object.fromEntries(Object.entries(before).map(([name, digest]) => [name, digest.rows])),
    );
    expect(result.location).toMatch(/\/backups\/bk-source\/bk-source-.+\.tenant-backup\.gz$/);
    expect(result.bytes).toBeGreaterThan(0);
    expect(await latestBackup(sink, 'bk-source')).toBe(result.location);
    expect(progress.at(-1)).toMatchObject({
      rows: seeded,
      totalRows: seeded,
      tableIndex: result.tables.length,
    });
    // Parents come before the tables that reference them, so a restore checks every foreign key as it loads.
    const order = result.tables.map((table) => table.name);
    expect(order.indexOf('work_orders')).toBeLessThan(order.indexOf('dispatch_requests'));
    expect(order.indexOf('dispatch_requests')).toBeLessThan(order.indexOf('assignments'));
  }, 120_000);

  it('refuses to overwrite the live tenant without being told to, and changes nothing', async () => {
    await ctx.adminPool.query(`DELETE FROM ${source.schemaName}.assignments WHERE status = 'completed'`);
    await ctx.adminPool.query(`DROP TABLE ${source.schemaName}.driver_qualifications`);
    await ctx.adminPool.query(`UPDATE ${source.schemaName}.tenant_counters SET value = 3`);
    await expect(restoreFrom(backupLocation, {})).rejects.toMatchObject({
      code: 'restore-refused',
      message: expect.stringContaining('pass --yes'),
    });
    expect(await rowCount(source.schemaName, 'assignments')).toBe(0);
    expect(await rowCount(source.schemaName, 'driver_qualifications')).toBeNull();
  });

  it('leaves the damaged state exactly as it was when a restore fails midway (truncated file)', async () => {
    const whole = await readFile(fileURLToPath(backupLocation));
    const truncated = join(dir, 'truncated.tenant-backup.gz');
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const damaged = await tableDigests(ctx.adminPool, source.schemaName);
    await expect(restoreFrom(truncated, { replace: true })).rejects.toThrow(
      /unexpected end of file|ends early/,
    );
    expect(await tableDigests(ctx.adminPool, source.schemaName)).toEqual(damaged);
    const { rows } = await ctx.adminPool.query(
      "SELECT 1 FROM platform.audit_events WHERE action = 'tenant.restored'",
    );
    expect(rows).toHaveLength(0);
  });

  it('restores in place: every table equal row for row, sequences and counters continue, RLS and grants back', async () => {
    const result = await restoreFrom(backupLocation, { replace: true });
    expect(result).toMatchObject({ created: false, replaced: true, migrated: [] });
    expect(result.tenant.id).toBe(source.id);
    expect(await tableDigests(ctx.adminPool, source.schemaName)).toEqual(before);
    // Foreign keys (dropped for the load), indexes, forced RLS, policies and grants: as provisioning made them.
    expect(await schemaShape(source.schemaName)).toEqual(shape);

    // The queue sequence continues past every restored position; the next work-order number follows the last.
    const { rows: seq } = await ctx.adminPool.query<{ next: string; max: string }>(
      `SELECT nextval('${source.schemaName}.dispatch_queue_seq')::text AS next,
              (SELECT max(queue_seq) FROM ${source.schemaName}.dispatch_requests)::text AS max`,
    );
    expect(BigInt(seq[0]!.next)).toBeGreaterThan(BigInt(seq[0]!.max));
    expect(await appCount(source, 'driver_qualifications')).toBe(before.driver_qualifications!.rows);
    const next = await withTenantTransaction(ctx.appPool, source, async (tx) => {
      const { rows } = await tx.client.query<{ value: string }>(
        "UPDATE tenant_counters SET value = value + 1 WHERE name = 'work_order' RETURNING value::text",
      );
      return Number(rows[0]!.value);
    });
    expect(next).toBe(before.work_orders!.rows + 1);
    const { rows: forced } = await ctx.adminPool.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`,
      [source.schemaName],
    );
    expect(forced).toEqual([]);
    const { rows: audit } = await ctx.adminPool.query(
      "SELECT tenant_id, detail FROM platform.audit_events WHERE action = 'tenant.restored'",
    );
    expect(audit).toEqual([
      {
        tenant_id: source.id,
        detail: expect.objectContaining({ replaced: true, location: backupLocation, rows: result.rows }),
      },
    ]);
  }, 120_000);

  it('restores into a new tenant: new id and schema, tenant_id rewritten, equal row for row, isolated', async () => {
    const result = await restoreFrom(backupLocation, { into: 'bk-copy' });
    const copy = result.tenant;
    expect(result).toMatchObject({ created: true, replaced: false });
    expect(copy).toMatchObject({ slug: 'bk-copy', schemaName: 'tenant_bk_copy', tier: 'premium', idp: {} });
    expect(copy.id).not.toBe(source.id);
    expect(copy.settings).toEqual({ locale: 'de' });
    expect(await schemaShape(copy.schemaName)).toEqual(shape);
    expect(await tableDigests(ctx.adminPool, copy.schemaName, { tenantIdAs: source.id })).toEqual(before);
    const { rows: foreign } = await ctx.adminPool.query(
      `SELECT count(*)::int AS n FROM ${copy.schemaName}.work_orders WHERE tenant_id <> $1`,
      [copy.id],
    );
    expect(foreign[0]!.n).toBe(0);
    // The app role reads the copy as the copy's tenant, and nothing of it under the source's id.
    expect(await appCount(copy, 'work_orders')).toBe(before.work_orders!.rows);
    expect(
      await appCount({ id: source.id, schemaName: copy.schemaName, slug: copy.slug }, 'work_orders'),
    ).toBe(0);

    await expect(restoreFrom(backupLocation, { into: 'bk-copy' })).rejects.toMatchObject({
      code: 'restore-refused',
    });
    // Told to, it replaces that other tenant's data and keeps the tenant's own id.
    await ctx.adminPool.query(`DELETE FROM ${copy.schemaName}.audit_events`);
    const again = await restoreFrom(backupLocation, { into: 'bk-copy', replace: true });
    expect(again).toMatchObject({ created: false, replaced: true, tenant: { id: copy.id } });
    expect(await tableDigests(ctx.adminPool, copy.schemaName, { tenantIdAs: source.id })).toEqual(before);
  }, 120_000);
});

describe('restore of a backup taken at an older template version', () => {
  it('rebuilds the schema at that version, loads the rows, then migrates them forward', async () => {
    const files = await readMigrationFiles(TENANT_TEMPLATES_DIR);
    const older = await mkdtemp(join(tmpdir(), 'dispatch-templates-'));
    try {
      // Backed up just before the audit-chain migration, whose data step the restore must run forward.
      const cut = files.findIndex((file) => file.version.includes('audit_chain'));
      expect(cut).toBeGreaterThan(0);
      for (const file of files.slice(0, cut)) await writeFile(join(older, `${file.version}.sql`), file.sql);
      const { tenant } = await provisionTenant(
        ctx.adminPool,
        { slug: 'bk-older', name: 'Older', tier: 'standard' },
        { ...options(), templatesDir: older },
      );
      await ctx.adminPool.query(
        `INSERT INTO ${tenant.schemaName}.audit_events (tenant_id, id, actor_sub, action, entity)
         SELECT $1, gen_random_uuid(), 'old', 'x', 'y' FROM generate_series(1, 7)`,
        [tenant.id],
      );
      const backup = await backupTenant(ctx.adminPool, 'bk-older', { sink });
      const result = await restoreFrom(backup.location, { into: 'bk-newer' });
      expect(result.backupVersion).toBe(files[cut - 1]!.version);
      expect(result.migrated).toEqual(files.slice(cut).map((file) => file.version));
      expect(result.tenant.templateVersion).toBe(files.at(-1)!.version);
      // The forward migration's data step ran on the restored rows: the chain head counts the 7 legacy events.
      const { rows } = await ctx.adminPool.query(
        `SELECT legacy_events::int AS n FROM ${result.tenant.schemaName}.audit_chain_head`,
      );
      expect(rows).toEqual([{ n: 7 }]);
    } finally {
      await rm(older, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a file that is not a backup', async () => {
    const bogus = join(dir, 'bogus.tenant-backup.gz');
    await pipeline(Readable.from(['{"hello":"world"}\n']), createGzip(), createWriteStream(bogus));
    await expect(restoreFrom(bogus, { into: 'bk-bogus' })).rejects.toMatchObject({ code: 'invalid-backup' });
  });
});
