import type { Redis } from 'ioredis';
import { uuidv7 } from 'uuidv7';
import { migrateTenants, tenantMigrationStatus, type Pool, type TenantMigrationOutcome } from '@dispatch/db';
import { AppError } from '#src/kernel/problems';

const RUN_LOCK = 'dispatch:platform:migration-run:lock';
const RUN_STATE = 'dispatch:platform:migration-run:last';

export interface MigrationRunState {
  runId: string;
  status: 'running' | 'finished' | 'failed';
  startedAt: string;
  finishedAt?: string;
  total: number;
  done: number;
  failed: { slug: string; error: string }[];
  migrated: number;
}

/**
 * Starts a tenant-template migration run in the background and returns at once. One run at a time across
 * replicas (a Redis lock); progress is kept in Redis so any replica can report it and the CLI can poll.
 */
export async function startMigrationRun(
  redis: Redis,
  adminPool: Pool,
  options: {
    appRole: string;
    actor: string;
    tenantSlug?: string;
    log: { error(o: unknown, m: string): void };
  },
): Promise<MigrationRunState> {
  const runId = uuidv7();
  const acquired = await redis.set(RUN_LOCK, runId, 'EX', 3600, 'NX');
  if (!acquired) throw new AppError('migration-running', 'A migration run is already in progress');
  const state: MigrationRunState = {
    runId,
    status: 'running',
    startedAt: new Date().toISOString(),
    total: 0,
    done: 0,
    failed: [],
    migrated: 0,
  };
  const save = () => redis.set(RUN_STATE, JSON.stringify(state));
  await save();
  const record = (outcome: TenantMigrationOutcome) => {
    if (outcome.status === 'failed') state.failed.push({ slug: outcome.slug, error: outcome.error });
    if (outcome.status === 'migrated') state.migrated += 1;
  };
  void migrateTenants(adminPool, {
    appRole: options.appRole,
    actor: options.actor,
    tenantSlug: options.tenantSlug,
    onProgress: ({ done, total, outcome }) => {
      Object.assign(state, { done, total });
      record(outcome);
      void save();
    },
  })
    .then((report) => Object.assign(state, { status: 'finished', total: report.total }))
    .catch((error: unknown) => {
      options.log.error({ err: error }, 'migration run failed');
      Object.assign(state, {
        status: 'failed',
        failed: [...state.failed, { slug: '*', error: (error as Error).message }],
      });
    })
    .finally(async () => {
      state.finishedAt = new Date().toISOString();
      await save();
      await redis.del(RUN_LOCK);
    });
  return state;
}

export async function migrationOverview(redis: Redis, adminPool: Pool) {
  const [status, last] = await Promise.all([tenantMigrationStatus(adminPool), redis.get(RUN_STATE)]);
  return { ...status, lastRun: last ? (JSON.parse(last) as Record<string, unknown>) : null };
}
