import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface MigrationFile {
  /** The file name without `.sql`; timestamp-prefixed so lexical order is apply order. */
  version: string;
  sql: string;
  checksum: string;
}

const MIGRATION_NAME = /^(\d{14}_[a-z0-9_]+)\.sql$/;

export async function readMigrationFiles(dir: string): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  return Promise.all(
    names.map(async (name) => {
      const match = MIGRATION_NAME.exec(name);
      if (!match?.[1])
        throw new Error(`migration file ${join(dir, name)} must be named YYYYMMDDHHMMSS_name.sql`);
      const sql = await readFile(join(dir, name), 'utf8');
      return { version: match[1], sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}
