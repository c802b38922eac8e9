import type { Pool } from '../pool';
import { TenancyError } from '../errors';
import type { ExportSink } from '../exports/export-sink';
import { findLiveTenantBySlug, registryDb } from '../tenants/registry.repository';
import type { TenantRow } from '../tenants/registry.tables';
import type { CopyProgress } from './backup-format';
import { exportTenantSnapshot, type SnapshotResult } from './tenant-snapshot';

export interface BackupTenantResult extends SnapshotResult {
  tenant: TenantRow;
}

/** Backups of one tenant live under its slug; names sort by time. */
export const backupFolder = (slug: string) => `backups/${slug}/`;

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/**
 * Backs up one live tenant (see `exportTenantSnapshot`: one consistent snapshot of every table, its sequences,
 * registry row and template versions) to `backups/<slug>/<slug>-<time>.tenant-backup.gz` in the sink.
 */
export async function backupTenant(
  adminPool: Pool,
  slug: string,
  options: { sink: ExportSink; onProgress?: (progress: CopyProgress) => void },
): Promise<BackupTenantResult> {
  const tenant = await findLiveTenantBySlug(registryDb(adminPool), slug);
  if (!tenant || tenant.status === 'offboarding') {
    throw new TenancyError('tenant-not-found', `no live tenant "${slug}"`, 'slug');
  }
  const result = await exportTenantSnapshot(adminPool, tenant, {
    sink: options.sink,
    key: `${backupFolder(slug)}${slug}-${stamp(new Date())}`,
    onProgress: options.onProgress,
  });
  return { ...result, tenant };
}

/** The newest backup of a slug in the sink, or null. */
export async function latestBackup(sink: ExportSink, slug: string): Promise<string | null> {
  return (await sink.list(backupFolder(slug))).at(-1) ?? null;
}
