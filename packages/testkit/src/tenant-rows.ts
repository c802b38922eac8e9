import pg from 'pg';

export interface SeedTenant {
  id: string;
  schemaName: string;
}

/** Rows per table for a seed of about `total` rows, in load order (parents first). */
export function seedPlan(total: number) {
  const share = (fraction: number) => Math.max(1, Math.floor(total * fraction));
  const types = Math.min(20, share(0.001));
  const equipment = share(0.05);
  const drivers = share(0.05);
  const users = share(0.01);
  const workOrders = share(0.25);
  const assignments = Math.min(share(0.1), workOrders);
  const planned = types + equipment + drivers * 2 + users + workOrders * 2 + assignments;
  return {
    types,
    equipment,
    drivers,
    qualifications: drivers,
    users,
    workOrders,
    requests: workOrders,
    assignments,
    audit: Math.max(1, total - planned),
  };
}

// Values with what COPY must escape and round-trip exactly: tabs, newlines, backslashes, quotes, non-ASCII,
// NULLs, arrays, jsonb, floats with many digits, dates and timestamps.
const SEED_SQL = `
INSERT INTO equipment_types (id, name, description)
SELECT md5('type-' || i)::uuid, 'Type ' || i, CASE WHEN i % 2 = 0 THEN E'tab\\there\\nnew line \\\\ back "quoted" é' END
  FROM generate_series(1, $1::int) i;
INSERT INTO equipment (id, identifier, type_id, region, status, notes, next_maintenance_on, idle_since)
SELECT md5('eq-' || i)::uuid, 'EQ-' || lpad(i::text, 6, '0'), md5('type-' || (i % $1::int + 1))::uuid,
       'region-' || (i % 5), CASE WHEN i % 10 = 0 THEN 'maintenance' ELSE 'available' END,
       CASE WHEN i % 7 = 0 THEN E'note ☃ ' || i || E'\\nsecond line' END, date '2027-01-01' + (i % 300),
       timestamptz '2026-01-01T00:00:00Z' + i * interval '1 minute 0.123456 second'
  FROM generate_series(1, $2::int) i;
INSERT INTO drivers (id, name, user_sub, phone, region, shift_status, idle_since)
SELECT md5('drv-' || i)::uuid, 'Driver ' || i, CASE WHEN i % 3 = 0 THEN 'sub-' || i END, '+1-555-' || i,
       'region-' || (i % 5), CASE WHEN i % 2 = 0 THEN 'on_shift' ELSE 'off_shift' END,
       timestamptz '2026-02-01T00:00:00Z' + i * interval '1 second'
  FROM generate_series(1, $3::int) i;
INSERT INTO driver_qualifications (driver_id, equipment_type_id, expires_at)
SELECT md5('drv-' || i)::uuid, md5('type-' || (i % $1::int + 1))::uuid,
       CASE WHEN i % 4 = 0 THEN timestamptz '2027-06-01T00:00:00Z' END
  FROM generate_series(1, $3::int) i;
INSERT INTO users (id, sub, name, email, roles, region, last_sign_in_at)
SELECT md5('user-' || i)::uuid, 'user-sub-' || i, 'User ' || i, 'user' || i || '@example.test',
       CASE WHEN i % 2 = 0 THEN ARRAY['dispatcher', 'viewer'] ELSE ARRAY['admin'] END,
       CASE WHEN i % 3 = 0 THEN 'region-1' END, CASE WHEN i % 2 = 0 THEN timestamptz '2026-03-01T00:00:00Z' END
  FROM generate_series(1, $4::int) i;
INSERT INTO work_orders (id, seq, number, title, site_address, latitude, longitude, region, status,
                         created_by_sub, created_by_name, notes, window_start, window_end)
SELECT md5('wo-' || i)::uuid, i, 'WO-' || lpad(i::text, 6, '0'), 'Job ' || i, i || ' Main St',
       CASE WHEN i % 2 = 0 THEN 40.123456789012 + i / 1e7 END, CASE WHEN i % 2 = 0 THEN -73.98765432101 - i / 1e7 END,
       'region-' || (i % 5), (ARRAY['open', 'in_progress', 'completed', 'cancelled'])[i % 4 + 1],
       'seed', CASE WHEN i % 2 = 0 THEN 'Seeder' END, CASE WHEN i % 11 = 0 THEN E'back\\\\slash\\tand tab' END,
       CASE WHEN i % 3 = 0 THEN timestamptz '2026-05-01T08:00:00Z' END,
       CASE WHEN i % 3 = 0 THEN timestamptz '2026-05-01T17:00:00Z' END
  FROM generate_series(1, $5::int) i;
UPDATE tenant_counters SET value = $5::int WHERE name = 'work_order';
INSERT INTO dispatch_requests (id, work_order_id, work_order_number, work_order_region, equipment_type_id, priority,
                               region, status, was_queued, requested_by_sub, dispatched_at, cancelled_at)
SELECT md5('req-' || i)::uuid, md5('wo-' || i)::uuid, 'WO-' || lpad(i::text, 6, '0'), 'region-' || (i % 5),
       md5('type-' || (i % $1::int + 1))::uuid, CASE WHEN i % 5 = 0 THEN 'urgent' ELSE 'standard' END,
       CASE WHEN i % 3 = 0 THEN 'region-' || (i % 5) END,
       CASE WHEN i <= $6::int THEN 'dispatched' WHEN i % 2 = 0 THEN 'queued' ELSE 'cancelled' END,
       i % 2 = 0, 'seed', CASE WHEN i <= $6::int THEN timestamptz '2026-06-01T00:00:00Z' END,
       CASE WHEN i > $6::int AND i % 2 = 1 THEN timestamptz '2026-06-02T00:00:00Z' END
  FROM generate_series(1, $5::int) i ORDER BY i;
INSERT INTO assignments (id, request_id, work_order_id, equipment_id, driver_id, equipment_type_id, work_order_number,
                         equipment_identifier, driver_name, region, equipment_region, status, dispatched_at, completed_at)
SELECT md5('asg-' || i)::uuid, md5('req-' || i)::uuid, md5('wo-' || i)::uuid, md5('eq-' || (i % $2::int + 1))::uuid,
       md5('drv-' || (i % $3::int + 1))::uuid, md5('type-' || (i % $1::int + 1))::uuid, 'WO-' || lpad(i::text, 6, '0'),
       'EQ-' || lpad((i % $2::int + 1)::text, 6, '0'), 'Driver ' || (i % $3::int + 1), 'region-' || (i % 5),
       'region-' || ((i % $2::int + 1) % 5), 'completed', timestamptz '2026-06-01T00:00:00Z',
       timestamptz '2026-06-01T04:00:00Z' + i * interval '1 second'
  FROM generate_series(1, $6::int) i;
INSERT INTO audit_events (id, at, actor_sub, actor_name, action, entity, entity_id, before, after, request_id, seq,
                          prev_hash, hash)
SELECT md5('audit-' || i)::uuid, timestamptz '2026-01-01T00:00:00Z' + i * interval '1 second', 'seed',
       CASE WHEN i % 2 = 0 THEN 'Zoë "Seeder"' END, 'work_order.updated', 'work_order', md5('wo-' || i)::text,
       CASE WHEN i % 3 = 0 THEN jsonb_build_object('status', 'open', 'n', i, 'nested', jsonb_build_object('tab', E'a\\tb')) END,
       jsonb_build_object('status', 'in_progress', 'list', jsonb_build_array(1, 2.5, 'x', null)),
       'req-' || i, i, md5('prev-' || i), md5('hash-' || i)
  FROM generate_series(1, $7::int) i;
`;

/**
 * Fills a provisioned tenant with about `total` rows across its main tables, in one transaction as the owner,
 * with set-based SQL (generate_series): 100,000 rows take seconds. Every constraint holds: foreign keys,
 * lifecycle checks, unique numbers, and the work-order counter matches the numbers taken.
 */
export async function seedTenantRows(pool: pg.Pool, tenant: SeedTenant, total = 100_000) {
  const plan = seedPlan(total);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      "SELECT set_config('search_path', $1, true), set_config('app.current_tenant', $2, true)",
      [pg.escapeIdentifier(tenant.schemaName), tenant.id],
    );
    const values = [
      plan.types,
      plan.equipment,
      plan.drivers,
      plan.users,
      plan.workOrders,
      plan.assignments,
      plan.audit,
    ];
    // Whole numbers from the plan, inlined so the statements run as one simple-protocol batch.
    await client.query(SEED_SQL.replace(/\$(\d)::int/g, (_, n: string) => String(values[Number(n) - 1])));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return plan;
}

export interface TableDigest {
  rows: number;
  md5: string;
}

/**
 * A digest of every table of a tenant schema: its rows as JSON, ordered by primary key, hashed. With
 * `tenantIdAs`, every row's tenant_id reads as that id first, so a copy in another tenant compares equal to
 * its source. Needs a role that bypasses RLS (the tests' superuser).
 */
export async function tableDigests(
  pool: pg.Pool,
  schemaName: string,
  options: { tenantIdAs?: string } = {},
): Promise<Record<string, TableDigest>> {
  const { rows: tables } = await pool.query<{ name: string; key: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum)) AS key
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
      WHERE n.nspname = $1 AND c.relkind = 'r'
      GROUP BY c.relname ORDER BY c.relname`,
    [schemaName],
  );
  const digests: Record<string, TableDigest> = {};
  for (const table of tables) {
    const order = table.key.map((column) => `t.${pg.escapeIdentifier(column)}`).join(', ');
    const row = options.tenantIdAs
      ? `(to_jsonb(t) || jsonb_build_object('tenant_id', $1::text))::text`
      : 'to_jsonb(t)::text';
    const { rows } = await pool.query<{ rows: number; md5: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${order}), '')) AS md5
         FROM ${pg.escapeIdentifier(schemaName)}.${pg.escapeIdentifier(table.name)} t`,
      options.tenantIdAs ? [options.tenantIdAs] : [],
    );
    digests[table.name] = rows[0]!;
  }
  return digests;
}
