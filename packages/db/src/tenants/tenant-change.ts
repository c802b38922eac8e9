import { eq } from 'drizzle-orm';
import type { Pool } from '../pool';
import { withTenantTransaction, type TenantTx } from '../tenant-transaction';
import { TenancyError, issuerInUse } from '../errors';
import { tenants, type TenantRow } from './registry.tables';
import { recordPlatformAudit, updateTenant } from './registry.repository';

export type TenantPatch = Partial<
  Pick<TenantRow, 'status' | 'tier' | 'name' | 'idp' | 'idpIssuer' | 'settings'>
>;

export interface TenantChange {
  patch: TenantPatch;
  audit: { action: string; detail: Record<string, unknown> };
}

/**
 * One platform change of a live tenant, all or nothing: the registry row (locked, re-read), whatever
 * `decide` writes first (a sealed client secret, through the tenant-scoped `tx`), the update and its
 * platform audit event commit together or not at all. Callers announce the change only after this resolves.
 * A second live tenant with the same issuer is refused by the database (TenancyError `issuer-in-use`).
 */
export async function changeTenant(
  adminPool: Pool,
  tenant: Pick<TenantRow, 'id' | 'schemaName' | 'slug'>,
  meta: { actor: string; requestId?: string | null },
  decide: (tx: TenantTx, current: TenantRow) => Promise<TenantChange>,
): Promise<TenantRow> {
  try {
    return await withTenantTransaction(adminPool, tenant, async (tx) => {
      const [current] = await tx.db.select().from(tenants).where(eq(tenants.id, tenant.id)).for('update');
      if (!current) throw new TenancyError('tenant-not-found', `no tenant ${tenant.id}`);
      if (current.status === 'deleted' || current.status === 'offboarding') {
        throw new TenancyError(
          'invalid-state',
          `tenant ${current.slug} is ${current.status} and cannot be changed`,
        );
      }
      const change = await decide(tx, current);
      const after = await updateTenant(tx.db, tenant.id, change.patch);
      await recordPlatformAudit(tx.db, {
        actor: meta.actor,
        action: change.audit.action,
        tenantId: tenant.id,
        detail: change.audit.detail,
        requestId: meta.requestId ?? null,
      });
      return after!;
    });
  } catch (error) {
    throw issuerInUse(error) ?? error;
  }
}
