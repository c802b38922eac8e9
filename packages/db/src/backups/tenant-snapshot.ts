import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { Pool, PoolClient } from '../pool';
import { withTransaction } from '../tenant-transaction';
import { enterTenantSchema } from '../migrations/apply-template';
import type { ExportSink } from '../exports/export-sink';
import type { TenantRow } from '../tenants/registry.tables';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_KIND,
  BACKUP_SUFFIX,
  END_OF_ROWS,
  type BackupHeader,
  type BackupSequence,
  type BackupTable,
  type CopyProgress,
  type TableCount,
} from './backup-format';

export interface SnapshotOptions {
  sink: ExportSink;
  /** Where in the sink; the backup suffix and `.gz` are added. */
  key: string;
  onProgress?: (progress: CopyProgress) => void;
}

export interface SnapshotResult {
  location: string;
  bytes: number;
  takenAt: string;
  templateVersion: string | null;
  tables: TableCount[];
  rows: number;
}

/** The schema's tables (columns in a fixed order, `tenant_id` first) and sequences, from the catalog. */
export async function describeTenantSchema(
  client: PoolClient,
  schemaName: string,
): Promise<{ tables: Omit<BackupTable, 'rows'>[]; sequences: string[] }> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname AS table,
            array_agg(a.attname::text ORDER BY (a.attname <> 'tenant_id'), a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
      GROUP BY c.relname
      ORDER BY c.relname`,
    [schemaName],
  );
  const { rows: sequences } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY c.relname`,
    [schemaName],
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint f
       JOIN pg_class child ON child.oid = f.conrelid
       JOIN pg_class parent ON parent.oid = f.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE f.contype = 'f' AND n.nspname = $1 AND child.oid <> parent.oid`,
    [schemaName],
  );
  const byName = new Map(rows.map((row) => [row.table, row]));
  return {
    tables: parentsFirst([...byName.keys()], references).map((name) => {
      const columns = byName.get(name)!.columns;
      return { name, columns, tenantColumn: columns[0] === 'tenant_id' };
    }),
    sequences: sequences.map((row) => row.name),
  };
}

/**
 * Tables ordered so that every table comes after the tables its foreign keys reference (ties by name): restore
 * loads them in file order with every constraint checked as rows arrive. A cycle, which the templates do not
 * have, is appended by name and would fail the restore loudly rather than load inconsistent data.
 */
export function parentsFirst(tables: string[], references: { child: string; parent: string }[]): string[] {
  const pending = new Map(tables.map((name) => [name, new Set<string>()]));
  for (const { child, parent } of references) if (pending.has(parent)) pending.get(child)?.add(parent);
  const ordered: string[] = [];
  for (;;) {
    const ready = [...pending.entries()]
      .filter(([, parents]) => [...parents].every((parent) => !pending.has(parent)))
      .map(([name]) => name)
      .sort();
    if (ready.length === 0) break;
    for (const name of ready) {
      ordered.push(name);
      pending.delete(name);
    }
  }
  return [...ordered, ...[...pending.keys()].sort()];
}

export const qualified = (schema: string, name: string) =>
  `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`;

function countLines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
  return count;
}

async function readHeader(client: PoolClient, tenant: TenantRow, takenAt: string): Promise<BackupHeader> {
  const schema = tenant.schemaName;
  const described = await describeTenantSchema(client, schema);
  const tables: BackupTable[] = [];
  for (const table of described.tables) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${qualified(schema, table.name)}`,
    );
    tables.push({ ...table, rows: Number(rows[0]!.n) });
  }
  const sequences: BackupSequence[] = [];
  for (const name of described.sequences) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${qualified(schema, name)}`,
    );
    sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
  }
  const { rows: templates } = await client.query<{ version: string; checksum: string }>(
    'SELECT version, checksum FROM platform.tenant_migrations WHERE tenant_id = $1 ORDER BY version',
    [tenant.id],
  );
  return {
    kind: BACKUP_KIND,
    format: BACKUP_FORMAT_VERSION,
    takenAt,
    tenant: {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      schemaName: tenant.schemaName,
      status: tenant.status,
      tier: tenant.tier,
      idp: tenant.idp,
      idpIssuer: tenant.idpIssuer,
      settings: tenant.settings,
      templateVersion: tenant.templateVersion,
      createdAt: tenant.createdAt.toISOString(),
    },
    templates,
    tables,
    sequences,
  };
}

async function* snapshotChunks(
  client: PoolClient,
  header: BackupHeader,
  counts: TableCount[],
  onProgress?: (progress: CopyProgress) => void,
): AsyncGenerator<string | Buffer> {
  yield JSON.stringify(header) + '\n';
  const totalRows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  let rows = 0;
  for (const [index, table] of header.tables.entries()) {
    yield JSON.stringify({ kind: 'table', name: table.name }) + '\n';
    const columns = table.columns.map((column) => pg.escapeIdentifier(column)).join(', ');
    // COPY streams the rows in the server's own text format: no per-row round trips, no JSON encoding.
    const stream = client.query(
      copyTo(`COPY (SELECT ${columns} FROM ${qualified(header.tenant.schemaName, table.name)}) TO STDOUT`),
    );
    let tableRows = 0;
    const report = () =>
      onProgress?.({
        table: table.name,
        tableIndex: index + 1,
        tables: header.tables.length,
        tableRows,
        tableTotal: table.rows,
        rows,
        totalRows,
      });
    report();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const lines = countLines(chunk);
      tableRows += lines;
      rows += lines;
      yield chunk;
      report();
    }
    yield `${END_OF_ROWS}\n`;
    yield JSON.stringify({ kind: 'table-end', name: table.name, rows: tableRows }) + '\n';
    counts.push({ name: table.name, rows: tableRows });
  }
  yield JSON.stringify({ kind: 'end', tables: header.tables.length, rows }) + '\n';
}

/**
 * Writes every table of the tenant's schema, its sequences, its registry row and its template versions to the
 * sink from ONE snapshot: the transaction is REPEATABLE READ, so all tables show the same moment even while
 * the tenant keeps working. Runs as the owner role; forced RLS still applies, hence the tenant context.
 */
export async function exportTenantSnapshot(
  adminPool: Pool,
  tenant: TenantRow,
  options: SnapshotOptions,
): Promise<SnapshotResult> {
  return withTransaction(adminPool, async (client) => {
    await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await enterTenantSchema(client, tenant.id, tenant.schemaName);
    const takenAt = new Date().toISOString();
    const header = await readHeader(client, tenant, takenAt);
    const counts: TableCount[] = [];
    const stored = await options.sink.write(
      `${options.key}${BACKUP_SUFFIX}`,
      snapshotChunks(client, header, counts, options.onProgress),
    );
    return {
      ...stored,
      takenAt,
      templateVersion: header.templates.at(-1)?.version ?? null,
      tables: counts,
      rows: counts.reduce((sum, table) => sum + table.rows, 0),
    };
  });
}
