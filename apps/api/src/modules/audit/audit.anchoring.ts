import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { listLiveTenantsForMigration, registryDb, type Pool } from '@dispatch/db';
import type { SystemWork } from '#src/kernel/tenant-work';
import type { AnchorStore } from './audit.anchors';
import * as repository from './audit.repository';

export interface AnchoringOptions {
  /** The registry, for the list of live tenants. */
  pool: Pool;
  /** Each tenant's chain head is read as system work (entry point `audit-anchoring`). */
  systemWork: SystemWork;
  redis: Redis;
  store: AnchorStore;
  log: FastifyBaseLogger;
  intervalMs: number;
  /** One replica anchors at a time: a Redis lock with this key (scoped to the deployment). */
  lockKey: string;
  /** Hash of tenant id → last anchored seq, so an unchanged head is not written again. */
  anchoredKey: string;
}

export interface AnchoringReport {
  tenants: number;
  anchored: number;
  unchanged: number;
  failed: number;
}

const RELEASE_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Writes each live tenant's audit chain head to the object store, outside the database, on an interval.
 * Someone able to rewrite the whole audit table (hashes recomputed, head updated) cannot rewrite the anchors
 * too, so `verify` notices. Redis only remembers what was anchored last; if it forgets, heads are anchored
 * again, which is harmless.
 */
export class AuditAnchorer {
  private timer?: NodeJS.Timeout;
  private first?: NodeJS.Timeout;
  private running?: Promise<AnchoringReport | null>;

  constructor(private readonly options: AnchoringOptions) {}

  /** A first pass soon after start (so frequent restarts cannot starve anchoring), then one per interval. */
  start(firstPassAfterMs = 10_000): void {
    const first = setTimeout(() => void this.tick(), Math.min(firstPassAfterMs, this.options.intervalMs));
    first.unref();
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
    this.first = first;
  }

  async stop(): Promise<void> {
    clearTimeout(this.first);
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async tick() {
    try {
      await this.runOnce();
    } catch (error) {
      this.options.log.warn({ err: error }, 'audit anchoring failed');
    }
  }

  /** One pass over every live tenant; null when another replica holds the lock. */
  async runOnce(): Promise<AnchoringReport | null> {
    while (this.running) await this.running.catch(() => undefined);
    const pass = this.pass().finally(() => {
      if (this.running === pass) this.running = undefined;
    });
    this.running = pass;
    return pass;
  }

  private async pass(): Promise<AnchoringReport | null> {
    const { redis, lockKey, anchoredKey, pool, systemWork, store, log } = this.options;
    const token = randomUUID();
    if ((await redis.set(lockKey, token, 'PX', Math.max(60_000, this.options.intervalMs), 'NX')) !== 'OK') {
      return null;
    }
    try {
      const tenants = await listLiveTenantsForMigration(registryDb(pool));
      const report: AnchoringReport = { tenants: tenants.length, anchored: 0, unchanged: 0, failed: 0 };
      for (const tenant of tenants) {
        try {
          const head = await systemWork.read(tenant, 'audit-anchoring', (ctx) =>
            repository.chainHead(ctx.tx),
          );
          const last = Number((await redis.hget(anchoredKey, tenant.id)) ?? 0);
          if (!head || head.lastSeq === last) {
            report.unchanged += 1;
            continue;
          }
          await store.put({
            tenantId: tenant.id,
            seq: head.lastSeq,
            hash: head.lastHash,
            anchoredAt: new Date().toISOString(),
          });
          await redis.hset(anchoredKey, tenant.id, String(head.lastSeq));
          report.anchored += 1;
        } catch (error) {
          report.failed += 1;
          log.warn({ err: error, tenant: tenant.slug }, 'audit anchoring failed for a tenant');
        }
      }
      log.info(report, 'audit chain heads anchored');
      return report;
    } finally {
      await redis.eval(RELEASE_LOCK, 1, lockKey, token).catch(() => undefined);
    }
  }
}
