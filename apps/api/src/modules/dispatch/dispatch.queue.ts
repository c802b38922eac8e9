import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { tenantQueueCompleteKey } from '@dispatch/db';
import {
  ENQUEUE,
  FORGET_TYPE,
  LEASE_FIRST,
  MAY_HAVE_HEAD,
  REBUILD,
  RELEASE,
  REMOVE,
  SNAPSHOT,
} from './dispatch.queue.scripts';
import type { Priority } from './dispatch.tables';

/**
 * The serving order in Redis (docs/dispatch.md "Queue mechanics"). Postgres holds the truth about every
 * request; this only answers "who is next" in O(log n).
 *
 * Per tenant and equipment type, three keys sharing the tenant's hash tag (one Redis Cluster slot):
 *   dispatch:{t:<tenant>}:queue:<type>   sorted set: member `<requestId>|<region>`, score (priority, enqueue seq)
 *   dispatch:{t:<tenant>}:lease:<type>   sorted set: leased members, score = lease expiry (Redis server ms)
 *   dispatch:{t:<tenant>}:origin:<type>  hash: leased member -> its original queue score
 * Taking the head moves it into the lease set in one script; it leaves only by acknowledgement (after the
 * Postgres commit), release, or expiry, which puts it back with its original score: never pop-and-push.
 */

/** Urgent before standard, then first-come: rank in the high bits, the enqueue sequence below (< 2^50). */
const RANK_FACTOR = 2 ** 50;
export const queueScore = (priority: Priority, queueSeq: number) =>
  (priority === 'urgent' ? 0 : 1) * RANK_FACTOR + queueSeq;

/** The region rides in the member so the head-matching scan needs no round trip to Postgres. */
export const queueMember = (requestId: string, region: string | null) => `${requestId}|${region ?? ''}`;
export function parseMember(member: string) {
  const bar = member.indexOf('|');
  const region = member.slice(bar + 1);
  return { requestId: member.slice(0, bar), region: region === '' ? null : region };
}

export const queueKeys = (tenantId: string, typeId: string) => {
  const tag = `dispatch:{t:${tenantId}}`;
  return [`${tag}:queue:${typeId}`, `${tag}:lease:${typeId}`, `${tag}:origin:${typeId}`] as const;
};
/** The equipment types a tenant has queue keys for (kept by the scripts, so the reconciler needs no SCAN). */
export const typesKey = (tenantId: string) => `dispatch:{t:${tenantId}}:types`;
/**
 * Set only by REBUILD, in the same script that puts every queued request of the tenant back: while it exists,
 * Redis holds the tenant's whole serving order. Redis losing its data loses this key with the rest, and no
 * head is taken until the order has been rebuilt from Postgres (an enqueue into the emptied Redis does not set
 * it), so a request made after the loss cannot be served ahead of older ones. A restore deletes it too
 * (requestQueueRebuild in packages/db).
 */
export const completeKey = tenantQueueCompleteKey;
/** Set by a rebuild before it reads Postgres; its script refuses to run if the token is no longer there. */
const rebuildTokenKey = (tenantId: string) => `dispatch:{t:${tenantId}}:rebuild-token`;

interface QueueCommands {
  dispatchLeaseFirst(
    k1: string,
    k2: string,
    k3: string,
    k4: string,
    ...args: (string | number)[]
  ): Promise<[string, string, number] | 'rebuild' | null>;
  dispatchMayHaveHead(k1: string, k2: string, k3: string, k4: string): Promise<number>;
  dispatchRebuild(keyCount: number, ...keysAndArgs: (string | number)[]): Promise<number>;
  dispatchRelease(k1: string, k2: string, k3: string, member: string): Promise<number>;
  dispatchRemove(k1: string, k2: string, k3: string, ...members: string[]): Promise<number>;
  dispatchEnqueue(
    k1: string,
    k2: string,
    k3: string,
    k4: string,
    ...args: (string | number)[]
  ): Promise<number>;
  dispatchForgetType(k1: string, k2: string, k3: string, k4: string, typeId: string): Promise<number>;
  dispatchSnapshot(k1: string, k2: string, k3: string): Promise<[string[], string[]]>;
}

export interface QueueEntry {
  requestId: string;
  region: string | null;
  priority: Priority;
  queueSeq: number;
}

export interface QueuedRequest extends QueueEntry {
  typeId: string;
}

export interface Lease {
  tenantId: string;
  typeId: string;
  member: string;
  requestId: string;
  region: string | null;
  score: number;
  /** 1-based position the member had when it was taken. */
  position: number;
}

export interface QueueOptions {
  /** How long a taken head stays invisible to others if its taker neither acknowledges nor releases it. */
  leaseMs: number;
  /** How many members one take scans for a region match. */
  maxScan: number;
  /** The set of tenants that have queued requests (per deployment: several can share one Redis). */
  activeTenantsKey: string;
}

/** Redis is not connected: queue work is skipped at once (Postgres keeps the truth; the reconciler repairs). */
export class QueueUnavailable extends Error {
  constructor() {
    super('the dispatch queue (Redis) is not connected');
    this.name = 'QueueUnavailable';
  }
}

export class DispatchQueue {
  private readonly redis: Redis & QueueCommands;

  constructor(
    redis: Redis,
    readonly options: QueueOptions = {
      leaseMs: 15_000,
      maxScan: 5_000,
      activeTenantsKey: 'dispatch:tenants-with-queue',
    },
  ) {
    const commands: [keyof QueueCommands, string, number][] = [
      ['dispatchLeaseFirst', LEASE_FIRST, 4],
      ['dispatchMayHaveHead', MAY_HAVE_HEAD, 4],
      ['dispatchRelease', RELEASE, 3],
      ['dispatchRemove', REMOVE, 3],
      ['dispatchEnqueue', ENQUEUE, 4],
      ['dispatchForgetType', FORGET_TYPE, 4],
      ['dispatchSnapshot', SNAPSHOT, 3],
    ];
    for (const [name, lua, numberOfKeys] of commands) {
      if (!(name in redis)) redis.defineCommand(name, { numberOfKeys, lua });
    }
    // Its key count varies with the tenant's types: given on each call.
    if (!('dispatchRebuild' in redis)) redis.defineCommand('dispatchRebuild', { lua: REBUILD });
    this.redis = redis as Redis & QueueCommands;
  }

  /**
   * Fails fast while Redis is away instead of letting commands wait in the client's offline queue: a request
   * must not stall on the serving order, which the reconciler rebuilds from Postgres once Redis is back.
   */
  private ready(): void {
    if (this.redis.status !== 'ready') throw new QueueUnavailable();
  }

  async enqueue(tenantId: string, typeId: string, entries: readonly QueueEntry[]): Promise<number> {
    if (entries.length === 0) return 0;
    this.ready();
    const args = entries.flatMap((entry) => [
      queueScore(entry.priority, entry.queueSeq),
      queueMember(entry.requestId, entry.region),
    ]);
    // Both in one write (the client pipelines commands issued in the same tick), executed in this order: the
    // set of tenants with a queue is global, so it cannot live in the tenant's script (one cluster slot).
    const [added] = await Promise.all([
      this.redis.dispatchEnqueue(...queueKeys(tenantId, typeId), typesKey(tenantId), typeId, ...args),
      // Tenants with a queue: what the reconciler's frequent pass looks at (its full pass looks at every tenant).
      this.redis.sadd(this.options.activeTenantsKey, tenantId),
    ]);
    return added;
  }

  /** Types with queue keys for the tenant. */
  async typesOf(tenantId: string): Promise<string[]> {
    this.ready();
    return this.redis.smembers(typesKey(tenantId));
  }

  /** Drops a type from the tenant's set once nothing of it is queued or leased. */
  async forgetType(tenantId: string, typeId: string): Promise<void> {
    this.ready();
    await this.redis.dispatchForgetType(...queueKeys(tenantId, typeId), typesKey(tenantId), typeId);
  }

  async activeTenants(): Promise<string[]> {
    this.ready();
    return this.redis.smembers(this.options.activeTenantsKey);
  }

  async markTenantActive(tenantId: string, active: boolean): Promise<void> {
    this.ready();
    if (active) await this.redis.sadd(this.options.activeTenantsKey, tenantId);
    else await this.redis.srem(this.options.activeTenantsKey, tenantId);
  }

  /**
   * False only when the type's serving order is known to be empty (nothing queued, no expired lease to put back):
   * then no take can succeed, and asking Postgres where capacity is would be wasted.
   */
  async mayHaveHead(tenantId: string, typeId: string): Promise<boolean> {
    this.ready();
    return (
      (await this.redis.dispatchMayHaveHead(...queueKeys(tenantId, typeId), completeKey(tenantId))) === 1
    );
  }

  /**
   * Takes and leases the first request some of `regions` can serve (requests without a region match any).
   * When Redis does not hold the tenant's complete order (it lost its data, or never had it), the order is
   * rebuilt first from `loadQueued` — every request queued in Postgres — and the take is tried again.
   */
  async leaseFirst(
    tenantId: string,
    typeId: string,
    regions: readonly string[],
    loadQueued: () => Promise<QueuedRequest[]>,
    leaseMs = this.options.leaseMs,
  ): Promise<Lease | null> {
    this.ready();
    let result: Awaited<ReturnType<QueueCommands['dispatchLeaseFirst']>> = 'rebuild';
    // Redis could be flushed again between a rebuild and the take: a few attempts, then leave it to the sweep.
    for (let attempt = 0; attempt < 3 && result === 'rebuild'; attempt += 1) {
      if (attempt > 0) await this.rebuild(tenantId, loadQueued);
      result = await this.redis.dispatchLeaseFirst(
        ...queueKeys(tenantId, typeId),
        completeKey(tenantId),
        leaseMs,
        this.options.maxScan,
        ...regions,
      );
    }
    if (!result || result === 'rebuild') return null;
    const [member, score, position] = result;
    return {
      tenantId,
      typeId,
      member,
      ...parseMember(member),
      score: Number(score),
      position: Number(position),
    };
  }

  /**
   * Puts every queued request of the tenant back (original scores) and marks its order complete, atomically;
   * false when Redis lost data while Postgres was being read (the caller tries again).
   */
  async rebuild(tenantId: string, loadQueued: () => Promise<QueuedRequest[]>): Promise<boolean> {
    this.ready();
    const token = randomUUID();
    await this.redis.set(rebuildTokenKey(tenantId), token, 'PX', 60_000);
    const queued = await loadQueued();
    const byType = groupByType(queued);
    const keys: string[] = [completeKey(tenantId), typesKey(tenantId), rebuildTokenKey(tenantId)];
    const args: (string | number)[] = [token];
    for (const [typeId, entries] of byType) {
      keys.push(...queueKeys(tenantId, typeId));
      args.push(typeId, entries.length);
      for (const entry of entries)
        args.push(queueScore(entry.priority, entry.queueSeq), queueMember(entry.requestId, entry.region));
    }
    if ((await this.redis.dispatchRebuild(keys.length, ...keys, ...args)) !== 1) return false;
    if (queued.length > 0) await this.redis.sadd(this.options.activeTenantsKey, tenantId);
    return true;
  }

  /** After COMMIT: the request is fulfilled (or no longer queued in Postgres); the lease ends for good. */
  async ack(lease: Pick<Lease, 'tenantId' | 'typeId' | 'member'>): Promise<void> {
    this.ready();
    await this.redis.dispatchRemove(...queueKeys(lease.tenantId, lease.typeId), lease.member);
  }

  /** Not served after all: back to its original place. */
  async release(lease: Pick<Lease, 'tenantId' | 'typeId' | 'member'>): Promise<void> {
    this.ready();
    await this.redis.dispatchRelease(...queueKeys(lease.tenantId, lease.typeId), lease.member);
  }

  async remove(tenantId: string, typeId: string, members: readonly string[]): Promise<void> {
    if (members.length === 0) return;
    this.ready();
    await this.redis.dispatchRemove(...queueKeys(tenantId, typeId), ...members);
  }

  /** Queued and leased members in serving order (expired leases returned first). */
  async snapshot(tenantId: string, typeId: string) {
    this.ready();
    const [queued, leased] = await this.redis.dispatchSnapshot(...queueKeys(tenantId, typeId));
    const pairs = (flat: string[]) => {
      const out: { member: string; requestId: string; region: string | null; score: number }[] = [];
      for (let i = 0; i < flat.length; i += 2)
        out.push({ member: flat[i]!, ...parseMember(flat[i]!), score: Number(flat[i + 1]) });
      return out;
    };
    return { queued: pairs(queued), leased: pairs(leased) };
  }
}

/** Queued entries by equipment type, in their given order (one pass: a queue may hold thousands). */
export function groupByType<T extends { typeId: string }>(entries: readonly T[]): Map<string, T[]> {
  const byType = new Map<string, T[]>();
  for (const entry of entries) {
    const ofType = byType.get(entry.typeId);
    if (ofType) ofType.push(entry);
    else byType.set(entry.typeId, [entry]);
  }
  return byType;
}
