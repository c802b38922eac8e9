import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool, PoolClient } from '../pool';
import { withTransaction } from '../tenant-transaction';
import { TenancyError } from '../errors';
import { enterTenantSchema } from '../migrations/apply-template';
import type { ExportSink } from '../exports/export-sink';
import { findTenantById, recordPlatformAudit, registryDb, updateTenant } from './registry.repository';
import type { TenantRow } from './registry.tables';

const BATCH = 1000;

async function* exportLines(client: PoolClient, tenant: TenantRow): AsyncGenerator<string> {
  yield (
    JSON.stringify({
      kind: 'tenant',
      exportedAt: new Date().toISOString(),
      tenant: {
        id: tenant.id,
        slug: tenant.slug,
        name: tenant.name,
        tier: tenant.tier,
        templateVersion: tenant.templateVersion,
      },
    }) + '\n'
  );
  const { rows: tables } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [tenant.schemaName],
  );
  for (const { table_name: table } of tables) {
    // A server-side cursor streams big tables without holding them in memory.
    const cursor = pg.escapeIdentifier(`export_${table}`);
    await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT * FROM ${pg.escapeIdentifier(table)}`);
    for (;;) {
      const { rows } = await client.query(`FETCH ${BATCH} FROM ${cursor}`);
      for (const row of rows) yield JSON.stringify({ kind: 'row', table, row }) + '\n';
      if (rows.length < BATCH) break;
    }
    await client.query(`CLOSE ${cursor}`);
  }
}

/**
 * Offboards a tenant: marks it, exports every table of its schema to the sink, then drops the schema and
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

  const location = await withTransaction(adminPool, async (client) => {
    // REPEATABLE READ: every table exported from the same snapshot.
    await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await enterTenantSchema(client, tenant.id, tenant.schemaName);
    const key = `tenants/${tenant.slug}/${tenant.id}/${new Date().toISOString().replace(/[:.]/g, '-')}`;
    return options.sink.write(key, exportLines(client, tenant));
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
