import { and, eq, ne } from 'drizzle-orm';
import { idpClientSecretContext as context, type TenantTx } from '@dispatch/db';
import type { SecretBox } from './secret-box';
import { tenantIdpSecrets } from './client-secrets.table';

/** Stores (or replaces) the secret of `clientId` and drops secrets of any other client of the tenant. */
export async function storeClientSecret(
  tx: TenantTx,
  box: SecretBox,
  clientId: string,
  secret: string,
): Promise<void> {
  const sealed = box.seal(secret, context(tx.tenant.id, clientId));
  await tx.db
    .insert(tenantIdpSecrets)
    .values({ tenantId: tx.tenant.id, clientId, sealed })
    .onConflictDoUpdate({
      target: [tenantIdpSecrets.tenantId, tenantIdpSecrets.clientId],
      set: { sealed, updatedAt: new Date() },
    });
  await dropClientSecrets(tx, clientId);
}

/** Drops the secrets of every client except `keepClientId` (all of them when it is undefined). */
export async function dropClientSecrets(tx: TenantTx, keepClientId?: string): Promise<void> {
  const others = keepClientId === undefined ? undefined : ne(tenantIdpSecrets.clientId, keepClientId);
  await tx.db.delete(tenantIdpSecrets).where(and(eq(tenantIdpSecrets.tenantId, tx.tenant.id), others));
}

export async function clientSecretInfo(
  tx: TenantTx,
  clientId: string,
): Promise<{ updatedAt: Date } | undefined> {
  const [row] = await tx.db
    .select({ updatedAt: tenantIdpSecrets.updatedAt })
    .from(tenantIdpSecrets)
    .where(and(eq(tenantIdpSecrets.tenantId, tx.tenant.id), eq(tenantIdpSecrets.clientId, clientId)))
    .limit(1);
  return row;
}

export async function loadClientSecret(
  tx: TenantTx,
  box: SecretBox,
  clientId: string,
): Promise<string | undefined> {
  const [row] = await tx.db
    .select({ sealed: tenantIdpSecrets.sealed })
    .from(tenantIdpSecrets)
    .where(and(eq(tenantIdpSecrets.tenantId, tx.tenant.id), eq(tenantIdpSecrets.clientId, clientId)))
    .limit(1);
  return row ? box.open(row.sealed, context(tx.tenant.id, clientId)) : undefined;
}

/**
 * Resolves `env:IDP_CLIENT_SECRET_…` from the typed configuration (`config.auth.clientSecretRefs`), which read
 * the variables from the environment the API started with, Vault's KV fields included.
 */
export function resolveSecretRef(
  ref: string | undefined,
  secrets: ReadonlyMap<string, string>,
): string | undefined {
  const match = ref === undefined ? null : /^env:(IDP_CLIENT_SECRET_[A-Z0-9_]{1,100})$/.exec(ref);
  return match ? secrets.get(match[1]!) : undefined;
}
