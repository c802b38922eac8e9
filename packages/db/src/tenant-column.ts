import { sql } from 'drizzle-orm';
import { uuid } from 'drizzle-orm/pg-core';

/**
 * The `tenant_id` column every tenant table starts with: NOT NULL, filled by the database with the tenant of the
 * transaction (`platform.current_tenant_id()`, what forced RLS checks too), so inserts may leave it out.
 */
export const tenantIdColumn = () =>
  uuid()
    .notNull()
    .default(sql`platform.current_tenant_id()`);
