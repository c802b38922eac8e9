import pg from 'pg';
import { enableNamedStatements } from './named-statements';

export interface PoolOptions {
  max?: number;
  /** Recycle server connections: each backend caches every tenant table it touched and never evicts. */
  maxLifetimeSeconds?: number;
  applicationName?: string;
  /**
   * Role every session switches to at login (sent as the `role` startup setting, so no query runs before it):
   * the fixed owner for migrations and provisioning, so objects are never owned by an expiring login role
   * (a Vault lease), whose DROP ROLE they would block. Direct connections only: pgBouncer drops the setting.
   */
  sessionRole?: string;
  /**
   * Named prepared statements each connection keeps for tenant write transactions, least recently used evicted
   * (`named-statements.ts`); 0 or unset: none. Direct connections only (see `enableNamedStatements`).
   */
  namedStatements?: number;
  /** How long a caller waits for a connection (an idle one, or a new one to open) before the pool gives up. */
  acquireTimeoutMs?: number;
}

export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    maxLifetimeSeconds: options.maxLifetimeSeconds ?? 300,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 10_000,
    application_name: options.applicationName ?? 'dispatch',
    ...(options.sessionRole ? { options: `-c role=${options.sessionRole}` } : {}),
  });
  // An idle client that errors (server restart, network) must not crash the process; the pool discards it.
  pool.on('error', () => {});
  enableNamedStatements(pool, options.namedStatements ?? 0);
  return pool;
}

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;
