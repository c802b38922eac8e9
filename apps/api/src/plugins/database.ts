import fp from 'fastify-plugin';
import { laneRouting, type DatabaseCredentialSources, type Pool } from '@dispatch/db';
import type { AppConfig } from '@dispatch/config';
import { openPool } from './database-credentials';

export interface Databases {
  /** The app role, subject to RLS: every tenant request runs here. */
  app: Pool;
  /** The owner role, for provisioning and migrations; absent when DATABASE_ADMIN_URL is unset. */
  admin?: Pool;
  /** Reports read here when a replica is configured, else from `app`. */
  read: Pool;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Databases;
  }
}

export interface DatabasePluginOptions {
  config: AppConfig;
  /** Expiring credentials (Vault) for the pools; without them the URLs' own credentials are used. */
  credentials?: DatabaseCredentialSources;
}

export const databasePlugin = fp<DatabasePluginOptions>(
  async (app, { config, credentials }) => {
    const options = {
      max: config.db.poolMax,
      maxLifetimeSeconds: config.db.poolMaxLifetimeSeconds,
      acquireTimeoutMs: config.db.poolAcquireTimeoutMs,
    };
    // Tenant work goes to the app and read pools; the admin pool serves the platform, with no tenant to keep.
    const tenantPools = { ...options, laneSize: config.db.poolLaneSize };
    const leasing = (issuer: DatabaseCredentialSources['app']) => ({
      issuer,
      renewAt: config.vault?.renewAt,
      log: app.log,
      metrics: app.metrics,
    });
    const appPool = await openPool(
      config.db.url,
      {
        ...tenantPools,
        applicationName: 'dispatch-api',
        namedStatements: config.db.namedStatements,
        planCacheMode: config.db.planCacheMode,
      },
      leasing(credentials?.app),
    );
    const admin = config.db.adminUrl
      ? await openPool(
          config.db.adminUrl,
          { max: 4, applicationName: 'dispatch-api-admin', sessionRole: config.db.ownerRole },
          leasing(credentials?.admin),
        )
      : undefined;
    const read = config.db.readUrl
      ? await openPool(
          config.db.readUrl,
          { ...tenantPools, applicationName: 'dispatch-api-read' },
          leasing(credentials?.app),
        )
      : undefined;
    // A new Vault token: the old one's leases end with it, so every leased pool moves to new credentials.
    credentials?.onReissue?.(() => {
      for (const opened of [appPool, admin, read]) void opened?.rotate?.().catch(() => undefined);
    });
    app.decorate('db', { app: appPool.pool, admin: admin?.pool, read: read?.pool ?? appPool.pool });
    const pools: Array<[string, Pool | undefined]> = [
      ['app', appPool.pool],
      ['admin', admin?.pool],
      ['read', read?.pool],
    ];
    // Read at scrape time: pg keeps these counts itself, so nothing is tracked per query.
    app.metrics.dbPool.setSource(async () =>
      pools.flatMap(([pool, instance]) =>
        instance
          ? [
              { labels: { pool, state: 'total' }, value: instance.totalCount },
              { labels: { pool, state: 'idle' }, value: instance.idleCount },
              { labels: { pool, state: 'waiting' }, value: instance.waitingCount },
            ]
          : [],
      ),
    );
    app.metrics.dbPoolCheckouts.setSource(() =>
      pools.flatMap(([pool, instance]) => {
        const routing = instance && laneRouting(instance);
        return routing
          ? (['home', 'spilled', 'waited'] as const).map((route) => ({
              labels: { pool, route },
              value: routing[route],
            }))
          : [];
      }),
    );
    app.addHook('onClose', async () => {
      await Promise.all([appPool.stop(), admin?.stop(), read?.stop()]);
    });
  },
  { name: 'database', dependencies: ['metrics'] },
);
