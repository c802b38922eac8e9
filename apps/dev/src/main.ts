/**
 * `npm start`: the whole product on embedded defaults. Brings up Postgres and Redis (or uses configured ones),
 * applies migrations, starts the dev identity provider, provisions the demo tenants and starts the API.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadConfig, ConfigError } from '@dispatch/config';
import { createPool, grantPlatformAccess, migratePlatform, migrateTenants } from '@dispatch/db';
import { ensureAppRole } from '@dispatch/local-services';
import { startDevIdp, demoRealms } from '@dispatch/dev-idp';
import { seedDemoData, startServer } from '@dispatch/api';
import { startDevServices } from './local-services';
import { DEMO_TENANTS, linkedDemoDrivers, provisionDemoTenants } from './demo-tenants';
import { banner } from './banner';

const say = (line: string) => process.stdout.write(`[dev] ${line}\n`);
const dataDir = fileURLToPath(new URL('../../../.data', import.meta.url));
const APP_ROLE = process.env.DATABASE_APP_ROLE ?? 'dispatch_app';
const APP_PASSWORD = process.env.DEV_APP_ROLE_PASSWORD ?? 'dispatch_app';
const apiPort = Number(process.env.PORT ?? 3000);
const idpPort = Number(process.env.DEV_IDP_PORT ?? 4000);

function withUser(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  return parsed.toString();
}

const cleanups: (() => Promise<void>)[] = [];
let stopping = false;
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  say('stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  await mkdir(dataDir, { recursive: true });
  const services = await startDevServices(dataDir, say);
  cleanups.push(() => services.stop());

  say('applying platform migrations…');
  const adminPool = createPool(services.adminDatabaseUrl, { max: 4, applicationName: 'dispatch-dev' });
  cleanups.push(() => adminPool.end());
  await ensureAppRole(adminPool, APP_ROLE, APP_PASSWORD);
  await migratePlatform(adminPool);
  await grantPlatformAccess(adminPool, APP_ROLE);

  say('starting the dev identity provider…');
  const idp = await startDevIdp({
    port: idpPort,
    realms: demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost:${apiPort}` }),
  });
  cleanups.push(() => idp.close());

  say('provisioning demo tenants and bringing every tenant schema up to date…');
  const demoTenants = await provisionDemoTenants(adminPool, {
    appRole: APP_ROLE,
    issuerFor: (realm) => idp.issuer(realm),
  });
  const report = await migrateTenants(adminPool, { appRole: APP_ROLE, actor: 'dev-start' });
  const failed = report.outcomes.filter((outcome) => outcome.status === 'failed');
  if (failed.length) say(`tenant migrations failed for: ${failed.map((outcome) => outcome.slug).join(', ')}`);

  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    ...process.env,
    PORT: String(apiPort),
    BASE_DOMAIN: process.env.BASE_DOMAIN ?? 'localhost',
    DATABASE_URL: withUser(services.adminDatabaseUrl, APP_ROLE, APP_PASSWORD),
    DATABASE_ADMIN_URL: services.adminDatabaseUrl,
    REDIS_URL: services.redisUrl,
    PLATFORM_OIDC_ISSUER: idp.issuer('platform'),
    // The dev identity provider runs on this machine: let the identity dry run reach loopback.
    IDP_CHECK_ALLOWED_NETWORKS: process.env.IDP_CHECK_ALLOWED_NETWORKS ?? '127.0.0.0/8,::1/128',
    TENANT_EXPORT_DIR: `${dataDir}/exports`,
  });
  const server = await startServer(config);
  cleanups.push(() => server.shutdown());

  // Through the running app's services, so the demo fleet, queue and audit trail are exactly what users create.
  for (const [index, tenant] of demoTenants.entries()) {
    const { seeded } = await seedDemoData(server.app, tenant, {
      linkedDrivers: linkedDemoDrivers(DEMO_TENANTS[index]!.realm),
    });
    if (seeded) say(`seeded demo fleet, crew, work orders and dispatches for ${tenant.slug}`);
  }

  process.stdout.write(
    banner({ apiPort, metricsUrl: server.metricsUrl, idpUrl: idp.url, services: services.describe }) + '\n',
  );
} catch (error) {
  process.stderr.write(
    `[dev] ${error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error))}\n`,
  );
  await stopAll(1);
}
