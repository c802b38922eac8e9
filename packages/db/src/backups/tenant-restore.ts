import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable as ReadableStream } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { drizzle } from 'drizzle-orm/node-postgres';
import { eq } from 'drizzle-orm';
import type { Pool, PoolClient } from '../pool';
import { withTransaction } from '../tenant-transaction';
import { TenancyError, issuerInUse } from '../errors';
import { readMigrationFiles } from '../migrations/migration-files';
import { TENANT_TEMPLATES_DIR } from '../migrations/paths';
import { applyTemplateMigration } from '../migrations/apply-template';
import { createTenantSchema } from '../tenants/provisioning';
import { recordPlatformAudit } from '../tenants/registry.repository';
import { tenants, type TenantRow } from '../tenants/registry.tables';
import { assertValidSlug } from '../tenants/slug';
import type { BackupHeader, CopyProgress, TableCount } from './backup-format';
import { BackupReader } from './backup-reader';
import { describeTenantSchema, qualified } from './tenant-snapshot';
import { restoreTarget, type RestoreTarget } from './restore-target';
import { splitTemplates } from './restore-templates';

export interface RestoreTenantOptions {
  appRole: string;
  actor: string;
  requestId?: string;
  templatesDir?: string;
  /** Restore into this slug (a new tenant, or with `replace` an existing one) instead of the backup's own. */
  into?: string;
  /** Replace the data of a tenant that exists (the CLI's `--yes`); without it such a restore is refused. */
  replace?: boolean;
  /** Where the backup came from, for the audit record. */
  location?: string;
  onProgress?: (progress: CopyProgress) => void;
}

export interface RestoreTenantResult {
  tenant: TenantRow;
  /** A registry row was created (a new tenant, or one whose registry row was gone). */
  created: boolean;
  /** An existing schema was replaced. */
  replaced: boolean;
  source: { id: string; slug: string; takenAt: string };
  backupVersion: string | null;
  /** Template migrations applied after loading, to bring the backup up to this build. */
  migrated: string[];
  tables: TableCount[];
  rows: number;
  sequences: number;
}

/** `tenant_id` is the first copied column; another tenant's id is swapped in as the row streams past. */
function tenantRewriter(sourceId: string, targetId: string, table: string) {
  if (sourceId === targetId) return (line: string) => line;
  const prefix = `${sourceId}\t`;
  return (line: string) => {
    if (line.startsWith(prefix)) return `${targetId}\t${line.slice(prefix.length)}`;
    if (line === sourceId) return targetId;
    throw new TenancyError('invalid-backup', `a row of ${table} belongs to no tenant of this backup`, 'from');
  };
}

async function loadTables(
  client: PoolClient,
  reader: BackupReader,
  header: BackupHeader,
  target: RestoreTarget,
  onProgress?: (progress: CopyProgress) => void,
): Promise<TableCount[]> {
  const schema = target.tenant.schemaName;
  const present = new Map(
    (await describeTenantSchema(client, schema)).tables.map((table) => [table.name, table]),
  );
  for (const table of header.tables) {
    const columns = new Set(present.get(table.name)?.columns ?? []);
    const missing = table.columns.filter((column) => !columns.has(column));
    if (!present.has(table.name) || missing.length > 0) {
      throw new TenancyError(
        'invalid-backup',
        `the backup's ${table.name} does not match the templates it names (${missing.join(', ') || 'no such table'})`,
        'from',
      );
    }
  }
  // Template migrations seed rows (counters, the audit chain head); the backup has the real ones.
  const names = [...present.keys()].map((name) => qualified(schema, name));
  if (names.length) await client.query(`TRUNCATE ${names.join(', ')}`);

  const foreignKeys = await dropForeignKeys(client, schema);
  const totalRows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  const counts: TableCount[] = [];
  let rows = 0;
  for (const [index, table] of header.tables.entries()) {
    const name = qualified(schema, table.name);
    await reader.tableStart(table.name);
    // COPY FROM refuses tables whose RLS applies to the caller; the owner lifts FORCE for the load only, inside
    // this transaction, so no other session ever sees the table without it.
    await client.query(`ALTER TABLE ${name} NO FORCE ROW LEVEL SECURITY`);
    const columns = table.columns.map((column) => pg.escapeIdentifier(column)).join(', ');
    const copy = client.query(copyFrom(`COPY ${name} (${columns}) FROM STDIN`));
    const rewrite = tenantRewriter(header.tenant.id, target.tenant.id, table.name);
    let tableRows = 0;
    const progress = () =>
      onProgress?.({
        table: table.name,
        tableIndex: index + 1,
        tables: header.tables.length,
        tableRows,
        tableTotal: table.rows,
        rows,
        totalRows,
      });
    progress();
    const lines = reader.rows((line) => {
      tableRows += 1;
      rows += 1;
      if (tableRows % 5000 === 0) progress();
      return rewrite(line);
    });
    await pipeline(ReadableStream.from(lines), copy);
    progress();
    const expected = await reader.tableEnd(table.name);
    if (expected !== tableRows) {
      throw new TenancyError(
        'invalid-backup',
        `${table.name}: the backup says ${expected} rows but holds ${tableRows}`,
        'from',
      );
    }
    await client.query(`ALTER TABLE ${name} FORCE ROW LEVEL SECURITY`);
    counts.push({ name: table.name, rows: tableRows });
  }
  // One validating join per foreign key instead of a lookup per loaded row (what pg_dump's ordering does too).
  for (const key of foreignKeys) {
    await client.query(
      `ALTER TABLE ${qualified(schema, key.table)} ADD CONSTRAINT ${pg.escapeIdentifier(key.name)} ${key.definition}`,
    );
  }
  const end = await reader.end();
  if (end.rows !== rows) throw new TenancyError('invalid-backup', 'the backup is inconsistent', 'from');
  return counts;
}

interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** The schema's foreign keys, dropped for the load; their definitions name tables as the search_path sees them. */
async function dropForeignKeys(client: PoolClient, schema: string): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT c.relname AS table, f.conname AS name, pg_get_constraintdef(f.oid) AS definition
       FROM pg_constraint f
       JOIN pg_class c ON c.oid = f.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE f.contype = 'f' AND n.nspname = $1
      ORDER BY c.relname, f.conname`,
    [schema],
  );
  for (const key of rows) {
    await client.query(
      `ALTER TABLE ${qualified(schema, key.table)} DROP CONSTRAINT ${pg.escapeIdentifier(key.name)}`,
    );
  }
  return rows;
}

/**
 * Restores a tenant from a backup in ONE transaction: the schema is rebuilt from the tenant templates at the
 * backup's version, the rows are loaded with COPY, sequences are set where they were, the templates written
 * since are applied, and the restore is audited. Any failure (a truncated file, a bad row) rolls all of it
 * back, leaving the tenant exactly as it was.
 */
export async function restoreTenant(
  adminPool: Pool,
  input: Readable,
  options: RestoreTenantOptions,
): Promise<RestoreTenantResult> {
  const reader = new BackupReader(input);
  const header = await reader.header();
  const slug = options.into ?? header.tenant.slug;
  assertValidSlug(slug);
  const files = await readMigrationFiles(options.templatesDir ?? TENANT_TEMPLATES_DIR);
  const { base, forward } = splitTemplates(header, files);

  try {
    return await withTransaction(adminPool, async (client) => {
      const db = drizzle(client, { casing: 'snake_case' });
      const target = await restoreTarget(client, db, header, slug, {
        replace: Boolean(options.replace),
        intoOther: options.into !== undefined && options.into !== header.tenant.slug,
        latestVersion: files.at(-1)?.version ?? null,
      });
      await createTenantSchema(client, target.tenant, base, { appRole: options.appRole });
      const tables = await loadTables(client, reader, header, target, options.onProgress);
      for (const sequence of header.sequences) {
        await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
          qualified(target.tenant.schemaName, sequence.name),
          sequence.lastValue,
          sequence.isCalled,
        ]);
      }
      for (const file of forward)
        await applyTemplateMigration(client, target.tenant.id, file, options.appRole);
      // Fresh statistics, so the first queries after the restore plan as well as before it.
      for (const table of tables)
        await client.query(`ANALYZE ${qualified(target.tenant.schemaName, table.name)}`);
      const [tenant] = await db
        .update(tenants)
        .set({ templateVersion: files.at(-1)?.version ?? null, updatedAt: new Date() })
        .where(eq(tenants.id, target.tenant.id))
        .returning();
      const rows = tables.reduce((sum, table) => sum + table.rows, 0);
      await recordPlatformAudit(db, {
        actor: options.actor,
        action: 'tenant.restored',
        tenantId: target.tenant.id,
        detail: {
          slug,
          from: { tenantId: header.tenant.id, slug: header.tenant.slug, takenAt: header.takenAt },
          location: options.location ?? null,
          created: target.created,
          replaced: target.replaced,
          backupVersion: header.templates.at(-1)?.version ?? null,
          migrated: forward.map((file) => file.version),
          rows,
        },
        requestId: options.requestId ?? null,
      });
      return {
        tenant: tenant!,
        created: target.created,
        replaced: target.replaced,
        source: { id: header.tenant.id, slug: header.tenant.slug, takenAt: header.takenAt },
        backupVersion: header.templates.at(-1)?.version ?? null,
        migrated: forward.map((file) => file.version),
        tables,
        rows,
        sequences: header.sequences.length,
      };
    });
  } catch (error) {
    // The backup's issuer now belongs to another live tenant: restore it under --into (no identity) instead.
    throw issuerInUse(error) ?? error;
  } finally {
    input.destroy();
  }
}
