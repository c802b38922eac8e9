import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from './embedded-postgres';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  let dir: string;
  let server: EmbeddedPostgresServer | undefined;

  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(
    'initialises an empty dir, then keeps its data across a stop and start',
    { timeout: 120_000 },
    async () => {
      dir = await mkdtemp(join(tmpdir(), 'dispatch-embedded-pg-'));
      server = await startEmbeddedPostgres({ dir });
      await query(server.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
      await server.stop();

      server = await startEmbeddedPostgres({ dir, port: server.port });
      expect(await query(server.url, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
    },
  );
});
