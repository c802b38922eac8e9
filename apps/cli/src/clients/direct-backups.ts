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
  s3ExportSink,
  type Pool,
} from '@dispatch/db';
import type { ObjectStorageConfig } from '@dispatch/config';
import { createObjectStore } from '@dispatch/object-storage';
import { Redis } from 'ioredis';
import { CliError } from '../errors';
import type { BackupOptions, BackupSummary, RestoreOptions, RestoreSummary } from './platform-client';

export interface DirectBackupContext {
  pool: Pool;
  adminUrl: string;
  appRole: string;
  actor: string;
  exportDir: string;
  /** S3_* and EXPORT_STORAGE: with EXPORT_STORAGE=s3, backups go to s3://<bucket>/backups/ unless told otherwise. */
  objectStorage?: ObjectStorageConfig;
  redisUrl?: string;
  templatesDir?: string;
}

/**
 * A sink for a destination: a folder (or file:// URL), or `s3://<bucket>/<folder>/` in the configured object
 * store (S3_* variables).
 */
async function sinkFor(destination: string, storage: ObjectStorageConfig | undefined) {
  if (destination.startsWith('s3://')) {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(destination)!;
    if (!storage?.s3 || storage.s3.bucket !== match[1]) {
      throw new CliError(
        `${destination}: set S3_BUCKET=${match[1]} (and the other S3_* variables) to use it`,
      );
    }
    const folder = match[2] ? `${match[2].replace(/\/+$/, '')}/` : '';
    return s3ExportSink({ ...(await createObjectStore(storage.s3)), prefix: folder });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(destination) && !destination.startsWith('file:')) {
    throw new CliError(`${destination}: use a folder, a file:// URL or an s3:// location`);
  }
  return fileExportSink(destination.startsWith('file:') ? fileURLToPath(destination) : destination);
}

function defaultBackupDestination(ctx: DirectBackupContext): string {
  const storage = ctx.objectStorage;
  return storage?.exportsTo === 's3' && storage.s3 ? `s3://${storage.s3.bucket}/backups/` : ctx.exportDir;
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
    sink: await sinkFor(options.to ?? defaultBackupDestination(ctx), ctx.objectStorage),
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
    !options.from || (await isFolder(options.from))
      ? (options.from ?? defaultBackupDestination(ctx))
      : undefined;
  const sink = await sinkFor(folder ?? defaultBackupDestination(ctx), ctx.objectStorage);
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
