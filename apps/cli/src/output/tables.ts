import Table from 'cli-table3';
import type { TableCount } from '@dispatch/db';
import type { MigrationFailure, MigrationStatus, Tenant } from '../clients/platform-client';

// Borderless columns, like kubectl: easy to read, to grep and to paste into an incident note.
const NO_BORDERS = Object.fromEntries(
  [
    'top',
    'top-mid',
    'top-left',
    'top-right',
    'bottom',
    'bottom-mid',
    'bottom-left',
    'bottom-right',
    'left',
    'left-mid',
    'mid',
    'mid-mid',
    'right',
    'right-mid',
    'middle',
  ].map((key) => [key, '']),
);

/** A borderless table; exported for outputs that live in their own files. */
export function render(
  head: string[],
  rows: string[][],
  color: boolean,
  options: { wrapLast?: number } = {},
): string {
  const table = new Table({
    head: head.map((title) => title.toUpperCase()),
    chars: NO_BORDERS,
    // cli-table3 colours headings red by default; plain text unless a person is looking.
    style: { head: color ? ['cyan'] : [], border: [], 'padding-left': 0, 'padding-right': 2 },
    ...(options.wrapLast
      ? { wordWrap: true, colWidths: [...head.slice(1).map(() => null), options.wrapLast] }
      : {}),
  });
  table.push(...rows);
  return table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/** `2026-11-21T10:04:05.123Z` → `2026-11-21 10:04` (UTC, as the heading says). */
const minute = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

export function tenantsTable(tenants: Tenant[], color: boolean): string {
  return render(
    ['Slug', 'Name', 'Status', 'Tier', 'Template version', 'Created (UTC)'],
    tenants.map((t) => [t.slug, t.name, t.status, t.tier, t.templateVersion ?? '', minute(t.createdAt)]),
    color,
  );
}

function audience(idp: Record<string, unknown>): string {
  const value = idp.apiAudience;
  return Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
}

/** One tenant as a key/value card. */
const rateLimits = (limits: Record<string, number> | null | undefined) =>
  limits && Object.keys(limits).length
    ? `${Object.entries(limits)
        .map(([bucket, value]) => `${bucket} ${value}`)
        .join(', ')} per window (the rest from the tier)`
    : "the tier's";

export function tenantDetail(tenant: Tenant): string {
  const rows: [string, string][] = [
    ['Slug', tenant.slug],
    ['Name', tenant.name],
    ['Id', tenant.id],
    ['Schema', tenant.schema],
    ['Status', tenant.status],
    ['Tier', tenant.tier],
    ['Issuer', typeof tenant.idp.issuer === 'string' ? tenant.idp.issuer : '(none)'],
    ['Audience', audience(tenant.idp)],
    ['Rate limits', rateLimits(tenant.rateLimits)],
    ['Template version', tenant.templateVersion ?? ''],
    ['Created (UTC)', minute(tenant.createdAt)],
    ['Updated (UTC)', minute(tenant.updatedAt)],
  ];
  if (tenant.deletedAt) rows.push(['Deleted (UTC)', minute(tenant.deletedAt)]);
  if (tenant.exportLocation) rows.push(['Export', tenant.exportLocation]);
  const table = new Table({
    chars: NO_BORDERS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 2 },
  });
  table.push(...rows);
  return table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

export function migrationStatusTable(tenants: MigrationStatus['tenants'], color: boolean): string {
  return render(
    ['Tenant', 'Template version', 'Pending'],
    tenants.map((t) => [t.slug, t.version ?? '', String(t.pending)]),
    color,
  );
}

export function failuresTable(failures: MigrationFailure[], color: boolean): string {
  return render(
    ['Tenant', 'Error'],
    failures.map((f) => [f.slug, f.error]),
    color,
    { wrapLast: 90 },
  );
}

/** Rows per table of a backup or a restore, with the total last. */
export function copiedTablesTable(tables: TableCount[], color: boolean): string {
  const total = tables.reduce((sum, table) => sum + table.rows, 0);
  return render(
    ['Table', 'Rows'],
    [
      ...tables.map((t) => [t.name, t.rows.toLocaleString('en-US')]),
      ['(total)', total.toLocaleString('en-US')],
    ],
    color,
  );
}

export interface BackupRunRow {
  slug: string;
  tables: string;
  rows: string;
  size: string;
  seconds: string;
  result: string;
}

/** `tenants backup --all`: one line per tenant, its file or its error. */
export function backupRunsTable(runs: BackupRunRow[], color: boolean): string {
  return render(
    ['Tenant', 'Tables', 'Rows', 'Size', 'Seconds', 'Backup or error'],
    runs.map((r) => [r.slug, r.tables, r.rows, r.size, r.seconds, r.result]),
    color,
  );
}

export function humanBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
