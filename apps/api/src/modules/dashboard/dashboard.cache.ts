import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { Counter } from 'prom-client';
import type { TenantPosition } from '#src/modules/realtime/index';
import type { DashboardDto } from './dashboard.schemas';

export type DashboardScope = { region?: string };
/**
 * hit: served from Redis; miss: computed here and stored; shared: waited for the computation another request of
 * this replica had started for the same entry and position; bypass: computed without the cache.
 */
export type CacheResult = 'hit' | 'miss' | 'shared' | 'bypass';

/**
 * One entry per tenant and scope (whole tenant, or one region), under the tenant's hash tag so it lives on the
 * same Redis Cluster slot as the tenant's realtime keys. Region names are percent-encoded: a scope can never be
 * spelled like another.
 */
export function dashboardCacheKey(tenantId: string, scope: DashboardScope): string {
  const name = scope.region === undefined ? 'all' : `region:${encodeURIComponent(scope.region)}`;
  return `dispatch:{t:${tenantId}}:dashboard:${name}`;
}

/**
 * Stores an answer computed at a position unless the entry already holds a later one of the same epoch (a
 * slower replica must not replace a fresher answer). KEYS: entry. ARGV: epoch, seq, body, TTL (s).
 */
const STORE = `
local current = redis.call('HMGET', KEYS[1], 'epoch', 'seq')
if current[1] == ARGV[1] and tonumber(current[2]) > tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], 'epoch', ARGV[1], 'seq', ARGV[2], 'body', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1`;

export interface DashboardCacheOptions {
  redis: Redis;
  ttlSeconds: number;
  counter: Pick<Counter<'result'>, 'inc'>;
  log: FastifyBaseLogger;
}

/**
 * The dashboard, served from Redis and shared by all replicas. An entry is tagged with the tenant's realtime
 * position (epoch, sequence number) read *before* its figures were computed, and is served only to a request
 * whose own position, read the same way, is not later. Every change publishes its event after COMMIT, and the
 * publish script advances the sequence number atomically with emitting it; so once a change's event has been
 * emitted every later request reads a later position, and no entry computed before that change can be served
 * to it. A change racing a computation leaves its answer under the older position: unreachable, never stale.
 * docs/dashboard.md has the argument in full.
 */
export class DashboardCache {
  /** Computations in flight on this replica, by key and position: concurrent misses share one. */
  private readonly inFlight = new Map<string, Promise<DashboardDto>>();

  constructor(private readonly options: DashboardCacheOptions) {}

  /**
   * The answer for this scope at `position`: the cached body (JSON text) on a hit, else the computed answer
   * (stored for the next request). Without a position (Redis unreachable, or the tenant has never published an
   * event, so there is no epoch to tie an entry to) or with the cache off, it is computed and not stored.
   */
  async serve(
    tenantId: string,
    scope: DashboardScope,
    position: TenantPosition | undefined,
    compute: () => Promise<DashboardDto>,
  ): Promise<{ result: CacheResult; body: string | DashboardDto }> {
    const epoch = position?.epoch;
    if (!position || !epoch || this.options.ttlSeconds === 0) return this.answer('bypass', await compute());
    const key = dashboardCacheKey(tenantId, scope);
    try {
      const [cachedEpoch, cachedSeq, body] = await this.options.redis.hmget(key, 'epoch', 'seq', 'body');
      if (typeof body === 'string' && cachedEpoch === epoch && Number(cachedSeq) >= position.seq)
        return this.answer('hit', body);
    } catch (error) {
      this.options.log.warn({ err: error }, 'dashboard cache unavailable; computing from Postgres');
      return this.answer('bypass', await compute());
    }
    const { dashboard, shared } = await this.computeOnce(key, epoch, position.seq, compute);
    return this.answer(shared ? 'shared' : 'miss', dashboard);
  }

  private answer(result: CacheResult, body: string | DashboardDto) {
    this.options.counter.inc({ result });
    return { result, body };
  }

  private async computeOnce(
    key: string,
    epoch: string,
    seq: number,
    compute: () => Promise<DashboardDto>,
  ): Promise<{ dashboard: DashboardDto; shared: boolean }> {
    const flight = `${key}|${epoch}|${seq}`;
    const running = this.inFlight.get(flight);
    if (running) return { dashboard: await running, shared: true };
    const pending = compute().then(async (dashboard) => {
      await this.store(key, epoch, seq, dashboard);
      return dashboard;
    });
    this.inFlight.set(flight, pending);
    void pending.catch(() => undefined).finally(() => this.inFlight.delete(flight));
    return { dashboard: await pending, shared: false };
  }

  private async store(key: string, epoch: string, seq: number, dashboard: DashboardDto) {
    const { redis, ttlSeconds, log } = this.options;
    try {
      await redis.eval(STORE, 1, key, epoch, seq, JSON.stringify(dashboard), ttlSeconds);
    } catch (error) {
      log.warn({ err: error }, 'dashboard cache: storing failed');
    }
  }
}
