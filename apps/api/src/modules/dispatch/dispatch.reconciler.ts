import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { listLiveTenantsForMigration, registryDb, type Pool, type TenantScope } from '@dispatch/db';
import type { TenantContext } from '#src/kernel/tenant-context';
import type { SystemWork } from '#src/kernel/tenant-work';
import { queuedEntries, requestStatuses } from './dispatch.requests.repository';
import { deleteIdempotencyKeysBefore } from './dispatch.idempotency.repository';
import { countActiveAssignments } from './dispatch.assignments.repository';
import { groupByType, queueScore, type DispatchQueue } from './dispatch.queue';
import { QUEUE_WORK } from './dispatch.service';
import type { Metrics } from '#src/plugins/metrics';
import type { DispatchGauges } from './dispatch.metrics';
import { CAPACITY_CHANGED } from '#src/modules/fleet/index';

export interface ReconcileReport {
  full: boolean;
  tenants: number;
  added: number;
  removed: number;
  /** Types whose queue the sweep served once more. */
  swept: number;
  failed: number;
}

export interface ReconcilerOptions {
  /** The registry's pool: which tenants are live. */
  pool: Pool;
  redis: Redis;
  queue: DispatchQueue;
  /** Tenant reads and writes, as the system entry points `dispatch-reconciler` and `dispatch-queue`. */
  work: SystemWork;
  log: FastifyBaseLogger;
  /** The frequent pass, over tenants known to have a queue. */
  intervalMs: number;
  /** The full pass, over every live tenant. */
  fullIntervalMs: number;
  /** One replica at a time runs a pass: a Redis lock with this key (scoped to the deployment). */
  lockKey: string;
  /** Written by each full pass; missing means Redis lost its data since, so a full pass runs at once. */
  sentinelKey: string;
  /** Idempotency keys older than this are forgotten (during full passes). */
  idempotencyTtlMs?: number;
  metrics?: Pick<Metrics, 'reconcilerRuns' | 'reconcilerRepairs' | 'dbQueryDuration'>;
  /** Active-dispatch counts are set exactly from Postgres for each tenant a pass looks at. */
  gauges?: DispatchGauges;
}

/** The system entry point of the repair reads (the sweep serves the queue as `QUEUE_WORK`). */
const RECONCILER_WORK = 'dispatch-reconciler';

const RELEASE_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Repairs Redis from Postgres, the system of record: every queued request is put back (with its original
 * score) if Redis lost it; members whose request is no longer queued are removed. Then it sweeps: each type
 * with queued requests is served once more, which catches capacity events missed while Redis was away or a
 * replica died between COMMIT and serving.
 *
 * Two cadences: a frequent pass over the tenants Redis lists as having a queue, and a full pass over every
 * tenant when no replica has completed one for a few minutes (the sentinel key holds when the last did), and at
 * once whenever that key is gone (Redis flushed or restarted empty: then the list of tenants is gone too).
 * A SET NX lock with a TTL makes one replica do a pass at a time.
 */
export class QueueReconciler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<ReconcileReport | null>;
  private stopped = false;

  constructor(private readonly options: ReconcilerOptions) {}

  start(): void {
    this.stopped = false;
    void this.tick();
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async tick() {
    if (this.running || this.stopped) return;
    try {
      await this.runDue();
    } catch (error) {
      this.options.log.warn({ err: error }, 'queue reconciliation failed');
    }
  }

  /**
   * The pass the schedule asks for: frequent, unless a full one is due (see `fullPassDue`). Replicas share that
   * clock, so a rolling restart of N replicas does not walk every tenant N times, under the load it already brings.
   */
  runDue(): Promise<ReconcileReport | null> {
    return this.runOnce({ full: false });
  }

  /** No replica has completed a full pass within the interval (the sentinel says when the last did), or Redis forgot. */
  private async fullPassDue(): Promise<boolean> {
    const last = Date.parse((await this.options.redis.get(this.options.sentinelKey)) ?? '');
    return Number.isNaN(last) || Date.now() - last >= this.options.fullIntervalMs;
  }

  /** One pass (full: every live tenant, also whenever one is due); null when another replica holds the lock. */
  async runOnce(options: { full?: boolean } = { full: true }): Promise<ReconcileReport | null> {
    // A pass already under way may have started before what the caller wants repaired: wait, then run anew.
    while (this.running) await this.running.catch(() => undefined);
    const pass = this.pass(options.full ?? true).finally(() => {
      if (this.running === pass) this.running = undefined;
    });
    this.running = pass;
    return pass;
  }

  private async pass(fullRequested: boolean): Promise<ReconcileReport | null> {
    const { redis, lockKey, intervalMs, queue } = this.options;
    const token = randomUUID();
    const ttl = Math.max(30_000, intervalMs * 2);
    if ((await redis.set(lockKey, token, 'PX', ttl, 'NX')) !== 'OK') return null;
    try {
      const full = fullRequested || (await this.fullPassDue());
      const live = await listLiveTenantsForMigration(registryDb(this.options.pool));
      const active = full ? undefined : new Set(await queue.activeTenants());
      const tenants = active ? live.filter((tenant) => active.has(tenant.id)) : live;
      const report: ReconcileReport = {
        full,
        tenants: tenants.length,
        added: 0,
        removed: 0,
        swept: 0,
        failed: 0,
      };
      for (const tenant of tenants) {
        if (this.stopped) break;
        try {
          const result = await this.reconcileTenant(tenant, { cleanup: full });
          report.added += result.added;
          report.removed += result.removed;
          report.swept += result.swept;
        } catch (error) {
          report.failed += 1;
          this.options.log.warn(
            { err: error, tenant: tenant.slug },
            'queue reconciliation failed for a tenant',
          );
        }
      }
      if (full && report.failed === 0) {
        await redis.set(this.options.sentinelKey, new Date().toISOString());
        await this.options.gauges?.forgetAllBut(live.map((tenant) => tenant.id));
      }
      const { metrics } = this.options;
      metrics?.reconcilerRuns.inc({ pass: full ? 'full' : 'frequent' });
      if (report.added > 0) metrics?.reconcilerRepairs.inc({ kind: 'added' }, report.added);
      if (report.removed > 0) metrics?.reconcilerRepairs.inc({ kind: 'removed' }, report.removed);
      if (report.added + report.removed > 0)
        this.options.log.info(report, 'dispatch queue repaired from Postgres');
      return report;
    } finally {
      await redis.eval(RELEASE_LOCK, 1, lockKey, token).catch(() => undefined);
    }
  }

  /** Compares one tenant's queues in Redis with Postgres, repairs the difference, then sweeps. */
  async reconcileTenant(tenant: TenantScope, options: { cleanup?: boolean } = {}) {
    const { queue } = this.options;
    // Redis first, then Postgres: anything in Redis was put there after its request committed, so the later
    // Postgres read sees that request (a member is never mistaken for stale). A type missing from the types set
    // had nothing in Redis at that moment (the set is written in the same script as the queue).
    const types = await queue.typesOf(tenant.id);
    const snapshots = new Map<string, Awaited<ReturnType<DispatchQueue['snapshot']>>>();
    for (const typeId of types) snapshots.set(typeId, await queue.snapshot(tenant.id, typeId));

    const read = async ({ tx }: TenantContext) => {
      const queued = await queuedEntries(tx);
      const expected = new Set(queued.map((entry) => entry.requestId));
      const unknown = [...snapshots.values()]
        .flatMap((snapshot) => [...snapshot.queued, ...snapshot.leased])
        .map((item) => item.requestId)
        .filter((id) => !expected.has(id));
      return {
        entries: queued,
        statuses: await requestStatuses(tx, unknown),
        active: await countActiveAssignments(tx),
      };
    };
    const { work, idempotencyTtlMs = 86_400_000 } = this.options;
    const stopTimer = this.options.metrics?.dbQueryDuration.startTimer({ operation: 'reconcile' });
    // A full pass also forgets old idempotency keys, a write; the frequent pass only reads.
    const { entries, statuses, active } = await (
      options.cleanup
        ? work.write(tenant, RECONCILER_WORK, async (uow) => {
            await deleteIdempotencyKeysBefore(uow.tx, new Date(Date.now() - idempotencyTtlMs));
            return read(uow);
          })
        : work.read(tenant, RECONCILER_WORK, read)
    ).finally(() => stopTimer?.());
    await this.options.gauges?.setActive(tenant, active);

    let added = 0;
    let removed = 0;
    const byType = groupByType(entries);
    for (const typeId of new Set([...types, ...byType.keys()])) {
      const snapshot = snapshots.get(typeId) ?? { queued: [], leased: [] };
      const wanted = byType.get(typeId) ?? [];
      const byId = new Map(wanted.map((entry) => [entry.requestId, entry]));
      const inRedis = new Map([...snapshot.queued, ...snapshot.leased].map((item) => [item.requestId, item]));
      // A member at the wrong score (or with the wrong region) is taken out and put back right.
      const misplaced = snapshot.queued.filter((item) => {
        const entry = byId.get(item.requestId);
        return (
          entry !== undefined &&
          (queueScore(entry.priority, entry.queueSeq) !== item.score || entry.region !== item.region)
        );
      });
      if (misplaced.length > 0)
        await queue.remove(
          tenant.id,
          typeId,
          misplaced.map((item) => item.member),
        );
      const misplacedIds = new Set(misplaced.map((item) => item.requestId));
      const missing = wanted.filter(
        (entry) => !inRedis.has(entry.requestId) || misplacedIds.has(entry.requestId),
      );
      if (missing.length > 0) added += await queue.enqueue(tenant.id, typeId, missing);
      const stale = [...inRedis.values()].filter(
        (item) => !byId.has(item.requestId) && statuses.get(item.requestId) !== 'queued',
      );
      if (stale.length > 0) {
        await queue.remove(
          tenant.id,
          typeId,
          stale.map((item) => item.member),
        );
        removed += stale.length;
      }
      if (wanted.length === 0) await queue.forgetType(tenant.id, typeId);
    }
    // Off the frequent pass once nothing of the tenant is left in Redis (an enqueue re-adds it).
    if (entries.length === 0 && (await queue.typesOf(tenant.id)).length === 0)
      await queue.markTenantActive(tenant.id, false);

    let swept = 0;
    for (const typeId of byType.keys()) {
      await work.write(tenant, QUEUE_WORK, async (uow) =>
        uow.signal(CAPACITY_CHANGED, typeId, 'reconciler sweep'),
      );
      swept += 1;
    }
    return { added, removed, swept };
  }
}
