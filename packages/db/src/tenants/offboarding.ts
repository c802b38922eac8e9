import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool } from '../pool';
import { withTransaction } from '../tenant-transaction';
import { TenancyError } from '../errors';
import { exportTenantSnapshot } from '../backups/tenant-snapshot';
import type { ExportSink } from '../exports/export-sink';
import { findTenantById, recordPlatformAudit, registryDb, updateTenant } from './registry.repository';
import type { TenantRow } from './registry.tables';

/**
 * Offboards a tenant: marks it, exports every table of its schema to the sink (a restorable backup), then drops the schema and
 * leaves a tombstone in the registry. Re-runnable: an interrupted offboarding is simply run again.
 */
export async function offboardTenant(
  adminPool: Pool,
  tenantId: string,
  options: { sink: ExportSink; actor: string; requestId?: string },
): Promise<TenantRow> {
  const registry = registryDb(adminPool);
  const tenant = await findTenantById(registry, tenantId);
  if (!tenant) throw new TenancyError('tenant-not-found', `no tenant ${tenantId}`);
  if (tenant.status === 'deleted') return tenant;
  if (tenant.status !== 'offboarding') await updateTenant(registry, tenantId, { status: 'offboarding' });

  // The same snapshot a backup takes, so an offboarded tenant can be restored with `tenants restore --from`.
  const { location } = await exportTenantSnapshot(adminPool, tenant, {
    sink: options.sink,
    key: `tenants/${tenant.slug}/${tenant.id}/${new Date().toISOString().replace(/[:.]/g, '-')}`,
  });

  return withTransaction(adminPool, async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(tenant.schemaName)} CASCADE`);
    const db = drizzle(client, { casing: 'snake_case' });
    const row = await updateTenant(db, tenantId, {
      status: 'deleted',
      deletedAt: new Date(),
      exportLocation: location,
    });
    await recordPlatformAudit(db, {
      actor: options.actor,
      action: 'tenant.deleted',
      tenantId,
      detail: { slug: tenant.slug, exportLocation: location },
      requestId: options.requestId ?? null,
    });
    return row!;
  });
}
