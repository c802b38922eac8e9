import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgBouncer, type PgBouncer } from '@dispatch/local-services';
import { createDbTestContext, type DbTestContext } from './test/db-test-context';
import { provisionTenant } from './tenants/provisioning';
import { createPool, type Pool } from './pool';
import { withTenantTransaction, type TenantClient, type TenantScope } from './tenant-transaction';

const TENANTS = 24;
const POOL_SIZE = 6; // smaller than the tenant count: connections are constantly reused across tenants
const OPERATIONS = Number(process.env.ISOLATION_OPERATIONS ?? 3000);
const CONCURRENCY = 32;

let ctx: DbTestContext;
let tenants: (TenantScope & { slug: string })[];
let bouncer: PgBouncer;
let bouncerDir: string;

beforeAll(async () => {
  ctx = await createDbTestContext();
  tenants = [];
  for (let index = 0; index < TENANTS; index++) {
    const slug = `iso-${String(index).padStart(2, '0')}`;
    const { tenant } = await provisionTenant(
      ctx.adminPool,
      { slug, name: slug, tier: 'standard' },
      { appRole: ctx.appRole, actor: 'test' },
    );
    tenants.push({ id: tenant.id, schemaName: tenant.schemaName, slug });
  }
  bouncerDir = await mkdtemp(join(tmpdir(), 'pgbouncer-'));
  bouncer = await startPgBouncer({
    upstreamUrl: ctx.adminUrl,
    dir: bouncerDir,
    poolMode: 'transaction',
    defaultPoolSize: 3,
    users: { dispatch_app: 'dispatch_app' },
  });
});
afterAll(async () => {
  await bouncer?.stop();
  await ctx.close();
  await rm(bouncerDir, { recursive: true, force: true });
});

/**
 * Random reads and writes for random tenants; returns every foreign row any read saw. Half the reads go the
 * read-only way (context and statement in one message, no explicit transaction), half inside a write transaction.
 */
async function hammer(pool: Pool) {
  const foreign: unknown[] = [];
  let writes = 0;
  let reads = 0;
  let oneMessageReads = 0;
  let next = 0;
  const read = async (client: TenantClient, tenant: TenantScope & { slug: string }) => {
    reads++;
    const { rows } = await client.query<{ tenant_id: string; name: string }>(
      'SELECT tenant_id, name FROM equipment_types WHERE name LIKE $1 ORDER BY random() LIMIT 25',
      ['%:%'],
    );
    for (const row of rows) {
      if (row.tenant_id !== tenant.id || !row.name.startsWith(`${tenant.slug}:`))
        foreign.push({ tenant: tenant.slug, row });
    }
  };
  const worker = async () => {
    while (next++ < OPERATIONS) {
      const tenant = tenants[randomInt(tenants.length)]!;
      const operation = randomInt(6);
      if (operation < 2) {
        await withTenantTransaction(pool, tenant, async ({ client }) => {
          writes++;
          await client.query('INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), $1)', [
            `${tenant.slug}:${randomInt(1e9)}`,
          ]);
        });
      } else if (operation < 4) {
        await withTenantTransaction(pool, tenant, ({ client }) => read(client, tenant));
      } else {
        oneMessageReads++;
        await withTenantTransaction(pool, tenant, ({ client }) => read(client, tenant), { readOnly: true });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { foreign, reads, writes, oneMessageReads };
}

describe('tenant isolation', () => {
  it(`returns zero foreign rows under concurrent random traffic through a pool of ${POOL_SIZE} for ${TENANTS} tenants`, async () => {
    const pool = createPool(ctx.appUrl, { max: POOL_SIZE });
    try {
      const result = await hammer(pool);
      expect(result.reads).toBeGreaterThan(OPERATIONS / 2);
      expect(result.writes).toBeGreaterThan(0);
      expect(result.oneMessageReads).toBeGreaterThan(OPERATIONS / 4);
      expect(result.foreign).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('returns zero foreign rows through a real pgBouncer in transaction mode', async () => {
    const database = new URL(ctx.appUrl).pathname.slice(1);
    const url = new URL(bouncer.url(database, 'dispatch_app'));
    url.password = 'dispatch_app';
    const pool = createPool(url.toString(), { max: POOL_SIZE });
    try {
      const result = await hammer(pool);
      expect(result.oneMessageReads).toBeGreaterThan(OPERATIONS / 4);
      expect(result.foreign).toEqual([]);
      // Every tenant's own rows are all there: nothing was written into another tenant.
      for (const tenant of tenants) {
        const { rows } = await ctx.adminPool.query(
          `SELECT count(*)::int AS wrong FROM ${tenant.schemaName}.equipment_types WHERE tenant_id <> $1 OR name NOT LIKE $2`,
          [tenant.id, `${tenant.slug}:%`],
        );
        expect(rows[0].wrong).toBe(0);
      }
    } finally {
      await pool.end();
    }
  });

  it('sees nothing and cannot write when no tenant is set, even on a connection a tenant used before', async () => {
    const pool = createPool(ctx.appUrl, { max: 1 });
    try {
      const [tenant] = tenants;
      await withTenantTransaction(pool, tenant!, async ({ client }) => {
        await client.query(
          "INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), 'iso-00:seen')",
        );
      });
      // Same single connection: the setting now reads back as '' rather than NULL.
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM ${tenant!.schemaName}.equipment_types`,
      );
      expect(rows[0].n).toBe(0);
      const { rows: setting } = await pool.query(
        "SELECT current_setting('app.current_tenant', true) AS value",
      );
      expect(setting[0].value).toBe('');
      await expect(
        pool.query(
          `INSERT INTO ${tenant!.schemaName}.equipment_types (tenant_id, id, name) VALUES ($1, gen_random_uuid(), 'x')`,
          [tenant!.id],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await pool.end();
    }
  });

  it("stops a deliberately wrong-schema query with RLS: tenant A's transaction reads and writes none of B's rows", async () => {
    const pool = createPool(ctx.appUrl, { max: 1 });
    const [a, b] = [tenants[0]!, tenants[1]!];
    try {
      await withTenantTransaction(pool, a, async ({ client }) => {
        const { rows } = await client.query(`SELECT * FROM ${b.schemaName}.equipment_types`);
        expect(rows).toEqual([]);
        const updated = await client.query(`UPDATE ${b.schemaName}.equipment_types SET name = 'stolen'`);
        expect(updated.rowCount).toBe(0);
        const deleted = await client.query(`DELETE FROM ${b.schemaName}.equipment_types`);
        expect(deleted.rowCount).toBe(0);
      });
      await expect(
        withTenantTransaction(pool, a, ({ client }) =>
          client.query(
            `INSERT INTO ${b.schemaName}.equipment_types (tenant_id, id, name) VALUES ($1, gen_random_uuid(), 'planted')`,
            [b.id],
          ),
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await pool.end();
    }
  });

  it('puts every tenant table under the forced policy, comparing tenant_id with the setting itself', async () => {
    const { rows } = await ctx.adminPool.query<{
      table: string;
      forced: boolean;
      qual: string;
      check: string;
    }>(
      `SELECT c.relnamespace::regnamespace || '.' || c.relname AS table, c.relforcerowsecurity AS forced,
              p.qual, p.with_check AS check
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_policies p ON p.schemaname = n.nspname AND p.tablename = c.relname
                                 AND p.policyname = 'tenant_isolation'
        WHERE c.relkind = 'r' AND (n.nspname = $1 OR c.oid = 'platform.tenant_idp_secrets'::regclass)`,
      [tenants[0]!.schemaName],
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row, row.table).toMatchObject({ forced: true });
      // No function call for the planner to inline: the setting, compared directly (the function's own body).
      expect(row.qual, row.table).toBe(
        "(tenant_id = (NULLIF(current_setting('app.current_tenant'::text, true), ''::text))::uuid)",
      );
      expect(row.check, row.table).toBe(row.qual);
    }
  });

  it('gives the app role no way to disable or bypass RLS', async () => {
    const pool = createPool(ctx.appUrl, { max: 1 });
    const [tenant] = tenants;
    try {
      const { rows } = await pool.query(
        'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
      );
      expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      await expect(
        pool.query(`ALTER TABLE ${tenant!.schemaName}.equipment_types DISABLE ROW LEVEL SECURITY`),
      ).rejects.toThrow(/must be owner/);
      await expect(
        pool.query(`ALTER TABLE ${tenant!.schemaName}.equipment_types NO FORCE ROW LEVEL SECURITY`),
      ).rejects.toThrow(/must be owner/);
      await expect(
        pool.query(`DROP POLICY tenant_isolation ON ${tenant!.schemaName}.equipment_types`),
      ).rejects.toThrow(/must be owner/);
      await expect(pool.query('SET ROLE postgres')).rejects.toThrow(/permission denied/);
      // row_security = off does not switch policies off for a non-bypass role; it makes the query fail instead.
      await pool.query('SET row_security = off');
      await expect(pool.query(`SELECT * FROM ${tenant!.schemaName}.equipment_types`)).rejects.toThrow(
        /row-level security/,
      );
      // And the registry is read-only to it.
      await expect(pool.query("UPDATE platform.tenants SET status = 'active'")).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await pool.end();
    }
  });
});
