import { createPool } from '@dispatch/db';
import type { BenchContext } from './context';
import type { HttpSide } from './http-measure';
import { bareFastify, listen } from './servers';

const ROWS = 1000;
const SCHEMA = 'bench_b1';

export const B1_DESCRIPTION =
  `Fastify 5 (no logger, no plugins) with a pg Pool of the API's size, connected as the same runtime role, ` +
  `answers \`GET /items/:id\` with one \`SELECT … WHERE id = $1\` on a ${ROWS}-row table: no transaction, no ` +
  'auth, no RLS. Ids are drawn uniformly at random.';

/** The B1 server: its own table (created here, dropped on close), pool and Fastify instance. */
export async function startB1Server(
  ctx: BenchContext,
  side = 'B1',
): Promise<HttpSide & { close(): Promise<void> }> {
  await ctx.adminPool.query(`
    DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE;
    CREATE SCHEMA ${SCHEMA};
    CREATE TABLE ${SCHEMA}.items (id integer PRIMARY KEY, name text NOT NULL, description text, created_at timestamptz NOT NULL DEFAULT now());
    INSERT INTO ${SCHEMA}.items (id, name, description) SELECT g, 'Item ' || g, 'Seeded by the benchmark' FROM generate_series(1, ${ROWS}) AS g;
    ANALYZE ${SCHEMA}.items;
    GRANT USAGE ON SCHEMA ${SCHEMA} TO ${ctx.appRole};
    GRANT SELECT ON ${SCHEMA}.items TO ${ctx.appRole};`);
  const { poolMax, poolMaxLifetimeSeconds } = ctx.apiConfig.db;
  const pool = createPool(ctx.database.appUrl, {
    max: poolMax,
    maxLifetimeSeconds: poolMaxLifetimeSeconds,
    applicationName: 'bench-b1',
  });
  const app = bareFastify();
  app.get<{ Params: { id: string } }>('/items/:id', async (request, reply) => {
    const { rows } = await pool.query(
      `SELECT id, name, description, created_at FROM ${SCHEMA}.items WHERE id = $1`,
      [Number(request.params.id)],
    );
    return rows[0] ?? reply.code(404).send({ error: 'not found' });
  });
  const server = await listen(app);
  return {
    side,
    url: server.url,
    targets: Array.from({ length: ROWS }, (_, index) => ({ path: `/items/${index + 1}` })),
    async close() {
      await server.close();
      await pool.end();
      await ctx.adminPool.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
    },
  };
}
