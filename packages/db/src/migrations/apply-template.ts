import pg from 'pg';
import type { PoolClient } from '../pool';
import type { MigrationFile } from './migration-files';

/**
 * Runs one tenant-template migration on a connection whose transaction already has the tenant's
 * search_path and app.current_tenant set, and records it. `{{app_role}}` names the runtime role.
 */
export async function applyTemplateMigration(
  client: PoolClient,
  tenantId: string,
  file: MigrationFile,
  appRole: string,
): Promise<void> {
  await client.query(file.sql.replaceAll('{{app_role}}', pg.escapeIdentifier(appRole)));
  await client.query(
    'INSERT INTO platform.tenant_migrations (tenant_id, version, checksum) VALUES ($1, $2, $3)',
    [tenantId, file.version, file.checksum],
  );
}

/** Transaction-local tenant context for owner-side work (provisioning, migrations, exports). */
export async function enterTenantSchema(
  client: PoolClient,
  tenantId: string,
  schemaName: string,
): Promise<void> {
  await client.query(
    "SELECT set_config('search_path', $1, true), set_config('app.current_tenant', $2, true)",
    [pg.escapeIdentifier(schemaName), tenantId],
  );
}
