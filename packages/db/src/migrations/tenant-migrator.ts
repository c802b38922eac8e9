import { drizzle } from 'drizzle-orm/node-postgres';
import { eq } from 'drizzle-orm';
import type { Pool } from '../pool';
import { withTransaction } from '../tenant-transaction';
import { TenancyError } from '../errors';
import { readMigrationFiles, type MigrationFile } from './migration-files';
import { TENANT_TEMPLATES_DIR } from './paths';
import { applyTemplateMigration, enterTenantSchema } from './apply-template';
import { registryDb, listLiveTenantsForMigration, recordPlatformAudit } from '../tenants/registry.repository';
import { tenants, type TenantRow } from '../tenants/registry.tables';

export type TenantMigrationOutcome =
  | { slug: string; tenantId: string; status: 'migrated'; applied: string[] }
  | { slug: string; tenantId: string; status: 'up-to-date' }
  | { slug: string; tenantId: string; status: 'failed'; error: string };

export interface MigrateTenantsOptions {
  appRole: string;
  actor: string;
  templatesDir?: string;
  /** Only this tenant (slug). */
  tenantSlug?: string;
  /** Tenants migrated at once; each tenant is its own transaction. */
  concurrency?: number;
  /** Stops handing out tenants; the ones in flight finish (a later run resumes from there). */
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number; outcome: TenantMigrationOutcome }) => void;
}

export interface MigrateTenantsReport {
  total: number;
  latestVersion: string | null;
  outcomes: TenantMigrationOutcome[];
  interrupted: boolean;
}

async function migrateOne(
  adminPool: Pool,
  tenant: TenantRow,
  files: MigrationFile[],
  options: MigrateTenantsOptions,
): Promise<TenantMigrationOutcome> {
  const base = { slug: tenant.slug, tenantId: tenant.id };
  try {
    const applied = await withTransaction(adminPool, async (client) => {
      // Two runners never migrate one tenant at once; the second waits, then finds nothing to do.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('tenant-migrate:' || $1))", [tenant.id]);
      const { rows } = await client.query<{ version: string; checksum: string }>(
        'SELECT version, checksum FROM platform.tenant_migrations WHERE tenant_id = $1',
        [tenant.id],
      );
      const done = new Map(rows.map((row) => [row.version, row.checksum]));
      const pending = files.filter((file) => {
        const checksum = done.get(file.version);
        if (checksum !== undefined && checksum !== file.checksum) {
          throw new TenancyError(
            'migration-checksum-mismatch',
            `${file.version} was edited after it was applied`,
          );
        }
        return checksum === undefined;
      });
      if (pending.length === 0) return [];
      await enterTenantSchema(client, tenant.id, tenant.schemaName);
      for (const file of pending) await applyTemplateMigration(client, tenant.id, file, options.appRole);
      const db = drizzle(client, { casing: 'snake_case' });
      await db
        .update(tenants)
        .set({ templateVersion: files.at(-1)!.version, updatedAt: new Date() })
        .where(eq(tenants.id, tenant.id));
      await recordPlatformAudit(db, {
        actor: options.actor,
        action: 'tenant.migrated',
        tenantId: tenant.id,
        detail: { applied: pending.map((file) => file.version) },
      });
      return pending.map((file) => file.version);
    });
    return applied.length ? { ...base, status: 'migrated', applied } : { ...base, status: 'up-to-date' };
  } catch (error) {
    return { ...base, status: 'failed', error: (error as Error).message };
  }
}

/**
 * Applies pending tenant-template migrations to every live tenant with bounded concurrency.
 * Safe to re-run and to interrupt: each tenant commits on its own, so a rerun continues where one stopped.
 * A failing tenant is reported and the others carry on.
 */
export async function migrateTenants(
  adminPool: Pool,
  options: MigrateTenantsOptions,
): Promise<MigrateTenantsReport> {
  const files = await readMigrationFiles(options.templatesDir ?? TENANT_TEMPLATES_DIR);
  let targets = await listLiveTenantsForMigration(registryDb(adminPool));
  if (options.tenantSlug) {
    targets = targets.filter((tenant) => tenant.slug === options.tenantSlug);
    if (targets.length === 0)
      throw new TenancyError('tenant-not-found', `no live tenant "${options.tenantSlug}"`);
  }
  const outcomes: TenantMigrationOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < targets.length && !options.signal?.aborted) {
      const tenant = targets[next++]!;
      const outcome = await migrateOne(adminPool, tenant, files, options);
      outcomes.push(outcome);
      options.onProgress?.({ done: outcomes.length, total: targets.length, outcome });
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, targets.length || 1));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return {
    total: targets.length,
    latestVersion: files.at(-1)?.version ?? null,
    outcomes,
    interrupted: outcomes.length < targets.length,
  };
}

/** Per-tenant applied versions, for `GET /platform/migrations` and `migrate --status`. */
export async function tenantMigrationStatus(adminPool: Pool, templatesDir = TENANT_TEMPLATES_DIR) {
  const files = await readMigrationFiles(templatesDir);
  const latest = files.at(-1)?.version ?? null;
  const { rows } = await adminPool.query<{
    id: string;
    slug: string;
    template_version: string | null;
    pending: number;
  }>(
    `SELECT t.id, t.slug, t.template_version,
            $1::int - (SELECT count(*) FROM platform.tenant_migrations m WHERE m.tenant_id = t.id)::int AS pending
       FROM platform.tenants t
      WHERE t.status NOT IN ('deleted', 'offboarding')
      ORDER BY t.id`,
    [files.length],
  );
  return {
    latestVersion: latest,
    tenants: rows.map((row) => ({
      tenantId: row.id,
      slug: row.slug,
      version: row.template_version,
      pending: Math.max(0, row.pending),
    })),
  };
}
