import type { FastifyInstance } from 'fastify';
import type { Pool } from '@dispatch/db';

/** Schemas and row counts the baselines read (created by the parent, `b1-server.ts` and `b1-page-server.ts`). */
export const B1_SCHEMA = 'bench_b1';
export const B1_ROWS = 1000;
export const B1_PAGE_SCHEMA = 'bench_b1_page';

export type BaselineKind = 'b1' | 'b1-page';

/** B1: one primary-key SELECT per request. */
function b1Route(app: FastifyInstance, pool: Pool): void {
  app.get<{ Params: { id: string } }>('/items/:id', async (request, reply) => {
    const { rows } = await pool.query(
      `SELECT id, name, description, created_at FROM ${B1_SCHEMA}.items WHERE id = $1`,
      [Number(request.params.id)],
    );
    return rows[0] ?? reply.code(404).send({ error: 'not found' });
  });
}

/** B1′: the tenant read's page from a plain table (one more row asked for, to know about a next page). */
function b1PageRoute(app: FastifyInstance, pool: Pool): void {
  app.get<{ Querystring: { limit?: string } }>('/equipment-types', async (request) => {
    const limit = Number(request.query.limit ?? 50);
    const { rows } = await pool.query<{
      id: string;
      name: string;
      description: string | null;
      createdAt: Date;
    }>(
      `SELECT id, name, description, created_at AS "createdAt" FROM ${B1_PAGE_SCHEMA}.equipment_types
        ORDER BY name LIMIT $1`,
      [limit + 1],
    );
    return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? rows[limit - 1]!.name : null };
  });
}

export const baselineRoutes: Record<BaselineKind, (app: FastifyInstance, pool: Pool) => void> = {
  b1: b1Route,
  'b1-page': b1PageRoute,
};
