import type { BenchContext } from './context';
import type { HttpSide } from './http-measure';
import { spawnBaseline } from './baseline-process';
import { B1_PAGE_SCHEMA } from './baseline-routes';
import { SEEDED_ROWS } from './tenants';

export const B1_PAGE_PATH = `/equipment-types?limit=${SEEDED_ROWS}`;

export const B1_PAGE_DESCRIPTION =
  `Fastify 5 (no logger, no plugins) in a process of its own with the API's Node flags and a pg Pool of the ` +
  `API's size, connected as the same runtime role, answers \`GET ${B1_PAGE_PATH}\` with the page the tenant ` +
  `read returns: a table shaped like a tenant's \`equipment_types\` (same columns, ${SEEDED_ROWS} rows like the ` +
  'seeded ones, an index on name), one `SELECT id, name, description, created_at … ORDER BY name LIMIT 11` ' +
  '(the API also asks for one more row to know whether there is a next page), and `{ items, nextCursor }` as ' +
  'JSON. No schema switch, no RLS, no transaction, no auth: the same work as the tenant read without tenancy.';

/** The B1′ server: its own table (created here, dropped on close) and process (`baseline-main.ts`). */
export async function startB1PageServer(
  ctx: BenchContext,
  side = 'B1′',
): Promise<HttpSide & { close(): Promise<void> }> {
  await ctx.adminPool.query(`
    DROP SCHEMA IF EXISTS ${B1_PAGE_SCHEMA} CASCADE;
    CREATE SCHEMA ${B1_PAGE_SCHEMA};
    CREATE TABLE ${B1_PAGE_SCHEMA}.equipment_types (
      tenant_id uuid, id uuid NOT NULL PRIMARY KEY, name text NOT NULL UNIQUE, description text,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());
    INSERT INTO ${B1_PAGE_SCHEMA}.equipment_types (id, name, description)
      SELECT gen_random_uuid(), 'Type ' || lpad(g::text, 2, '0'), 'Seeded by the benchmark'
        FROM generate_series(1, ${SEEDED_ROWS}) AS g;
    ANALYZE ${B1_PAGE_SCHEMA}.equipment_types;
    GRANT USAGE ON SCHEMA ${B1_PAGE_SCHEMA} TO ${ctx.appRole};
    GRANT SELECT ON ${B1_PAGE_SCHEMA}.equipment_types TO ${ctx.appRole};`);
  const server = await spawnBaseline(ctx, 'b1-page', 'bench-b1-page');
  return {
    side,
    url: server.url,
    targets: [{ path: B1_PAGE_PATH }],
    async close() {
      await server.close();
      await ctx.adminPool.query(`DROP SCHEMA ${B1_PAGE_SCHEMA} CASCADE`);
    },
  };
}
