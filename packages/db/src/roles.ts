import pg from 'pg';
import type { Pool } from './pool';

/**
 * Gives the runtime role what it needs outside tenant schemas: resolving tenants and calling the policy function.
 * Idempotent; run after platform migrations.
 */
export async function grantPlatformAccess(adminPool: Pool, appRole: string): Promise<void> {
  const role = pg.escapeIdentifier(appRole);
  await adminPool.query(`GRANT USAGE ON SCHEMA platform TO ${role}`);
  await adminPool.query(`GRANT SELECT ON platform.tenants TO ${role}`);
  await adminPool.query(`GRANT EXECUTE ON FUNCTION platform.current_tenant_id() TO ${role}`);
  // Identity (migrations/20261121001000_identity.sql): the tenant's own sealed client secret (RLS-scoped) and
  // the one function through which it may replace its own identity settings.
  await adminPool.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON platform.tenant_idp_secrets TO ${role}`);
  await adminPool.query(
    `GRANT EXECUTE ON FUNCTION platform.set_current_tenant_idp(jsonb, text, text) TO ${role}`,
  );
  // Tenant settings (migrations/20261129050000_tenant_settings.sql): the same kind of door for `PUT /api/settings`.
  await adminPool.query(
    `GRANT EXECUTE ON FUNCTION platform.set_current_tenant_settings(jsonb, text, text) TO ${role}`,
  );
}
