import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PoolClient } from '../pool';
import { TenancyError } from '../errors';
import { findLiveTenantBySlug, findTenantById } from '../tenants/registry.repository';
import { tenants, type TenantRow, type TenantStatus, type TenantTier } from '../tenants/registry.tables';
import { schemaNameForSlug } from '../tenants/slug';
import type { BackupHeader } from './backup-format';

export interface RestoreTarget {
  tenant: TenantRow;
  created: boolean;
  replaced: boolean;
}

const RESTORABLE_STATUSES: TenantStatus[] = ['trial', 'active', 'suspended'];

async function schemaExists(client: PoolClient, name: string): Promise<boolean> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [name]);
  return rowCount === 1;
}

async function dropSchema(client: PoolClient, name: string): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(name)} CASCADE`);
}

/**
 * The tenant a restore writes into, with its old schema gone (inside the caller's transaction): the live
 * tenant of that slug, replaced only when the caller said so, or a new registry row made as provisioning
 * makes one. A copy under another slug gets a new id and no identity provider (two tenants must not share an
 * issuer); the tenant itself, restored after its row was lost, keeps its id and identity settings.
 */
export async function restoreTarget(
  client: PoolClient,
  db: NodePgDatabase,
  header: BackupHeader,
  slug: string,
  options: { replace: boolean; intoOther: boolean; latestVersion: string | null },
): Promise<RestoreTarget> {
  // Same lock as provisioning: a concurrent create of this slug waits for the restore, and the reverse.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('tenant-slug:' || $1))", [slug]);
  const existing = await findLiveTenantBySlug(db, slug);
  if (existing) {
    if (existing.status === 'offboarding') {
      throw new TenancyError('restore-refused', `tenant ${slug} is being offboarded`, 'slug');
    }
    if (!options.replace) {
      throw new TenancyError(
        'restore-refused',
        `tenant ${slug} exists: restoring replaces all its data with the backup's; pass --yes to do so`,
        'yes',
      );
    }
    // The tenant migrator takes this lock too: it never migrates a schema being rebuilt under it.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('tenant-migrate:' || $1))", [existing.id]);
    await dropSchema(client, existing.schemaName);
    await client.query('DELETE FROM platform.tenant_migrations WHERE tenant_id = $1', [existing.id]);
    return { tenant: existing, created: false, replaced: true };
  }

  const schemaName = schemaNameForSlug(slug);
  const stray = await schemaExists(client, schemaName);
  if (stray && !options.replace) {
    throw new TenancyError(
      'restore-refused',
      `schema ${schemaName} exists without a live tenant; pass --yes to replace it`,
      'yes',
    );
  }
  if (stray) await dropSchema(client, schemaName);

  const source = header.tenant;
  const keepId = !options.intoOther && !(await findTenantById(db, source.id));
  const tier = source.tier as TenantTier;
  const status =
    RESTORABLE_STATUSES.includes(source.status as TenantStatus) && !options.intoOther
      ? (source.status as TenantStatus)
      : tier === 'trial'
        ? 'trial'
        : 'active';
  const [tenant] = await db
    .insert(tenants)
    .values({
      id: keepId ? source.id : uuidv7(),
      slug,
      name: source.name,
      schemaName,
      status,
      tier,
      idp: options.intoOther ? {} : source.idp,
      idpIssuer: options.intoOther ? null : source.idpIssuer,
      settings: source.settings,
      templateVersion: options.latestVersion,
    })
    .returning();
  return { tenant: tenant!, created: true, replaced: stray };
}
