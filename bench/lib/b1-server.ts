import type { BenchContext } from './context';
import type { HttpSide } from './http-measure';
import { spawnBaseline } from './baseline-process';
import { B1_ROWS, B1_SCHEMA } from './baseline-routes';

export const B1_DESCRIPTION =
  `Fastify 5 (no logger, no plugins) in a process of its own with the API's Node flags and a pg Pool of the ` +
  `API's size, connected as the same runtime role, answers \`GET /items/:id\` with one \`SELECT … WHERE id = $1\` ` +
  `on a ${B1_ROWS}-row table: no transaction, no auth, no RLS. Ids are drawn uniformly at random.`;

/** The B1 server: its own table (created here, dropped on close) and process (`baseline-main.ts`). */
export async function startB1Server(
  ctx: BenchContext,
  side = 'B1',
): Promise<HttpSide & { close(): Promise<void> }> {
  await ctx.adminPool.query(`
    DROP SCHEMA IF EXISTS ${B1_SCHEMA} CASCADE;
    CREATE SCHEMA ${B1_SCHEMA};
    CREATE TABLE ${B1_SCHEMA}.items (id integer PRIMARY KEY, name text NOT NULL, description text, created_at timestamptz NOT NULL DEFAULT now());
    INSERT INTO ${B1_SCHEMA}.items (id, name, description) SELECT g, 'Item ' || g, 'Seeded by the benchmark' FROM generate_series(1, ${B1_ROWS}) AS g;
    ANALYZE ${B1_SCHEMA}.items;
    GRANT USAGE ON SCHEMA ${B1_SCHEMA} TO ${ctx.appRole};
    GRANT SELECT ON ${B1_SCHEMA}.items TO ${ctx.appRole};`);
  const server = await spawnBaseline(ctx, 'b1', 'bench-b1');
  return {
    side,
    url: server.url,
    targets: Array.from({ length: B1_ROWS }, (_, index) => ({ path: `/items/${index + 1}` })),
    async close() {
      await server.close();
      await ctx.adminPool.query(`DROP SCHEMA ${B1_SCHEMA} CASCADE`);
    },
  };
}
