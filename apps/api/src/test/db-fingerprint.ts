import type { Pool } from '@dispatch/db';

/**
 * Row count and a content hash of every table in the given schemas (a tenant's schema, `platform`): two equal
 * fingerprints mean nothing was written in between, audit chain included.
 */
export async function databaseFingerprint(pool: Pool, schemas: string[]): Promise<Record<string, string>> {
  const { rows: tables } = await pool.query<{ name: string }>(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1`,
    [schemas],
  );
  const fingerprint: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await pool.query<{ rows: string; hash: string }>(
      `SELECT count(*)::text AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash
         FROM ${name} t`,
    );
    fingerprint[name] = `${rows[0]!.rows}:${rows[0]!.hash}`;
  }
  return fingerprint;
}
