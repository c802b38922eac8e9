import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';

/** Grow with the work and are read by id: first analysed early, then as they grow. */
const GROWING_TABLES = ['work_orders', 'dispatch_requests', 'assignments', 'idempotency_keys'];
/** Rewritten in place, or read by time and entity only: analysed after many changes. */
const WRITTEN_TABLES = ['equipment', 'drivers', 'tenant_counters', 'audit_events'];
/** Appended to at the rate of the work: vacuumed (for the visibility map) after ten thousand inserts. */
const APPENDED_TABLES = ['dispatch_requests', 'assignments', 'idempotency_keys', 'audit_events'];
/** Few rows, rewritten in place: vacuumed after a thousand dead rows. */
const REWRITTEN_TABLES = ['equipment', 'drivers', 'tenant_counters', 'audit_chain_head'];
/** Grow and are updated: vacuumed after a thousand dead rows too, not Postgres' default of 50. */
const UPDATED_TABLES = ['work_orders', 'dispatch_requests', 'assignments', 'idempotency_keys'];
const UNSAMPLED_AUDIT_COLUMNS = ['before', 'after', 'hash', 'prev_hash', 'request_id', 'actor_name'];

let ctx: DbTestContext;
let schema: string;
beforeAll(async () => {
  ctx = await createDbTestContext();
  schema = (await ctx.provision('analyze-thresholds')).schemaName;
});
afterAll(() => ctx.close());

async function reloptions(table: string, schemaName = schema): Promise<Map<string, number>> {
  const { rows } = await ctx.adminPool.query<{ reloptions: string[] | null }>(
    `SELECT c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = $2`,
    [schemaName, table],
  );
  const options = (rows[0]?.reloptions ?? []).map((option) => option.split('='));
  return new Map(options.map(([name, value]) => [name!, Number(value)]));
}

/** The tenant's own factor, read off its work orders' analysis scale factor (10 at factor 1, kept to 3 places). */
async function spreadFactor(schemaName = schema): Promise<number> {
  return (await reloptions('work_orders', schemaName)).get('autovacuum_analyze_scale_factor')! / 10;
}

/** `option` of `table` is `base` times the tenant's factor (integers rounded, scale factors to 3 places). */
async function expectScaled(table: string, option: string, base: number): Promise<void> {
  const factor = await spreadFactor();
  const value = (await reloptions(table)).get(option);
  expect(value, `${table}.${option}`).toBeGreaterThanOrEqual(base);
  expect(value, `${table}.${option}`).toBeLessThan(2 * base);
  expect(value, `${table}.${option} is ${base} × ${factor}`).toBeCloseTo(base * factor, base < 1 ? 2 : -1);
}

describe('tenant template: autovacuum comes back to the written tables minutes apart, not each minute', () => {
  it.each(GROWING_TABLES)(
    '%s is first analysed after 500 changes, then when it has grown about elevenfold (times the factor)',
    async (table) => {
      await expectScaled(table, 'autovacuum_analyze_threshold', 500);
      await expectScaled(table, 'autovacuum_analyze_scale_factor', 10);
    },
  );

  it.each(WRITTEN_TABLES)('%s is analysed after 10,000 changes (plus the tenth), not 50', async (table) => {
    await expectScaled(table, 'autovacuum_analyze_threshold', 10_000);
    await expectScaled(table, 'autovacuum_analyze_scale_factor', 0.1);
  });

  it.each(APPENDED_TABLES)(
    '%s is vacuumed after 10,000 inserts (plus the fifth), not 1,000',
    async (table) => {
      await expectScaled(table, 'autovacuum_vacuum_insert_threshold', 10_000);
      await expectScaled(table, 'autovacuum_vacuum_insert_scale_factor', 0.2);
    },
  );

  it.each(REWRITTEN_TABLES)(
    '%s is vacuumed after 1,000 dead rows (plus the fifth), not 50',
    async (table) => {
      await expectScaled(table, 'autovacuum_vacuum_threshold', 1000);
      await expectScaled(table, 'autovacuum_vacuum_scale_factor', 0.2);
    },
  );

  it.each(UPDATED_TABLES)('%s is vacuumed after 1,000 dead rows (plus the fifth), not 50', async (table) => {
    await expectScaled(table, 'autovacuum_vacuum_threshold', 1000);
    await expectScaled(table, 'autovacuum_vacuum_scale_factor', 0.2);
  });

  it('never analyses the one-row chain head for its changes', async () => {
    expect((await reloptions('audit_chain_head')).get('autovacuum_analyze_threshold')).toBe(1_000_000_000);
  });

  it('spreads tenants created together between once and twice the thresholds', async () => {
    const factors: number[] = [];
    for (let i = 0; i < 12; i++) {
      const tenant = await ctx.provision(`spread-${i}`);
      factors.push(await spreadFactor(tenant.schemaName));
    }
    for (const factor of factors) {
      expect(factor).toBeGreaterThanOrEqual(1);
      expect(factor).toBeLessThan(2);
    }
    expect(new Set(factors).size, `factors ${factors.join(', ')}`).toBeGreaterThanOrEqual(10);
    expect(Math.max(...factors) - Math.min(...factors), `factors ${factors.join(', ')}`).toBeGreaterThan(0.5);
  });

  it('samples the audit columns queries filter on, and not the payloads and hashes', async () => {
    await ctx.adminPool.query(
      `INSERT INTO ${schema}.audit_events (tenant_id, id, actor_sub, actor_name, action, entity, entity_id, before, after, request_id)
       SELECT t.id, gen_random_uuid(), 'sub-' || (i % 7), 'Name ' || i, 'update', 'work_order', i::text,
              jsonb_build_object('n', i), jsonb_build_object('n', i + 1), 'req-' || i
         FROM platform.tenants t, generate_series(1, 200) AS i
        WHERE t.schema_name = $1`,
      [schema],
    );
    await ctx.adminPool.query(`ANALYZE ${schema}.audit_events`);
    const { rows } = await ctx.adminPool.query<{ attname: string }>(
      'SELECT attname FROM pg_stats WHERE schemaname = $1 AND tablename = $2',
      [schema, 'audit_events'],
    );
    const sampled = rows.map((row) => row.attname);
    expect(sampled).toEqual(expect.arrayContaining(['at', 'actor_sub', 'entity', 'entity_id', 'action']));
    for (const column of UNSAMPLED_AUDIT_COLUMNS) expect(sampled).not.toContain(column);
  });
});
