import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgresCluster, type PostgresCluster } from '@dispatch/local-services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantScope } from '../tenant-context';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';

/**
 * What the tenant template asks of autovacuum (20261202030000_first_analysis.sql, spread per tenant by
 * 20261202120000_spread_autovacuum.sql), observed on a cluster of the test's own: the shared test server runs
 * with autovacuum off. A one-second nap lets it come round quickly.
 */
let parent: string;
let cluster: PostgresCluster;
let ctx: DbTestContext;
let tenant: TenantScope;

beforeAll(async () => {
  // A world-traversable parent: as root, the cluster runs as the postgres user.
  parent = await mkdtemp(join(tmpdir(), 'first-analysis-'));
  await chmod(parent, 0o755);
  cluster = await startPostgresCluster({
    dir: join(parent, 'data'),
    settings: { autovacuum: 'on', autovacuum_naptime: '1s' },
  });
  ctx = await createDbTestContext({ serverUrl: cluster.url, appPoolMax: 1 });
  tenant = await ctx.provision('first-analysis');
}, 60_000);
afterAll(async () => {
  await ctx?.close();
  await cluster?.stop();
  await rm(parent, { recursive: true, force: true });
});

async function lastAutoanalyze(table: string, schemaName = tenant.schemaName): Promise<Date | null> {
  const { rows } = await ctx.adminPool.query<{ at: Date | null }>(
    'SELECT last_autoanalyze AS at FROM pg_stat_all_tables WHERE schemaname = $1 AND relname = $2',
    [schemaName, table],
  );
  return rows[0]?.at ?? null;
}

/** Adds `count` open work orders to the tenant's schema, in one statement. */
async function addWorkOrders(scope: TenantScope, count: number): Promise<void> {
  await ctx.adminPool.query(
    `INSERT INTO "${scope.schemaName}".work_orders
       (tenant_id, id, seq, number, title, site_address, region, status, created_by_sub)
     SELECT $1, gen_random_uuid(), i, 'WO-' || i, 'Work ' || i, 'Site ' || i, 'north', 'open', 'test'
       FROM generate_series(1, $2::int) AS i`,
    [scope.id, count],
  );
}

/** The tenant's work orders' first analysis threshold: 500 times its own factor (20261202120000). */
async function firstAnalysisThreshold(scope: TenantScope): Promise<number> {
  const { rows } = await ctx.adminPool.query<{ option: string }>(
    `SELECT option FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, unnest(c.reloptions) AS option
      WHERE n.nspname = $1 AND c.relname = 'work_orders' AND option LIKE 'autovacuum_analyze_threshold=%'`,
    [scope.schemaName],
  );
  return Number(rows[0]!.option.split('=')[1]);
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The generic plan a pooled connection keeps for a lookup by id, as the app role in the tenant's context. */
async function lookupPlan(table: string): Promise<string> {
  const client = await ctx.appPool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('search_path', $1, true), set_config('app.current_tenant', $2, true)`,
      [`"${tenant.schemaName}"`, tenant.id],
    );
    await client.query("SET LOCAL plan_cache_mode = 'force_generic_plan'");
    await client.query(`PREPARE lookup(uuid) AS SELECT id FROM ${table} WHERE id = $1 FOR UPDATE`);
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN EXECUTE lookup('${tenant.id}')`);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await client.query('ROLLBACK');
    await client.query('DEALLOCATE ALL');
    client.release();
  }
}

describe('tenant template: a growing table is analysed early, each tenant at its own point', () => {
  it('analyses work orders after their first 500 changes, and a lookup by id then goes by the primary key', async () => {
    expect(await lastAutoanalyze('work_orders')).toBeNull();
    await addWorkOrders(tenant, 1500);
    await until(async () => (await lastAutoanalyze('work_orders')) !== null, 45_000);
    expect(await lastAutoanalyze('work_orders'), 'autovacuum analysed work_orders').not.toBeNull();
    const plan = await lookupPlan('work_orders');
    expect(plan).toContain('work_orders_pkey');
    expect(plan).toMatch(/Index Cond: .*tenant_id.*AND \(id = \$1\)/);
  }, 60_000);

  it('comes due at different times for tenants created together and given the same work', async () => {
    const CHANGES = 750;
    const batch: Array<{ scope: TenantScope; threshold: number }> = [];
    for (const slug of ['batch-a', 'batch-b', 'batch-c', 'batch-d', 'batch-e', 'batch-f']) {
      const scope = await ctx.provision(slug);
      batch.push({ scope, threshold: await firstAnalysisThreshold(scope) });
    }
    const due = batch.filter((member) => member.threshold < CHANGES);
    const notYet = batch.filter((member) => member.threshold > CHANGES);
    // The factors come from the schema names; this batch has tenants on both sides of 750.
    expect(due.length, 'tenants whose threshold is under 750').toBeGreaterThan(0);
    expect(notYet.length, 'tenants whose threshold is over 750').toBeGreaterThan(0);

    for (const member of batch) await addWorkOrders(member.scope, CHANGES);
    const analysed = async (member: (typeof batch)[number]) =>
      (await lastAutoanalyze('work_orders', member.scope.schemaName)) !== null;
    await until(async () => (await Promise.all(due.map(analysed))).every(Boolean), 45_000);
    for (const member of due) {
      expect(await analysed(member), `${member.scope.slug} (threshold ${member.threshold})`).toBe(true);
    }
    // Autovacuum has come round several times since (1 s naptime); the others wait for more changes.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    for (const member of notYet) {
      expect(await analysed(member), `${member.scope.slug} (threshold ${member.threshold})`).toBe(false);
    }
  }, 90_000);
});
