import { loadConfig, type AppConfig } from '@dispatch/config';
import {
  createPool,
  grantPlatformAccess,
  migratePlatform,
  provisionTenant,
  type Pool,
  type TenantRow,
} from '@dispatch/db';
import {
  APP_ROLE,
  createTestDatabase,
  startTestIssuerServer,
  testServices,
  type TestIssuer,
} from '@dispatch/testkit';
import { buildApp, type App, type BuildAppOptions } from '#src/app';

export const BASE_DOMAIN = 'dispatch.test';
export const API_AUDIENCE = 'dispatch-api';

export interface TestTenant {
  row: TenantRow;
  host: string;
  issuer: TestIssuer;
  /**
   * A token of this tenant's issuer for a user with the given roles (IdP role names, e.g. dispatch-admin),
   * showing a second factor (`amr: ['pwd', 'otp']`) unless `claims` says otherwise.
   */
  token(roles: string[], claims?: Record<string, unknown>): Promise<string>;
}

export interface ApiTestContext {
  app: App;
  config: AppConfig;
  adminPool: Pool;
  platformIssuer: TestIssuer;
  platformToken(claims?: Record<string, unknown>): Promise<string>;
  createTenant(slug: string, overrides?: { tier?: 'trial' | 'standard' }): Promise<TestTenant>;
  close(): Promise<void>;
}

/**
 * A fresh database with platform migrations, an issuer server for platform and tenant tokens, and the
 * API built on both. Each test file gets its own; tenants are provisioned per test.
 */
export async function createApiTestContext(
  env: Record<string, string> = {},
  options: Pick<BuildAppOptions, 'databaseCredentials'> = {},
): Promise<ApiTestContext> {
  const services = testServices();
  const database = await createTestDatabase(services.adminDatabaseUrl);
  const adminPool = createPool(database.adminUrl, { max: 4 });
  await migratePlatform(adminPool);
  await grantPlatformAccess(adminPool, APP_ROLE);
  const issuers = await startTestIssuerServer();
  const platformIssuer = await issuers.issuer('platform');

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.appUrl,
    DATABASE_ADMIN_URL: database.adminUrl,
    REDIS_URL: services.redisUrl,
    PLATFORM_OIDC_ISSUER: platformIssuer.issuer,
    BASE_DOMAIN,
    LOG_LEVEL: 'silent',
    DATABASE_POOL_MAX: '4',
    TENANT_CACHE_TTL_MS: '1000',
    // The test issuers listen on loopback; a test that needs loopback refused overrides this with ''.
    IDP_CHECK_ALLOWED_NETWORKS: '127.0.0.0/8,::1/128',
    // Suites send hundreds of requests a minute as one user, and bad tokens on purpose from one IP; the
    // rate-limit tests turn limits on.
    RATE_LIMITS_ENABLED: 'false',
    ...env,
  });
  const app = await buildApp({ config, logger: false, ...options });
  await app.ready();

  let subjects = 0;
  return {
    app,
    config,
    adminPool,
    platformIssuer,
    platformToken: (claims = {}) =>
      platformIssuer.sign({
        sub: 'platform-admin-1',
        aud: 'dispatch-platform',
        realm_access: { roles: ['platform-admin'] },
        ...claims,
      }),
    async createTenant(slug, overrides = {}) {
      const issuer = await issuers.issuer(`dispatch-${slug}`);
      const { tenant } = await provisionTenant(
        adminPool,
        {
          slug,
          name: `Tenant ${slug}`,
          tier: overrides.tier ?? 'standard',
          idp: { issuer: issuer.issuer, apiAudience: API_AUDIENCE },
        },
        { appRole: APP_ROLE, actor: 'test' },
      );
      // As the platform API and CLI do after provisioning: every replica's tenant directory drops its cache.
      await app.tenants.invalidate();
      return {
        row: tenant,
        host: `${slug}.${BASE_DOMAIN}`,
        issuer,
        token: (roles, claims = {}) =>
          issuer.sign({
            sub: `user-${slug}-${++subjects}`,
            aud: API_AUDIENCE,
            name: `User ${subjects}`,
            realm_access: { roles },
            // Signed in with a second factor, as the tenant's default MFA policy wants for admins and
            // dispatchers; MFA tests override `amr`/`acr` to show a password-only sign-in.
            amr: ['pwd', 'otp'],
            ...claims,
          }),
      };
    },
    async close() {
      await app.close();
      await adminPool.end();
      await issuers.close();
      await database.drop();
    },
  };
}
