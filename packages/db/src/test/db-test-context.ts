import { APP_ROLE, createTestDatabase, testServices } from '@dispatch/testkit';
import { createPool, type Pool } from '../pool';
import { migratePlatform } from '../migrations/platform-migrator';
import { grantPlatformAccess } from '../roles';
import { provisionTenant } from '../tenants/provisioning';
import type { TenantScope } from '../tenant-context';

export interface DbTestContext {
  adminPool: Pool;
  appPool: Pool;
  adminUrl: string;
  appUrl: string;
  appRole: string;
  /** Provisions a standard-tier tenant named after its slug. */
  provision(slug: string): Promise<TenantScope>;
  close(): Promise<void>;
}

/**
 * A fresh database with platform migrations applied; an owner pool and an app-role pool. On the shared test server,
 * or on `serverUrl` (a server of the test's own).
 */
export async function createDbTestContext(
  options: { appPoolMax?: number; serverUrl?: string } = {},
): Promise<DbTestContext> {
  const database = await createTestDatabase(options.serverUrl ?? testServices().adminDatabaseUrl);
  const adminPool = createPool(database.adminUrl, { max: 4 });
  await migratePlatform(adminPool);
  await grantPlatformAccess(adminPool, APP_ROLE);
  const appPool = createPool(database.appUrl, { max: options.appPoolMax ?? 4 });
  return {
    adminPool,
    appPool,
    adminUrl: database.adminUrl,
    appUrl: database.appUrl,
    appRole: APP_ROLE,
    provision: async (slug) =>
      (
        await provisionTenant(
          adminPool,
          { slug, name: slug, tier: 'standard' },
          { appRole: APP_ROLE, actor: 'test' },
        )
      ).tenant,
    async close() {
      await Promise.all([adminPool.end(), appPool.end()]);
      await database.drop();
    },
  };
}
