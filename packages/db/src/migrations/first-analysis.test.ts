import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgresCluster, type PostgresCluster } from '@dispatch/local-services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantScope } from '../tenant-context';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';

/**
 * What the tenant template asks of autovacuum (20261202030000_first_analysis.sql), observed on a cluster of the
 * test's own: the shared test server runs with autovacuum off. A one-second nap lets it come round quickly.
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

async function lastAutoanalyze(table: string): Promise<Date | null> {
  const { rows } = await ctx.adminPool.query<{ at: Date | null }>(
    'SELECT last_autoanalyze AS at FROM pg_stat_all_tables WHERE schemaname = $1 AND relname = $2',
    [tenant.schemaName, table],
  );
  return rows[0]?.at ?? null;
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

describe('tenant template: a growing table is analysed early', () => {
  it('analyses work orders after their first 500 changes, and a lookup by id then goes by the primary key', async () => {
    expect(await lastAutoanalyze('work_orders')).toBeNull();
    await ctx.adminPool.query(
      `INSERT INTO "${tenant.schemaName}".work_orders
         (tenant_id, id, seq, number, title, site_address, region, status, created_by_sub)
       SELECT $1, gen_random_uuid(), i, 'WO-' || i, 'Work ' || i, 'Site ' || i, 'north', 'open', 'test'
         FROM generate_series(1, 1500) AS i`,
      [tenant.id],
    );
    const deadline = Date.now() + 45_000;
    while (!(await lastAutoanalyze('work_orders')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await lastAutoanalyze('work_orders'), 'autovacuum analysed work_orders').not.toBeNull();
    const plan = await lookupPlan('work_orders');
    expect(plan).toContain('work_orders_pkey');
    expect(plan).toMatch(/Index Cond: .*tenant_id.*AND \(id = \$1\)/);
  }, 60_000);
});
