import { sql } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import { AppError } from '#src/kernel/problems';
import type { IdpSettings } from '#src/auth/idp-settings.schema';

/**
 * Replaces the identity settings of the transaction's tenant, through the one database function the runtime
 * role may call for it (it cannot write the registry otherwise; see migrations/…_identity.sql).
 */
export async function setCurrentTenantIdp(
  tx: TenantTx,
  settings: IdpSettings,
  actor: string,
  requestId: string,
): Promise<void> {
  try {
    await tx.db.execute(
      sql`SELECT platform.set_current_tenant_idp(${JSON.stringify(settings)}::jsonb, ${actor}, ${requestId})`,
    );
  } catch (error) {
    const code =
      (error as { code?: string; cause?: { code?: string } }).cause?.code ??
      (error as { code?: string }).code;
    if (code === '23505') {
      throw new AppError(
        'issuer-in-use',
        'Another tenant already uses this issuer; each tenant needs its own realm',
        {
          errors: [{ field: 'issuer', message: 'is registered to another tenant' }],
        },
      );
    }
    throw error;
  }
}
