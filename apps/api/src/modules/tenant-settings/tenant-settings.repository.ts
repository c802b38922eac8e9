import { sql } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';

/** The transaction's tenant's settings object as stored in the registry (read fresh, not from the cache). */
export async function currentTenantSettings(tx: TenantTx): Promise<Record<string, unknown>> {
  const { rows } = await tx.client.query<{ settings: Record<string, unknown> }>(
    'SELECT settings FROM platform.tenants WHERE id = platform.current_tenant_id()',
  );
  return rows[0]?.settings ?? {};
}

/**
 * Replaces the given top-level settings of the transaction's tenant through the one database function the
 * runtime role may call for it (migrations/…_tenant_settings.sql); other keys stay.
 */
export async function setCurrentTenantSettings(
  tx: TenantTx,
  settings: Record<string, unknown>,
  actor: string,
  requestId: string,
): Promise<void> {
  await tx.db.execute(
    sql`SELECT platform.set_current_tenant_settings(${JSON.stringify(settings)}::jsonb, ${actor}, ${requestId})`,
  );
}
