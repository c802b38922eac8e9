import { createPool } from '@dispatch/db';
import type { BenchContext } from './context';
import type { HttpSide } from './http-measure';
import { bareFastify, listen } from './servers';
import { SEEDED_ROWS } from './tenants';

const SCHEMA = 'bench_b1_page';
export const B1_PAGE_PATH = `/equipment-types?limit=${SEEDED_ROWS}`;

export const B1_PAGE_DESCRIPTION =
  `Fastify 5 (no logger, no plugins) with a pg Pool of the API's size, connected as the same runtime role, ` +
  `answers \`GET ${B1_PAGE_PATH}\` with the page the tenant read returns: a table shaped like a tenant's ` +
  `\`equipment_types\` (same columns, ${SEEDED_ROWS} rows like the seeded ones, an index on name), one ` +
  '`SELECT id, name, description, created_at … ORDER BY name LIMIT 11` (the API also asks for one more row to ' +
  'know whether there is a next page), and `{ items, nextCursor }` as JSON. No schema switch, no RLS, no ' +
  'transaction, no auth: the same work as the tenant read without tenancy.';

/** The B1′ server: its own table (created here, dropped on close), pool and Fastify instance. */
export async function startB1PageServer(
  ctx: BenchContext,
  side = 'B1′',
): Promise<HttpSide & { close(): Promise<void> }> {
  await ctx.adminPool.query(`
    DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE;
    CREATE SCHEMA ${SCHEMA};
    CREATE TABLE ${SCHEMA}.equipment_types (
      tenant_id uuid, id uuid NOT NULL PRIMARY KEY, name text NOT NULL UNIQUE, description text,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());
    INSERT INTO ${SCHEMA}.equipment_types (id, name, description)
      SELECT gen_random_uuid(), 'Type ' || lpad(g::text, 2, '0'), 'Seeded by the benchmark'
        FROM generate_series(1, ${SEEDED_ROWS}) AS g;
    ANALYZE ${SCHEMA}.equipment_types;
    GRANT USAGE ON SCHEMA ${SCHEMA} TO ${ctx.appRole};
    GRANT SELECT ON ${SCHEMA}.equipment_types TO ${ctx.appRole};`);
  const { poolMax, poolMaxLifetimeSeconds } = ctx.apiConfig.db;
  const pool = createPool(ctx.database.appUrl, {
    max: poolMax,
    maxLifetimeSeconds: poolMaxLifetimeSeconds,
    applicationName: 'bench-b1-page',
  });
  const app = bareFastify();
  app.get<{ Querystring: { limit?: string } }>('/equipment-types', async (request) => {
    const limit = Number(request.query.limit ?? 50);
    const { rows } = await pool.query<{
      id: string;
      name: string;
      description: string | null;
      createdAt: Date;
    }>(
      `SELECT id, name, description, created_at AS "createdAt" FROM ${SCHEMA}.equipment_types
        ORDER BY name LIMIT $1`,
      [limit + 1],
    );
    return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? rows[limit - 1]!.name : null };
  });
  const server = await listen(app);
  return {
    side,
    url: server.url,
    targets: [{ path: B1_PAGE_PATH }],
    async close() {
      await server.close();
      await pool.end();
      await ctx.adminPool.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
    },
  };
}
