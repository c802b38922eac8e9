import type { Pool } from '../pool';
import { withTransaction } from '../tenant-transaction';
import { TenancyError } from '../errors';
import { readMigrationFiles } from './migration-files';
import { PLATFORM_MIGRATIONS_DIR } from './paths';

// Any fixed number: serialises concurrent platform migration runs (transaction-scoped, so pgBouncer-safe).
const PLATFORM_MIGRATION_LOCK = 7_310_001;

/** Applies pending platform migrations from `migrations/` in one transaction. Returns the versions applied. */
export async function migratePlatform(adminPool: Pool, dir = PLATFORM_MIGRATIONS_DIR): Promise<string[]> {
  const files = await readMigrationFiles(dir);
  return withTransaction(adminPool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PLATFORM_MIGRATION_LOCK]);
    await client.query('CREATE SCHEMA IF NOT EXISTS platform');
    await client.query(`CREATE TABLE IF NOT EXISTS platform.schema_migrations (
      version text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: string; checksum: string }>(
      'SELECT version, checksum FROM platform.schema_migrations',
    );
    const applied = new Map(rows.map((row) => [row.version, row.checksum]));
    const done: string[] = [];
    for (const file of files) {
      const checksum = applied.get(file.version);
      if (checksum !== undefined) {
        if (checksum !== file.checksum) {
          throw new TenancyError(
            'migration-checksum-mismatch',
            `platform migration ${file.version} was edited after it was applied`,
          );
        }
        continue;
      }
      try {
        await client.query(file.sql);
      } catch (error) {
        // A migration that refuses on purpose (RAISE with a hint) should read as such, not as a crash.
        const { message, hint } = error as { message?: string; hint?: string };
        throw new TenancyError(
          'migration-failed',
          `platform migration ${file.version} failed: ${message ?? String(error)}${hint ? ` (${hint})` : ''}`,
        );
      }
      await client.query('INSERT INTO platform.schema_migrations (version, checksum) VALUES ($1, $2)', [
        file.version,
        file.checksum,
      ]);
      done.push(file.version);
    }
    return done;
  });
}
