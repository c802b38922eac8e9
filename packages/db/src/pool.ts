import pg from 'pg';

export interface PoolOptions {
  max?: number;
  /** Recycle server connections: each backend caches every tenant table it touched and never evicts. */
  maxLifetimeSeconds?: number;
  applicationName?: string;
}

export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    maxLifetimeSeconds: options.maxLifetimeSeconds ?? 300,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: options.applicationName ?? 'dispatch',
  });
  // An idle client that errors (server restart, network) must not crash the process; the pool discards it.
  pool.on('error', () => {});
  return pool;
}

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;
