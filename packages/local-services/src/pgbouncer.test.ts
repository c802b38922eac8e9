import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startPgBouncer, type PgBouncer } from './pgbouncer';

describe('startPgBouncer', () => {
  let dir: string;
  let bouncer: PgBouncer | undefined;

  afterAll(async () => {
    await bouncer?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('proxies queries to the upstream Postgres in transaction mode', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dispatch-pgbouncer-'));
    bouncer = await startPgBouncer({ upstreamUrl: inject('adminDatabaseUrl'), dir, defaultPoolSize: 2 });
    const pool = new pg.Pool({ connectionString: bouncer.url(), max: 4 });
    try {
      const { rows } = await pool.query<{ answer: number }>('SELECT 40 + 2 AS answer');
      expect(rows).toEqual([{ answer: 42 }]);

      // Transaction mode: a transaction-local setting is visible inside its own transaction only.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query("SELECT set_config('app.current_tenant', 'tenant-a', true)");
        const inside = await client.query("SELECT current_setting('app.current_tenant', true) AS tenant");
        await client.query('COMMIT');
        expect(inside.rows[0]).toEqual({ tenant: 'tenant-a' });
      } finally {
        client.release();
      }

      const admin = new pg.Client({ connectionString: bouncer.url('pgbouncer') });
      await admin.connect();
      try {
        const { rows: config } = await admin.query<{ key: string; value: string }>('SHOW CONFIG');
        expect(config.find((row) => row.key === 'pool_mode')?.value).toBe('transaction');
      } finally {
        await admin.end();
      }
    } finally {
      await pool.end();
    }
  });
});
