import { createPool } from '@dispatch/db';
import type { Scenario } from '../lib/context';
import { measureHttp } from '../lib/http-measure';
import { bareFastify, listen } from '../lib/servers';

const ROWS = 1000;

export const b1PgSelect: Scenario = {
  id: 'B1',
  title: 'B1 — bare Fastify + pg, primary-key SELECT',
  method:
    `Fastify 5 (no logger, no plugins) with a pg Pool of the API's size, connected as the same runtime role, ` +
    `answers \`GET /items/:id\` with one \`SELECT … WHERE id = $1\` on a ${ROWS}-row table: no transaction, no ` +
    'auth, no RLS. Ids are drawn uniformly at random. The baseline the tenant-scoped read is held against.',
  async run(ctx, out) {
    await ctx.adminPool.query(`
      CREATE SCHEMA bench_b1;
      CREATE TABLE bench_b1.items (id integer PRIMARY KEY, name text NOT NULL, description text, created_at timestamptz NOT NULL DEFAULT now());
      INSERT INTO bench_b1.items (id, name, description) SELECT g, 'Item ' || g, 'Seeded by the benchmark' FROM generate_series(1, ${ROWS}) AS g;
      ANALYZE bench_b1.items;
      GRANT USAGE ON SCHEMA bench_b1 TO ${ctx.appRole};
      GRANT SELECT ON bench_b1.items TO ${ctx.appRole};`);
    const { poolMax, poolMaxLifetimeSeconds } = ctx.apiConfig.db;
    const pool = createPool(ctx.database.appUrl, {
      max: poolMax,
      maxLifetimeSeconds: poolMaxLifetimeSeconds,
      applicationName: 'bench-b1',
    });
    const app = bareFastify();
    app.get<{ Params: { id: string } }>('/items/:id', async (request, reply) => {
      const { rows } = await pool.query(
        'SELECT id, name, description, created_at FROM bench_b1.items WHERE id = $1',
        [Number(request.params.id)],
      );
      return rows[0] ?? reply.code(404).send({ error: 'not found' });
    });
    const server = await listen(app);
    try {
      const targets = Array.from({ length: ROWS }, (_, index) => ({ path: `/items/${index + 1}` }));
      await measureHttp(ctx, out, { label: 'B1', url: server.url, targets });
      out.note(
        `pg Pool max ${poolMax} connections (the API's DATABASE_POOL_MAX default), as the runtime role.`,
      );
    } finally {
      await server.close();
      await pool.end();
      await ctx.adminPool.query('DROP SCHEMA bench_b1 CASCADE');
    }
  },
};
