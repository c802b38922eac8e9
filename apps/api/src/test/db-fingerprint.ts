import type { Pool } from '@dispatch/db';

/**
 * Row count and a content hash of every table in the given schemas (a tenant's schema, `platform`), in one
 * query: two equal fingerprints mean nothing was written in between, audit chain included. A schema dropped
 * meanwhile (an offboarding finishing) simply drops out of the next fingerprint.
 */
/**
 * Bookkeeping that any authenticated call may write (at most once a minute per user, see the users plugin): when
 * someone was last seen is not a change a refused request made, so it is left out of the hash.
 */
const IGNORED_COLUMNS: Record<string, string[]> = { users: ['last_seen_at'] };

export async function databaseFingerprint(pool: Pool, schemas: string[]): Promise<Record<string, string>> {
  for (let attempt = 0; ; attempt += 1) {
    const { rows: tables } = await pool.query<{ name: string; table: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name, table_name AS table FROM information_schema.tables
        WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1`,
      [schemas],
    );
    if (tables.length === 0) return {};
    const union = tables
      .map(({ name, table }) => {
        const ignored = IGNORED_COLUMNS[table];
        const row = ignored ? `(to_jsonb(t) - ARRAY[${ignored.map(literal).join(', ')}])::text` : 't::text';
        return `SELECT ${literal(name)} AS name, count(*)::text || ':' ||
                  md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) AS print FROM ${name} t`;
      })
      .join(' UNION ALL ');
    try {
      const { rows } = await pool.query<{ name: string; print: string }>(union);
      return Object.fromEntries(rows.map((row) => [row.name, row.print]));
    } catch (error) {
      // 42P01: a table went away between the two queries (a schema being dropped); look again.
      if ((error as { code?: string }).code !== '42P01' || attempt >= 5) throw error;
    }
  }
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
