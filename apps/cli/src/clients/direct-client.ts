import {
  createPool,
  findLiveTenantBySlug,
  findTenantById,
  fileExportSink,
  s3ExportSink,
  grantPlatformAccess,
  migratePlatform,
  migrateTenants,
  offboardTenant,
  provisionTenant,
  registryDb,
  listTenants,
  tenantMigrationStatus,
  type TenantRow,
  announceRegistryChange,
  changeTenant,
  tenantView,
  resealStoredSecrets,
} from '@dispatch/db';
import { Redis } from 'ioredis';
import { CliError } from '../errors';
import { databaseError, redactUrl } from './database-errors';
import { isUuid, type PlatformClient, type Tenant } from './platform-client';
import type { ObjectStorageConfig } from '@dispatch/config';
import { createObjectStore } from '@dispatch/object-storage';
import { directBackup, directRestore, type DirectBackupContext } from './direct-backups';

export interface DirectClientOptions {
  adminUrl: string;
  appRole: string;
  /** Role the connection switches to at login, so objects belong to the fixed owner (DATABASE_OWNER_ROLE). */
  ownerRole?: string;
  exportDir: string;
  /** S3_* and EXPORT_STORAGE: with EXPORT_STORAGE=s3 exports and backups go to the bucket. */
  objectStorage?: ObjectStorageConfig;
  actor: string;
  /** When set, registry changes are announced on Redis so API replicas drop their caches at once. */
  redisUrl?: string;
  /** Test seam: a template folder other than the repository's `tenant-templates/`. */
  templatesDir?: string;
}

/** Upper bound of `migrate --concurrency`: the pool opens connections only on demand, so a high cap costs nothing. */
export const MAX_DIRECT_CONCURRENCY = 32;
const PAGE = 500;

const toTenant = (row: TenantRow): Tenant => tenantView(row);

/** Talks to Postgres as the owner role, through the same `@dispatch/db` functions the API uses. */
export function createDirectClient(options: DirectClientOptions): PlatformClient {
  const target = redactUrl(options.adminUrl);
  const pool = createPool(options.adminUrl, {
    max: MAX_DIRECT_CONCURRENCY,
    applicationName: 'dispatch-admin',
    sessionRole: options.ownerRole,
  });
  const db = registryDb(pool);
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw databaseError(error, target);
    }
  };

  async function findRow(ref: string): Promise<TenantRow> {
    const row = isUuid(ref) ? await findTenantById(db, ref) : await findLiveTenantBySlug(db, ref);
    if (!row) throw new CliError(`no tenant "${ref}"`);
    return row;
  }

  async function announce(): Promise<void> {
    if (!options.redisUrl) return;
    const redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      await announceRegistryChange(redis);
    } finally {
      redis.disconnect();
    }
  }

  const backups: DirectBackupContext = { ...options, pool };

  return {
    mode: 'direct',
    announcesChanges: options.redisUrl !== undefined,
    description: `the database at ${target} (direct mode)`,

    createTenant: (input) =>
      guard(async () => {
        const result = await provisionTenant(pool, input, {
          appRole: options.appRole,
          actor: options.actor,
          templatesDir: options.templatesDir,
        });
        if (result.created) await announce();
        return { tenant: toTenant(result.tenant), created: result.created };
      }),

    listTenants: ({ includeDeleted }) =>
      guard(async () => {
        const rows: TenantRow[] = [];
        for (;;) {
          const page = await listTenants(db, { limit: PAGE, includeDeleted, afterId: rows.at(-1)?.id });
          rows.push(...page);
          if (page.length < PAGE) return rows.map(toTenant);
        }
      }),

    getTenant: (ref) => guard(async () => toTenant(await findRow(ref))),

    setStatus: (id, status) =>
      guard(async () => {
        // Same rules and audit trail as PATCH /platform/tenants/:id.
        const before = await findRow(id);
        if (before.status === 'deleted' || before.status === 'offboarding') {
          throw new CliError(`tenant ${before.slug} is ${before.status} and cannot be changed`);
        }
        // One transaction with its audit event; announced only once committed.
        const after = await changeTenant(pool, before, { actor: options.actor }, async (_tx, current) => ({
          patch: { status },
          audit: {
            action: status === 'suspended' ? 'tenant.suspended' : 'tenant.updated',
            detail: { before: { status: current.status }, patch: { status } },
          },
        }));
        await announce();
        return toTenant(after);
      }),

    setRateLimits: (id, limits) =>
      guard(async () => {
        // Same rules and audit trail as PATCH /platform/tenants/:id with `rateLimits`.
        const before = await findRow(id);
        const after = await changeTenant(pool, before, { actor: options.actor }, async (_tx, current) => {
          const { rateLimits: previous, ...rest } = current.settings;
          return {
            patch: { settings: limits === null ? rest : { ...rest, rateLimits: limits } },
            audit: {
              action: 'tenant.updated',
              detail: { before: { rateLimits: previous ?? null }, patch: { rateLimits: limits } },
            },
          };
        });
        await announce();
        return toTenant(after);
      }),

    deleteTenant: (id) =>
      guard(async () => {
        const tombstone = await offboardTenant(pool, id, {
          sink:
            options.objectStorage?.exportsTo === 's3' && options.objectStorage.s3
              ? s3ExportSink({ ...(await createObjectStore(options.objectStorage.s3)), prefix: 'exports/' })
              : fileExportSink(options.exportDir),
          actor: options.actor,
        });
        await announce();
        return toTenant(tombstone);
      }),

    migrationStatus: () => guard(() => tenantMigrationStatus(pool, options.templatesDir)),

    migrateTenants: ({ tenantSlug, concurrency, signal, onProgress }) =>
      guard(async () => {
        let failed = 0;
        const report = await migrateTenants(pool, {
          appRole: options.appRole,
          actor: options.actor,
          templatesDir: options.templatesDir,
          tenantSlug,
          concurrency,
          signal,
          onProgress: ({ done, total, outcome }) => {
            if (outcome.status === 'failed') failed += 1;
            onProgress({ done, total, failed });
          },
        });
        return {
          total: report.total,
          done: report.outcomes.length,
          migrated: report.outcomes.filter((outcome) => outcome.status === 'migrated').length,
          failed: report.outcomes.flatMap((outcome) =>
            outcome.status === 'failed' ? [{ slug: outcome.slug, error: outcome.error }] : [],
          ),
          interrupted: report.interrupted,
        };
      }),

    migratePlatform: () =>
      guard(async () => {
        const applied = await migratePlatform(pool);
        await grantPlatformAccess(pool, options.appRole);
        return { applied };
      }),

    backupTenant: (slug, backupOptions) => guard(() => directBackup(backups, slug, backupOptions)),

    restoreTenant: (restoreOptions) => guard(() => directRestore(backups, restoreOptions, announce)),

    resealSecrets: ({ box, batchSize, maxBatches, signal, onProgress }) =>
      guard(() =>
        resealStoredSecrets(pool, { box, actor: options.actor, batchSize, maxBatches, signal, onProgress }),
      ),

    close: () => pool.end(),
  };
}
