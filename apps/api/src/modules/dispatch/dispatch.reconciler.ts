import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import {
  listLiveTenantsForMigration,
  registryDb,
  withTenantTransaction,
  type Pool,
  type TenantScope,
} from '@dispatch/db';
import type { UnitOfWorkRunner } from '../../operations/unit-of-work';
import { equipmentTypes } from '../equipment-types';
import * as repository from './dispatch.repository';
import { queueScore, type DispatchQueue } from './dispatch.queue';
import { QUEUE_ACTOR } from './dispatch.service';

export interface ReconcileReport {
  tenants: number;
  added: number;
  removed: number;
  /** Types whose queue was served by the sweep because capacity was free. */
  swept: number;
  failed: number;
}

export interface ReconcilerOptions {
  pool: Pool;
  redis: Redis;
  queue: DispatchQueue;
  runner: UnitOfWorkRunner;
  log: FastifyBaseLogger;
  intervalMs: number;
  /** One replica at a time runs a pass: a Redis lock with this key (scoped to the deployment's database). */
  lockKey: string;
  /** Idempotency keys older than this are forgotten. */
  idempotencyTtlMs?: number;
}

const RELEASE_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Repairs Redis from Postgres, the system of record: every queued request is put back (with its original
 * score) if Redis lost it; members whose request is no longer queued are removed. Then it sweeps: any type
 * with queued requests is served once more, which catches capacity events missed while Redis was away or a
 * replica died between COMMIT and serving. Runs at start and on an interval; a SET NX lock with a TTL
 * makes one replica do it at a time (a dead replica's lock simply expires).
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
      await this.runOnce();
    } catch (error) {
      this.options.log.warn({ err: error }, 'queue reconciliation failed');
    }
  }

  /** One pass over every live tenant; null when another replica holds the lock. */
  runOnce(): Promise<ReconcileReport | null> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<ReconcileReport | null> {
    const { redis, lockKey, intervalMs } = this.options;
    const token = randomUUID();
    const ttl = Math.max(30_000, intervalMs * 2);
    if ((await redis.set(lockKey, token, 'PX', ttl, 'NX')) !== 'OK') return null;
    try {
      const tenants = await listLiveTenantsForMigration(registryDb(this.options.pool));
      const report: ReconcileReport = { tenants: tenants.length, added: 0, removed: 0, swept: 0, failed: 0 };
      for (const tenant of tenants) {
        if (this.stopped) break;
        try {
          const result = await this.reconcileTenant(tenant);
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
      if (report.added + report.removed > 0)
        this.options.log.info(report, 'dispatch queue repaired from Postgres');
      return report;
    } finally {
      await redis.eval(RELEASE_LOCK, 1, lockKey, token).catch(() => undefined);
    }
  }

  /** Compares one tenant's queues in Redis with Postgres and repairs the difference. */
  async reconcileTenant(tenant: TenantScope & { slug?: string }) {
    const { queue } = this.options;
    const ttlMs = this.options.idempotencyTtlMs ?? 24 * 3600_000;
    let added = 0;
    let removed = 0;
    const typesToSweep = await withTenantTransaction(this.options.pool, tenant, async (tx) => {
      await repository.deleteIdempotencyKeysBefore(tx, new Date(Date.now() - ttlMs));
      const types = await tx.db.select({ id: equipmentTypes.id }).from(equipmentTypes);
      const withQueue: string[] = [];
      for (const { id: typeId } of types) {
        // Redis first, then Postgres: anything in Redis was put there after its request committed, so the
        // later Postgres read sees that request (a member is never mistaken for stale).
        const snapshot = await queue.snapshot(tenant.id, typeId);
        const entries = await repository.queuedEntries(tx, typeId);
        if (entries.length > 0) withQueue.push(typeId);
        const inRedis = new Map(
          [...snapshot.queued, ...snapshot.leased].map((item) => [item.requestId, item]),
        );

        const byId = new Map(entries.map((entry) => [entry.requestId, entry]));
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
        const missing = entries.filter(
          (entry) => !inRedis.has(entry.requestId) || misplacedIds.has(entry.requestId),
        );
        if (missing.length > 0) added += await queue.enqueue(tenant.id, typeId, missing);

        const unknown = [...inRedis.keys()].filter((id) => !byId.has(id));
        if (unknown.length > 0) {
          const statuses = await repository.requestStatuses(tx, unknown);
          const stale = unknown.filter((id) => statuses.get(id) !== 'queued');
          await queue.remove(
            tenant.id,
            typeId,
            stale.map((id) => inRedis.get(id)!.member),
          );
          removed += stale.length;
        }
      }
      return withQueue;
    });
    let swept = 0;
    for (const typeId of typesToSweep) {
      await this.options.runner.run(
        { tenant, user: QUEUE_ACTOR, requestId: `reconciler-${randomUUID()}`, log: this.options.log },
        async (uow) => uow.capacityChanged(typeId, 'reconciler sweep'),
      );
      swept += 1;
    }
    return { added, removed, swept };
  }
}
