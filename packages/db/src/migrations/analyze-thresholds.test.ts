import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';
import { provisionTenant } from '../tenants/provisioning';

const SCHEMA = 'tenant_analyze_thresholds';
/** Grow with the work and are read by id: first analysed early, then as they grow. */
const GROWING_TABLES = ['work_orders', 'dispatch_requests', 'assignments', 'idempotency_keys'];
/** Rewritten in place, or read by time and entity only: analysed after many changes. */
const WRITTEN_TABLES = ['equipment', 'drivers', 'tenant_counters', 'audit_events'];
/** Appended to at the rate of the work: vacuumed (for the visibility map) after ten thousand inserts. */
const APPENDED_TABLES = ['dispatch_requests', 'assignments', 'idempotency_keys', 'audit_events'];
/** Few rows, rewritten in place: vacuumed after a thousand dead rows. */
const REWRITTEN_TABLES = ['equipment', 'drivers', 'tenant_counters', 'audit_chain_head'];
const UNSAMPLED_AUDIT_COLUMNS = ['before', 'after', 'hash', 'prev_hash', 'request_id', 'actor_name'];

let ctx: DbTestContext;
beforeAll(async () => {
  ctx = await createDbTestContext();
  await provisionTenant(
    ctx.adminPool,
    { slug: 'analyze-thresholds', name: 'Analyze thresholds', tier: 'standard' },
    { appRole: ctx.appRole, actor: 'test' },
  );
});
afterAll(() => ctx.close());

async function reloptions(table: string): Promise<string[]> {
  const { rows } = await ctx.adminPool.query(
    `SELECT c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = $2`,
    [SCHEMA, table],
  );
  return rows[0]?.reloptions ?? [];
}

describe('tenant template: autovacuum comes back to the written tables minutes apart, not each minute', () => {
  it.each(GROWING_TABLES)(
    '%s is first analysed after 500 changes, then when it has grown about elevenfold',
    async (table) => {
      expect(await reloptions(table)).toEqual(
        expect.arrayContaining(['autovacuum_analyze_threshold=500', 'autovacuum_analyze_scale_factor=10']),
      );
    },
  );

  it.each(WRITTEN_TABLES)('%s is analysed after 10,000 changes (plus the tenth), not 50', async (table) => {
    expect(await reloptions(table)).toContain('autovacuum_analyze_threshold=10000');
  });

  it.each(APPENDED_TABLES)(
    '%s is vacuumed after 10,000 inserts (plus the fifth), not 1,000',
    async (table) => {
      expect(await reloptions(table)).toContain('autovacuum_vacuum_insert_threshold=10000');
    },
  );

  it.each(REWRITTEN_TABLES)(
    '%s is vacuumed after 1,000 dead rows (plus the fifth), not 50',
    async (table) => {
      expect(await reloptions(table)).toContain('autovacuum_vacuum_threshold=1000');
    },
  );

  it('never analyses the one-row chain head for its changes', async () => {
    expect(await reloptions('audit_chain_head')).toContain('autovacuum_analyze_threshold=1000000000');
  });

  it('samples the audit columns queries filter on, and not the payloads and hashes', async () => {
    await ctx.adminPool.query(
      `INSERT INTO ${SCHEMA}.audit_events (tenant_id, id, actor_sub, actor_name, action, entity, entity_id, before, after, request_id)
       SELECT t.id, gen_random_uuid(), 'sub-' || (i % 7), 'Name ' || i, 'update', 'work_order', i::text,
              jsonb_build_object('n', i), jsonb_build_object('n', i + 1), 'req-' || i
         FROM platform.tenants t, generate_series(1, 200) AS i
        WHERE t.schema_name = $1`,
      [SCHEMA],
    );
    await ctx.adminPool.query(`ANALYZE ${SCHEMA}.audit_events`);
    const { rows } = await ctx.adminPool.query<{ attname: string }>(
      'SELECT attname FROM pg_stats WHERE schemaname = $1 AND tablename = $2',
      [SCHEMA, 'audit_events'],
    );
    const sampled = rows.map((row) => row.attname);
    expect(sampled).toEqual(expect.arrayContaining(['at', 'actor_sub', 'entity', 'entity_id', 'action']));
    for (const column of UNSAMPLED_AUDIT_COLUMNS) expect(sampled).not.toContain(column);
  });
});
