import pg from 'pg';
import { enableNamedStatements } from './named-statements';
import { TenantAffinePool } from './tenant-affine-pool';

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
  /** `plan_cache_mode` of connections that keep named statements (default `force_generic_plan`). */
  planCacheMode?: 'force_generic_plan' | 'auto' | 'force_custom_plan';
  /** How long a caller waits for a connection (an idle one, or a new one to open) before the pool gives up. */
  acquireTimeoutMs?: number;
  /**
   * Connections per lane of a tenant-affine pool (`tenant-affine-pool.ts`): a tenant's work stays on its lane's
   * connections while they are free. Unset, 0, or not below `max`: one shared pool.
   */
  laneSize?: number;
}

/**
 * Startup settings (`-c name=value`, sent before any query). A connection that keeps named statements plans each
 * one generically, once: with `auto`, Postgres plans a statement's first five executions for their values before it
 * considers a generic plan, and with many tenants a connection rarely runs one tenant's statement five times, so
 * most executions were planned — for the dispatch pick, planning took twice as long as running it.
 */
function startupOptions(options: PoolOptions): string | undefined {
  const settings = [
    ...(options.sessionRole ? [`role=${options.sessionRole}`] : []),
    ...((options.namedStatements ?? 0) > 0
      ? [`plan_cache_mode=${options.planCacheMode ?? 'force_generic_plan'}`]
      : []),
  ];
  return settings.length ? settings.map((setting) => `-c ${setting}`).join(' ') : undefined;
}

export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const max = options.max ?? 10;
  const lifetime = options.maxLifetimeSeconds ?? 300;
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 10_000;
  const laneSize = options.laneSize ?? 0;
  if (laneSize <= 0 || laneSize >= max) return createLane(connectionString, options, max, lifetime);
  const count = Math.ceil(max / laneSize);
  const lanes = Array.from({ length: count }, (_, index) => {
    const laneMax = Math.min(laneSize, max - index * laneSize);
    // Lifetimes spread over ±25% of the setting, so lanes opened together are not recycled together.
    const laneLifetime = lifetime && Math.round(lifetime * (0.75 + (0.5 * index) / Math.max(1, count - 1)));
    return { pool: createLane(connectionString, options, laneMax, laneLifetime), max: laneMax };
  });
  const pool = new TenantAffinePool(lanes, acquireTimeoutMs);
  pool.on('error', () => {});
  return pool;
}

function createLane(connectionString: string, options: PoolOptions, max: number, lifetime: number): pg.Pool {
  const startup = startupOptions(options);
  const pool = new pg.Pool({
    connectionString,
    max,
    maxLifetimeSeconds: lifetime,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 10_000,
    application_name: options.applicationName ?? 'dispatch',
    ...(startup ? { options: startup } : {}),
  });
  // An idle client that errors (server restart, network) must not crash the process; the pool discards it.
  pool.on('error', () => {});
  enableNamedStatements(pool, options.namedStatements ?? 0);
  return pool;
}

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;
