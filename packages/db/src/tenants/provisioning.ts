import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool, PoolClient } from '../pool';
import { withTransaction } from '../tenant-transaction';
import { TenancyError, issuerInUse } from '../errors';
import { readMigrationFiles, type MigrationFile } from '../migrations/migration-files';
import { TENANT_TEMPLATES_DIR } from '../migrations/paths';
import { applyTemplateMigration, enterTenantSchema } from '../migrations/apply-template';
import { assertValidSlug, schemaNameForSlug } from './slug';
import { tenants, type TenantRow, type TenantTier } from './registry.tables';
import { findLiveTenantBySlug, recordPlatformAudit } from './registry.repository';

export interface ProvisionTenantInput {
  slug: string;
  name: string;
  tier: TenantTier;
  idp?: Record<string, unknown>;
  settings?: Record<string, unknown>;
}

export interface ProvisionOptions {
  appRole: string;
  actor: string;
  requestId?: string;
  templatesDir?: string;
  /** Test seam: called after each template migration inside the transaction; throwing aborts provisioning. */
  afterTemplateMigration?: (version: string) => void | Promise<void>;
}

export interface ProvisionResult {
  tenant: TenantRow;
  created: boolean;
}

function sameRequest(existing: TenantRow, input: ProvisionTenantInput): boolean {
  return (
    existing.name === input.name &&
    existing.tier === input.tier &&
    isDeepStrictEqual(existing.idp, input.idp ?? {}) &&
    isDeepStrictEqual(existing.settings, input.settings ?? {})
  );
}

function issuerOf(idp: Record<string, unknown> | undefined): string | null {
  return typeof idp?.issuer === 'string' ? idp.issuer : null;
}

/**
 * Creates the tenant's schema, lets the runtime role use it, and applies `templates` in order (every table,
 * index, RLS policy and grant). Leaves the transaction inside the tenant's schema. Restore uses it too, with
 * the templates a backup was taken at.
 */
export async function createTenantSchema(
  client: PoolClient,
  tenant: { id: string; schemaName: string },
  templates: MigrationFile[],
  options: Pick<ProvisionOptions, 'appRole' | 'afterTemplateMigration'>,
): Promise<void> {
  await client.query(`CREATE SCHEMA ${pg.escapeIdentifier(tenant.schemaName)}`);
  await client.query(
    `GRANT USAGE ON SCHEMA ${pg.escapeIdentifier(tenant.schemaName)} TO ${pg.escapeIdentifier(options.appRole)}`,
  );
  await enterTenantSchema(client, tenant.id, tenant.schemaName);
  for (const file of templates) {
    await applyTemplateMigration(client, tenant.id, file, options.appRole);
    await options.afterTemplateMigration?.(file.version);
  }
}

/**
 * Creates the registry row, the schema and every template object in ONE transaction: all or nothing.
 * Idempotent by slug: the same request returns the existing tenant; a different one is a conflict.
 */
export async function provisionTenant(
  adminPool: Pool,
  input: ProvisionTenantInput,
  options: ProvisionOptions,
): Promise<ProvisionResult> {
  assertValidSlug(input.slug);
  const templates = await readMigrationFiles(options.templatesDir ?? TENANT_TEMPLATES_DIR);
  return provisionInTransaction(adminPool, input, options, templates).catch((error: unknown) => {
    throw issuerInUse(error) ?? error;
  });
}

function provisionInTransaction(
  adminPool: Pool,
  input: ProvisionTenantInput,
  options: ProvisionOptions,
  templates: MigrationFile[],
): Promise<ProvisionResult> {
  return withTransaction(adminPool, async (client) => {
    const db = drizzle(client, { casing: 'snake_case' });
    // Concurrent provisioning of one slug queues here instead of racing on the unique index.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('tenant-slug:' || $1))", [input.slug]);
    const existing = await findLiveTenantBySlug(db, input.slug);
    if (existing) {
      if (sameRequest(existing, input)) return { tenant: existing, created: false };
      throw new TenancyError('slug-conflict', `a tenant with slug "${input.slug}" already exists`, 'slug');
    }

    const id = uuidv7();
    const schemaName = schemaNameForSlug(input.slug);
    const [tenant] = await db
      .insert(tenants)
      .values({
        id,
        slug: input.slug,
        name: input.name,
        schemaName,
        status: input.tier === 'trial' ? 'trial' : 'active',
        tier: input.tier,
        idp: input.idp ?? {},
        idpIssuer: issuerOf(input.idp),
        settings: input.settings ?? {},
        templateVersion: templates.at(-1)?.version ?? null,
      })
      .returning();

    await createTenantSchema(client, { id, schemaName }, templates, options);
    await recordPlatformAudit(db, {
      actor: options.actor,
      action: 'tenant.provisioned',
      tenantId: id,
      detail: { slug: input.slug, tier: input.tier },
      requestId: options.requestId ?? null,
    });
    return { tenant: tenant!, created: true };
  });
}
