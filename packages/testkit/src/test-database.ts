import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureAppRole } from '@dispatch/local-services';

export interface TestDatabase {
  name: string;
  /** Superuser URL on the new database: migrations and fixtures. */
  adminUrl: string;
  /** Same database as `dispatch_app`: no superuser, no owner, cannot bypass RLS. */
  appUrl: string;
  /** Terminates remaining connections and drops the database. */
  drop(): Promise<void>;
}

export const APP_ROLE = 'dispatch_app';
const APP_PASSWORD = 'dispatch_app';

/** Creates `dispatch_test_<random>` on the cluster behind `adminUrl` and makes sure the app role exists. */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `dispatch_test_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, async (client) => {
    await ensureAppRole(client, APP_ROLE, APP_PASSWORD);
    await createDatabase(client, name);
  });
  return {
    name,
    adminUrl: withDatabase(adminUrl, name),
    appUrl: withDatabase(adminUrl, name, { user: APP_ROLE, password: APP_PASSWORD }),
    // WITH (FORCE) terminates the sessions still connected (pools, pgBouncer) before dropping.
    drop: () =>
      withClient(adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      }),
  };
}

async function createDatabase(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      return;
    } catch (error) {
      // 55006: template1 briefly in use by a concurrent CREATE DATABASE.
      if ((error as { code?: string }).code !== '55006' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

function withDatabase(
  url: string,
  database: string,
  credentials?: { user: string; password: string },
): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  if (credentials) {
    parsed.username = encodeURIComponent(credentials.user);
    parsed.password = encodeURIComponent(credentials.password);
  }
  return parsed.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
