import { randomBytes } from 'node:crypto';
import pg from 'pg';

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
// Serialises role setup across test files that run at the same time on one cluster.
const ROLE_LOCK_KEY = 4_242_001;
const RACE_CODES = new Set(['42710', '23505', '42P04']); // duplicate_object, unique_violation, duplicate_database

/** Creates `dispatch_test_<random>` on the cluster behind `adminUrl` and makes sure the app role exists. */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `dispatch_test_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, async (client) => {
    await ensureAppRole(client);
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

async function ensureAppRole(client: pg.Client): Promise<void> {
  const attributes = `LOGIN PASSWORD '${APP_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT`;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [ROLE_LOCK_KEY]);
    const { rows } = await client.query<{ ok: boolean }>(
      `SELECT rolcanlogin AND NOT rolsuper AND NOT rolcreatedb AND NOT rolcreaterole
              AND NOT rolbypassrls AND NOT rolinherit AS ok
         FROM pg_roles WHERE rolname = $1`,
      [APP_ROLE],
    );
    if (rows.length === 0) await client.query(`CREATE ROLE ${APP_ROLE} ${attributes}`);
    // A role left behind with other powers would make isolation tests pass for the wrong reason.
    else if (!rows[0]?.ok) await client.query(`ALTER ROLE ${APP_ROLE} ${attributes}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    // Someone created it outside our lock (another tool, an older run): it exists, which is the goal.
    if (!RACE_CODES.has((error as { code?: string }).code ?? '')) throw error;
  }
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
