import { pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The tenants' web-client secrets: sealed with the secret box, bound to tenant and client id, in a platform
 * table under the same forced RLS as tenant tables (only the transaction's tenant's rows are visible).
 */
export const tenantIdpSecrets = pgSchema('platform').table('tenant_idp_secrets', {
  tenantId: uuid().notNull(),
  clientId: text().notNull(),
  sealed: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
