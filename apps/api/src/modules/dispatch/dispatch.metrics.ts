import type { Redis } from 'ioredis';
import type { TenantScope } from '@dispatch/db';
import type { Metrics } from '#src/plugins/metrics';
import { queueKeys, typesKey, type DispatchQueue } from './dispatch.queue';

/** Queue scores below this are urgent (see queueScore). */
const URGENT_LIMIT = 2 ** 50;

interface Snapshot {
  depth: Array<{ labels: { tenant: string; priority: string }; value: number }>;
  active: Array<{ labels: { tenant: string }; value: number }>;
}

/**
 * The gauges every replica reports alike because they come from shared state: queue depth read from the
 * Redis queue at scrape time, and active dispatches kept as a per-tenant count in Redis (adjusted after each
 * COMMIT, set exactly from Postgres by every reconciler pass over the tenant). Tenant ids map to slugs
 * through a hash written the first time this replica sees a tenant, so labels are slugs, never ids.
 */
export class DispatchGauges {
  private readonly activeKey: string;
  private readonly slugsKey: string;
  private readonly known = new Set<string>();
  /** The read in flight: both gauges collect concurrently in one scrape and share it. */
  private pending?: Promise<Snapshot>;

  constructor(
    private readonly redis: Redis,
    private readonly queue: DispatchQueue,
    deployment: string,
  ) {
    this.activeKey = `dispatch:active-dispatches:${deployment}`;
    this.slugsKey = `dispatch:tenant-slugs:${deployment}`;
  }

  register(metrics: Pick<Metrics, 'queueDepth' | 'activeDispatches'>): void {
    metrics.queueDepth.setSource(async () => (await this.snapshot()).depth);
    metrics.activeDispatches.setSource(async () => (await this.snapshot()).active);
  }

  /** Records the tenant's slug once per replica (one HSET, not one per request). */
  async remember(tenant: TenantScope): Promise<void> {
    if (this.known.has(tenant.id)) return;
    await this.redis.hset(this.slugsKey, tenant.id, tenant.slug);
    this.known.add(tenant.id);
  }

  async adjustActive(tenant: TenantScope, delta: number): Promise<void> {
    await this.remember(tenant);
    await this.redis.hincrby(this.activeKey, tenant.id, delta);
  }

  /** From the reconciler: also rewrites the slug, which Redis may have lost since this replica recorded it. */
  async setActive(tenant: TenantScope, count: number): Promise<void> {
    await this.redis.hset(this.slugsKey, tenant.id, tenant.slug);
    this.known.add(tenant.id);
    await this.redis.hset(this.activeKey, tenant.id, count);
  }

  /** After a full pass: tenants no longer live stop being reported. */
  async forgetAllBut(liveTenantIds: readonly string[]): Promise<void> {
    const live = new Set(liveTenantIds);
    const gone = (await this.redis.hkeys(this.slugsKey)).filter((id) => !live.has(id));
    if (gone.length === 0) return;
    await this.redis.hdel(this.slugsKey, ...gone);
    await this.redis.hdel(this.activeKey, ...gone);
    for (const id of gone) this.known.delete(id);
  }

  private snapshot(): Promise<Snapshot> {
    this.pending ??= this.read().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async read(): Promise<Snapshot> {
    if (this.redis.status !== 'ready') throw new Error('redis not ready');
    const [slugs, active, queued] = await Promise.all([
      this.redis.hgetall(this.slugsKey),
      this.redis.hgetall(this.activeKey),
      this.queue.activeTenants(),
    ]);
    const typesPipeline = this.redis.pipeline();
    for (const tenantId of queued) typesPipeline.smembers(typesKey(tenantId));
    const types = (await typesPipeline.exec()) ?? [];
    const counts = this.redis.pipeline();
    const order: Array<{ tenantId: string }> = [];
    queued.forEach((tenantId, index) => {
      for (const typeId of (types[index]?.[1] as string[] | undefined) ?? []) {
        const [queueKey] = queueKeys(tenantId, typeId);
        counts.zcount(queueKey, '-inf', `(${URGENT_LIMIT}`);
        counts.zcount(queueKey, URGENT_LIMIT, '+inf');
        order.push({ tenantId });
      }
    });
    const results = (await counts.exec()) ?? [];
    const depth = new Map<string, { urgent: number; standard: number }>();
    for (const id of Object.keys(slugs)) depth.set(id, { urgent: 0, standard: 0 });
    order.forEach(({ tenantId }, index) => {
      const entry = depth.get(tenantId) ?? { urgent: 0, standard: 0 };
      entry.urgent += Number(results[index * 2]?.[1] ?? 0);
      entry.standard += Number(results[index * 2 + 1]?.[1] ?? 0);
      depth.set(tenantId, entry);
    });
    const snapshot: Snapshot = { depth: [], active: [] };
    for (const [tenantId, entry] of depth) {
      const tenant = slugs[tenantId];
      if (!tenant) continue; // queued by a replica that has not recorded the slug yet: next scrape
      snapshot.depth.push({ labels: { tenant, priority: 'urgent' }, value: entry.urgent });
      snapshot.depth.push({ labels: { tenant, priority: 'standard' }, value: entry.standard });
      snapshot.active.push({ labels: { tenant }, value: Math.max(0, Number(active[tenantId] ?? 0)) });
    }
    return snapshot;
  }
}
