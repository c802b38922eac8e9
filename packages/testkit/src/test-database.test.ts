import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './test-database';
import { testServices } from './test-services';

async function queryOne<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows[0];
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  it('creates separate databases concurrently, each reachable as the unprivileged app role', async () => {
    const { adminDatabaseUrl } = testServices();
    const databases = await Promise.all([1, 2, 3].map(() => createTestDatabase(adminDatabaseUrl)));
    try {
      expect(new Set(databases.map((db) => db.name)).size).toBe(3);
      for (const db of databases) expect(db.name).toMatch(/^dispatch_test_[0-9a-f]{12}$/);

      const [first] = databases;
      const role = await queryOne(
        first!.appUrl,
        `SELECT current_user AS "user", current_database() AS database, rolsuper, rolbypassrls, rolinherit
           FROM pg_roles WHERE rolname = current_user`,
      );
      expect(role).toEqual({
        user: 'dispatch_app',
        database: first!.name,
        rolsuper: false,
        rolbypassrls: false,
        rolinherit: false,
      });
    } finally {
      await Promise.all(databases.map((db) => db.drop()));
    }
  });

  it('drops the database even while a connection is still open', async () => {
    const db = await createTestDatabase(testServices().adminDatabaseUrl);
    const lingering = new pg.Client({ connectionString: db.appUrl });
    lingering.on('error', () => undefined);
    await lingering.connect();

    await db.drop();

    const exists = await queryOne<{ count: string }>(
      testServices().adminDatabaseUrl,
      `SELECT count(*) FROM pg_database WHERE datname = '${db.name}'`,
    );
    expect(exists?.count).toBe('0');
    await lingering.end().catch(() => undefined);
  });
});
