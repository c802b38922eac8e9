import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { createDbTestContext, type DbTestContext } from './test/db-test-context';
import { provisionTenant } from './tenants/provisioning';
import { createPool } from './pool';
import { withTenantTransaction, type TenantScope } from './tenant-transaction';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './errors';

let ctx: DbTestContext;
let tenant: TenantScope;
beforeAll(async () => {
  ctx = await createDbTestContext();
  const { tenant: row } = await provisionTenant(
    ctx.adminPool,
    { slug: 'unavail', name: 'U', tier: 'standard' },
    {
      appRole: ctx.appRole,
      actor: 'test',
    },
  );
  tenant = row;
});
afterAll(() => ctx.close());

describe('an unavailable database', () => {
  it('surfaces as DatabaseUnavailableError when no connection can be had', async () => {
    const pool = createPool('postgres://nobody@127.0.0.1:1/nothing', { max: 1 });
    try {
      await expect(withTenantTransaction(pool, tenant, async () => 'never')).rejects.toBeInstanceOf(
        DatabaseUnavailableError,
      );
    } finally {
      await pool.end();
    }
  });

  it('fails the transaction, destroys the connection and keeps the process alive when the server kills it', async () => {
    const pool = createPool(ctx.appUrl, { max: 1 });
    try {
      const attempt = withTenantTransaction(pool, tenant, async ({ client }) => {
        const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        const pid = rows[0]!.pid;
        // pg_terminate_backend only signals: wait until the backend is really gone before using the connection.
        await ctx.adminPool.query('SELECT pg_terminate_backend($1, 5000)', [pid]);
        await client.query('SELECT 1');
      });
      const error = await attempt.catch((caught: unknown) => caught);
      expect(isDatabaseUnavailable(error)).toBe(true);
      // The pool replaced the dead connection: the next unit of work runs normally.
      await expect(
        withTenantTransaction(
          pool,
          tenant,
          async ({ client }) => (await client.query('SELECT 1 AS ok')).rows[0],
        ),
      ).resolves.toEqual({ ok: 1 });
    } finally {
      await pool.end();
    }
  });

  it('recognises a pool timeout wrapped by drizzle (a failed query outside a transaction)', async () => {
    const pool = new pg.Pool({ connectionString: ctx.appUrl, max: 1, connectionTimeoutMillis: 200 });
    const held = await pool.connect();
    try {
      const error = await drizzle(pool)
        .execute(sql`SELECT ${'value'}::text`)
        .catch((caught: unknown) => caught);
      expect((error as Error).message).toContain('Failed query');
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      held.release();
      await pool.end();
    }
  });
});
