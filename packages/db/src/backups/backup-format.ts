/**
 * The tenant backup file (also what offboarding exports), gzip-compressed by the sink:
 *
 *   {"kind":"dispatch-tenant-backup", ...header}          one JSON line: registry row, templates, tables, sequences
 *   {"kind":"table","name":"work_orders"}                 then, per table in the header's order:
 *   <COPY text-format rows, one per line>                  exactly what `COPY ... TO STDOUT` wrote
 *   \.                                                     end of the table's rows (as in pg_dump's plain format)
 *   {"kind":"table-end","name":"work_orders","rows":N}
 *   {"kind":"end","tables":T,"rows":R}                     a file without this line is truncated
 *
 * COPY text format escapes backslashes, tabs and newlines inside values, so a row is always one line and no
 * row can read `\.`. The format needs no Postgres client tools: any server version writes and reads it.
 */
export const BACKUP_KIND = 'dispatch-tenant-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Appended to backup keys; the sink adds `.gz`. */
export const BACKUP_SUFFIX = '.tenant-backup';
export const END_OF_ROWS = '\\.';

export interface BackupTable {
  name: string;
  /** Copied columns in file order; generated columns are left out (the database computes them again). */
  columns: string[];
  /** Whether the first column is `tenant_id` (rewritten when restoring into another tenant). */
  tenantColumn: boolean;
  rows: number;
}

export interface BackupSequence {
  name: string;
  /** bigint as text: sequences may pass 2^53. */
  lastValue: string;
  isCalled: boolean;
}

export interface BackupTenant {
  id: string;
  slug: string;
  name: string;
  schemaName: string;
  status: string;
  tier: string;
  idp: Record<string, unknown>;
  idpIssuer: string | null;
  settings: Record<string, unknown>;
  templateVersion: string | null;
  createdAt: string;
}

export interface BackupHeader {
  kind: typeof BACKUP_KIND;
  format: typeof BACKUP_FORMAT_VERSION;
  takenAt: string;
  tenant: BackupTenant;
  /** The tenant-template migrations the schema had, in order: restore rebuilds exactly these, then migrates. */
  templates: { version: string; checksum: string }[];
  tables: BackupTable[];
  sequences: BackupSequence[];
}

export type BackupLine =
  | { kind: 'table'; name: string }
  | { kind: 'table-end'; name: string; rows: number }
  | { kind: 'end'; tables: number; rows: number };

/** Rows copied so far, for progress bars and log lines. */
export interface CopyProgress {
  table: string;
  /** 1-based position of `table` among `tables`. */
  tableIndex: number;
  tables: number;
  tableRows: number;
  tableTotal: number;
  rows: number;
  totalRows: number;
}

export interface TableCount {
  name: string;
  rows: number;
}

export function isBackupHeader(value: unknown): value is BackupHeader {
  const header = value as Partial<BackupHeader> | null;
  return (
    typeof header === 'object' &&
    header !== null &&
    header.kind === BACKUP_KIND &&
    Array.isArray(header.tables) &&
    Array.isArray(header.templates) &&
    Array.isArray(header.sequences) &&
    typeof header.tenant?.id === 'string'
  );
}
