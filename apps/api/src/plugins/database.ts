import fp from 'fastify-plugin';
import { createPool, type Pool } from '@dispatch/db';
import type { AppConfig } from '@dispatch/config';

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

export const databasePlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    const options = { max: config.db.poolMax, maxLifetimeSeconds: config.db.poolMaxLifetimeSeconds };
    const appPool = createPool(config.db.url, { ...options, applicationName: 'dispatch-api' });
    const admin = config.db.adminUrl
      ? createPool(config.db.adminUrl, { max: 4, applicationName: 'dispatch-api-admin' })
      : undefined;
    const read = config.db.readUrl
      ? createPool(config.db.readUrl, { ...options, applicationName: 'dispatch-api-read' })
      : appPool;
    app.decorate('db', { app: appPool, admin, read });
    const pools: Array<[string, Pool | undefined]> = [
      ['app', appPool],
      ['admin', admin],
      ['read', read !== appPool ? read : undefined],
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
    app.addHook('onClose', async () => {
      await Promise.all([appPool.end(), admin?.end(), read !== appPool ? read.end() : undefined]);
    });
  },
  { name: 'database', dependencies: ['metrics'] },
);
