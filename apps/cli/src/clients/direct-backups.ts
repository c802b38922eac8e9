import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  backupTenant,
  dispatchDeploymentKey,
  fileExportSink,
  latestBackup,
  requestQueueRebuild,
  restoreTenant,
  type Pool,
} from '@dispatch/db';
import { Redis } from 'ioredis';
import { CliError } from '../errors';
import type { BackupOptions, BackupSummary, RestoreOptions, RestoreSummary } from './platform-client';

export interface DirectBackupContext {
  pool: Pool;
  adminUrl: string;
  appRole: string;
  actor: string;
  exportDir: string;
  redisUrl?: string;
  templatesDir?: string;
}

/** A file sink for a folder; object storage arrives with the S3 sink behind the same interface. */
function sinkFor(destination: string) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(destination) && !destination.startsWith('file:')) {
    throw new CliError(
      `${destination}: only folders (or file:// URLs) are supported as backup destinations so far; ` +
        'object storage comes with the S3 export sink',
    );
  }
  return fileExportSink(destination.startsWith('file:') ? fileURLToPath(destination) : destination);
}

async function isFolder(path: string): Promise<boolean> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) && !path.startsWith('file:')) return true;
  const info = await stat(path.startsWith('file:') ? fileURLToPath(path) : path).catch(() => undefined);
  return info?.isDirectory() ?? false;
}

export async function directBackup(
  ctx: DirectBackupContext,
  slug: string,
  options: BackupOptions,
): Promise<BackupSummary> {
  const started = performance.now();
  const result = await backupTenant(ctx.pool, slug, {
    sink: sinkFor(options.to ?? ctx.exportDir),
    onProgress: options.onProgress,
  });
  return {
    slug: result.tenant.slug,
    tenantId: result.tenant.id,
    location: result.location,
    bytes: result.bytes,
    takenAt: result.takenAt,
    templateVersion: result.templateVersion,
    tables: result.tables,
    rows: result.rows,
    durationMs: performance.now() - started,
  };
}

/** Asks the API's reconciler for a full pass now, so the restored tenant's queue order is rebuilt at once. */
async function requestRebuild(ctx: DirectBackupContext, tenantId: string): Promise<boolean> {
  if (!ctx.redisUrl) return false;
  const redis = new Redis(ctx.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await requestQueueRebuild(redis, dispatchDeploymentKey(ctx.adminUrl), [tenantId]);
    return true;
  } catch {
    // Postgres holds the truth either way; the reconciler's periodic full pass rebuilds the queue later.
    return false;
  } finally {
    redis.disconnect();
  }
}

export async function directRestore(
  ctx: DirectBackupContext,
  options: RestoreOptions,
  announce: () => Promise<void>,
): Promise<RestoreSummary> {
  const folder =
    !options.from || (await isFolder(options.from)) ? (options.from ?? ctx.exportDir) : undefined;
  const sink = sinkFor(folder ?? ctx.exportDir);
  const location = folder ? await latestBackup(sink, options.slug) : options.from!;
  if (!location) {
    throw new CliError(`no backup of ${options.slug} under ${folder}: pass --from <file or folder>`);
  }
  const input = await sink.read(location).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read the backup ${location}: ${error.code ?? error.message}`);
  });
  const started = performance.now();
  const result = await restoreTenant(ctx.pool, input, {
    appRole: ctx.appRole,
    actor: ctx.actor,
    templatesDir: ctx.templatesDir,
    into: options.into,
    replace: options.replace,
    location,
    onProgress: options.onProgress,
  });
  const durationMs = performance.now() - started;
  await announce();
  return {
    slug: result.tenant.slug,
    tenantId: result.tenant.id,
    location,
    created: result.created,
    replaced: result.replaced,
    source: result.source,
    backupVersion: result.backupVersion,
    templateVersion: result.tenant.templateVersion,
    migrated: result.migrated,
    tables: result.tables,
    rows: result.rows,
    sequences: result.sequences,
    durationMs,
    queueRebuildRequested: await requestRebuild(ctx, result.tenant.id),
  };
}
