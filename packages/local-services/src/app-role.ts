import pg from 'pg';

// Serialises role setup when several processes (test files, dev restarts) do it at once on one cluster.
const ROLE_LOCK_KEY = 4_242_001;
const RACE_CODES = new Set(['42710', '23505']); // duplicate_object, unique_violation

/**
 * Creates the runtime role where the project manages the cluster itself (development, tests): a login role
 * that is neither superuser nor owner and cannot bypass RLS. In production the DBA or Vault provides it.
 * A role found with more powers is stripped of them, so isolation never rests on luck.
 */
export async function ensureAppRole(
  client: { query: pg.ClientBase['query'] },
  role: string,
  password: string,
): Promise<void> {
  const attributes = `LOGIN PASSWORD ${pg.escapeLiteral(password)} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT`;
  const name = pg.escapeIdentifier(role);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [ROLE_LOCK_KEY]);
    const { rows } = await client.query<{ ok: boolean }>(
      `SELECT rolcanlogin AND NOT rolsuper AND NOT rolcreatedb AND NOT rolcreaterole
              AND NOT rolbypassrls AND NOT rolinherit AS ok
         FROM pg_roles WHERE rolname = $1`,
      [role],
    );
    if (rows.length === 0) await client.query(`CREATE ROLE ${name} ${attributes}`);
    else if (!rows[0]?.ok) await client.query(`ALTER ROLE ${name} ${attributes}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    if (!RACE_CODES.has((error as { code?: string }).code ?? '')) throw error;
  }
}
