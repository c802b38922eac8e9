import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadConfig, type AppConfig } from '@dispatch/config';
import {
  createPool,
  grantPlatformAccess,
  migratePlatform,
  migrateTenants,
  type TenantRow,
} from '@dispatch/db';
import { ensureAppRole } from '@dispatch/local-services';
import { demoRealms, startDevIdp, tenantRealm, PLATFORM_WEB_CLIENT_ID, type DevIdp } from '@dispatch/dev-idp';
import {
  API_SOURCE_ENTRY,
  buildApp,
  loggerOptions,
  logDestination,
  seedDemoData,
  startApiProcesses,
  startServer,
  type App,
} from '@dispatch/api';
import { DEMO_TENANTS, linkedDemoDrivers, provisionDemoTenants } from './demo-tenants';
import { DevIdpState } from './dev-idp-state';

export interface StackOptions {
  /** Owner/superuser URL (migrations, provisioning); the API connects as the app role. */
  adminDatabaseUrl: string;
  redisUrl: string;
  /** IdP keys and realms, exports; logs unless `logFile` says otherwise. */
  dataDir: string;
  /** Must be known before the IdP starts (redirect URIs name it): a fixed port, or one picked free. */
  apiPort: number;
  /** 0: a free port (its issuers then change on every start: tests only). */
  idpPort: number;
  baseDomain?: string;
  /** The web app's build to serve on tenant and platform hosts. */
  webDistDir?: string;
  /** More origins the web sign-in may return to (the Vite dev server), besides the API's own. */
  extraWebPorts?: number[];
  /** API logs go here (JSON lines) instead of stdout; `false` keeps them quiet. */
  logFile: string | false;
  appRole?: string;
  appPassword?: string;
  env?: Record<string, string | undefined>;
  say?: (line: string) => void;
}

export interface RunningStack {
  apiPort: number;
  baseDomain: string;
  idp: DevIdp;
  /** The API: this process, or with `API_PROCESSES` > 1 that many worker processes sharing the port. */
  server: { metricsUrl: string; shutdown(): Promise<void> };
  config: AppConfig;
  tenants: TenantRow[];
  /** `http://{slug}.{baseDomain}:{apiPort}` */
  origin(slug: string): string;
  close(): Promise<void>;
}

function withUser(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  return parsed.toString();
}

/**
 * The product on given Postgres and Redis, as `npm start` runs it: platform migrations and the app role, the
 * dev identity provider (keys kept in `dataDir`), the demo tenants provisioned and seeded through the app's own
 * services, and the API serving the web app. The browser tests start exactly this on free ports.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const say = options.say ?? (() => {});
  const appRole = options.appRole ?? 'dispatch_app';
  const appPassword = options.appPassword ?? 'dispatch_app';
  const baseDomain = options.baseDomain ?? 'localhost';
  const origin = (slug: string) => `http://${slug}.${baseDomain}:${options.apiPort}`;
  const cleanups: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  };

  try {
    say('applying platform migrations…');
    const adminPool = createPool(options.adminDatabaseUrl, { max: 4, applicationName: 'dispatch-dev' });
    cleanups.push(() => adminPool.end());
    await ensureAppRole(adminPool, appRole, appPassword);
    await migratePlatform(adminPool);
    await grantPlatformAccess(adminPool, appRole);

    say('starting the dev identity provider…');
    const state = new DevIdpState(options.dataDir);
    const webRedirectBase = (slug: string) => [
      origin(slug),
      ...(options.extraWebPorts ?? []).map((port) => `http://${slug}.${baseDomain}:${port}`),
    ];
    const idp = await startDevIdp({
      port: options.idpPort,
      keys: state.keys(),
      realms: [
        ...demoRealms({ webRedirectBase }),
        ...state.addedRealms().map((slug) => tenantRealm(slug, webRedirectBase)),
      ],
      admin: {
        realmFor: (slug) => tenantRealm(slug, webRedirectBase),
        onRealmAdded: async (realm) => {
          await state.rememberRealm(realm.name.replace(/^dispatch-/, ''));
          await state.saveKeys(idp.getKeys());
        },
      },
    });
    cleanups.push(() => idp.close());
    await state.saveKeys(idp.getKeys());

    say('provisioning demo tenants and bringing every tenant schema up to date…');
    const tenants = await provisionDemoTenants(adminPool, {
      appRole,
      issuerFor: (realm) => idp.issuer(realm),
    });
    const report = await migrateTenants(adminPool, { appRole, actor: 'dev-start' });
    const failed = report.outcomes.filter((outcome) => outcome.status === 'failed');
    if (failed.length)
      say(`tenant migrations failed for: ${failed.map((outcome) => outcome.slug).join(', ')}`);

    const env = options.env ?? process.env;
    const apiEnv: Record<string, string | undefined> = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      ...env,
      PORT: String(options.apiPort),
      BASE_DOMAIN: baseDomain,
      DATABASE_URL: withUser(options.adminDatabaseUrl, appRole, appPassword),
      DATABASE_ADMIN_URL: options.adminDatabaseUrl,
      REDIS_URL: options.redisUrl,
      PLATFORM_OIDC_ISSUER: idp.issuer('platform'),
      PLATFORM_WEB_CLIENT_ID: PLATFORM_WEB_CLIENT_ID,
      // The dev identity provider runs on this machine: let the identity dry run reach loopback.
      IDP_CHECK_ALLOWED_NETWORKS: env.IDP_CHECK_ALLOWED_NETWORKS ?? '127.0.0.0/8,::1/128',
      TENANT_EXPORT_DIR: join(options.dataDir, 'exports'),
      ...(options.webDistDir ? { WEB_DIST_DIR: options.webDistDir } : {}),
    };
    const config = loadConfig(apiEnv);
    // The banner stays readable: request logs go to a file (pretty printing is for a terminal only).
    const { transport: _pretty, ...jsonLogs } = loggerOptions(config) as Record<string, unknown>;
    if (options.logFile) await mkdir(dirname(options.logFile), { recursive: true });
    const app = await buildApp({
      config,
      logger: options.logFile ? { ...jsonLogs, stream: logDestination(options.logFile) } : false,
    });
    const listening = config.http.processes === 1 ? await startServer(config, { app }) : undefined;
    let appClosed: Promise<void> | undefined;
    const closeApp = () => (appClosed ??= app.close());
    cleanups.push(() => (listening ? listening.shutdown() : closeApp()));

    // Through the app's services, so the demo fleet, queue and audit trail are exactly what users create.
    await seedDemo(app, tenants, say);
    let server: RunningStack['server'] | undefined = listening;
    if (!server) {
      // The app built here only seeded (it never listened): the workers take over.
      await closeApp();
      server = await startWorkers(config.http.processes, apiEnv, options.logFile, say);
      cleanups.push(server.shutdown);
    }
    return { apiPort: options.apiPort, baseDomain, idp, server, config, tenants, origin, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function seedDemo(app: App, tenants: TenantRow[], say: (line: string) => void) {
  for (const [index, tenant] of tenants.entries()) {
    const { seeded } = await seedDemoData(app, tenant, {
      linkedDrivers: linkedDemoDrivers(DEMO_TENANTS[index]!.realm),
    });
    if (seeded) say(`seeded demo fleet, crew, work orders and dispatches for ${tenant.slug}`);
  }
}

/**
 * `API_PROCESSES` > 1: that many workers run the API entrypoint with the same variables and share the port
 * (node:cluster, this process the primary), their logs appended to the log file.
 */
async function startWorkers(
  processes: number,
  env: Record<string, string | undefined>,
  logFile: string | false,
  say: (line: string) => void,
) {
  const output = logFile ? createWriteStream(logFile, { flags: 'a' }) : createWriteStream('/dev/null');
  const workers = await startApiProcesses({
    processes,
    metrics: { port: Number(env.METRICS_PORT ?? 9464), host: env.METRICS_HOST ?? '127.0.0.1' },
    graceMs: Number(env.SHUTDOWN_GRACE_MS ?? 25_000),
    exec: API_SOURCE_ENTRY,
    execArgv: ['--import', 'tsx'],
    env: Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)),
    output,
    log: say,
  });
  await workers.ready;
  return {
    metricsUrl: workers.metricsUrl,
    shutdown: async () => {
      await workers.shutdown();
      output.end();
    },
  };
}
