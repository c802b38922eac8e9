import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';
import { catalogueDiff, readSchemaCatalogue, type SchemaCatalogue } from '../test/schema-catalogue';
import { provisionTenant } from '../tenants/provisioning';
import type { TenantRow } from '../tenants/registry.tables';
import { readMigrationFiles, type MigrationFile } from './migration-files';
import { TENANT_TEMPLATES_DIR } from './paths';
import { migrateTenants } from './tenant-migrator';

/**
 * A tenant provisioned today and one provisioned at the first template and upgraded since must end up with the
 * same schema: a template written for only one of the two paths (or an upgrade that depends on a fresh schema's
 * order of things) shows here as a readable difference of the two catalogues.
 */

let ctx: DbTestContext;
let templates: MigrationFile[];
let firstOnly: string;
let fresh: TenantRow;
let upgraded: TenantRow;

const provision = (slug: string, templatesDir?: string) =>
  provisionTenant(
    ctx.adminPool,
    { slug, name: slug, tier: 'standard' },
    { appRole: ctx.appRole, actor: 'test', templatesDir },
  ).then((result) => result.tenant);

beforeAll(async () => {
  ctx = await createDbTestContext();
  templates = await readMigrationFiles(TENANT_TEMPLATES_DIR);
  firstOnly = await mkdtemp(join(tmpdir(), 'first-template-'));
  await copyFile(
    join(TENANT_TEMPLATES_DIR, `${templates[0]!.version}.sql`),
    join(firstOnly, `${templates[0]!.version}.sql`),
  );

  fresh = await provision('fresh');
  upgraded = await provision('upgraded', firstOnly);
  const report = await migrateTenants(ctx.adminPool, {
    appRole: ctx.appRole,
    actor: 'test',
    tenantSlug: 'upgraded',
  });
  expect(report.outcomes).toEqual([
    expect.objectContaining({ status: 'migrated', applied: templates.slice(1).map((file) => file.version) }),
  ]);
});
afterAll(async () => {
  await ctx?.close();
  await rm(firstOnly, { recursive: true, force: true });
});

const catalogues = async (db: Pick<pg.PoolClient, 'query'> = ctx.adminPool) => ({
  fresh: { label: 'fresh', catalogue: await readSchemaCatalogue(db, fresh.schemaName) },
  upgraded: { label: 'upgraded', catalogue: await readSchemaCatalogue(db, upgraded.schemaName) },
});

const kinds = (catalogue: SchemaCatalogue) =>
  new Set([...catalogue.keys()].map((name) => name.split(' ')[0]));

describe('a tenant schema built fresh and one upgraded from the first template', () => {
  it('hold the same tables, columns, constraints, indexes, RLS, policies, triggers, functions and grants', async () => {
    const { fresh, upgraded } = await catalogues();
    // Not two empty catalogues: every kind of object the templates create is read.
    expect(kinds(fresh.catalogue)).toEqual(
      new Set([
        'schema',
        'relation',
        'column',
        'constraint',
        'index',
        'policy',
        'trigger',
        'sequence',
        'function',
      ]),
    );
    const diff = catalogueDiff(fresh, upgraded);
    expect(diff, `the schemas differ:\n${diff.join('\n')}`).toEqual([]);
  });

  it('record the same template versions, each with its checksum, and the latest as the tenant version', async () => {
    const { rows } = await ctx.adminPool.query<{ tenant_id: string; version: string; checksum: string }>(
      'SELECT tenant_id, version, checksum FROM platform.tenant_migrations ORDER BY tenant_id, version',
    );
    const recorded = (tenant: TenantRow) =>
      rows
        .filter((row) => row.tenant_id === tenant.id)
        .map(({ version, checksum }) => ({ version, checksum }));
    const expected = templates.map(({ version, checksum }) => ({ version, checksum }));
    expect(recorded(fresh)).toEqual(expected);
    expect(recorded(upgraded)).toEqual(expected);
    const { rows: versions } = await ctx.adminPool.query<{ template_version: string }>(
      'SELECT template_version FROM platform.tenants WHERE id = ANY($1) ORDER BY slug',
      [[fresh.id, upgraded.id]],
    );
    expect(versions.map((row) => row.template_version)).toEqual([
      templates.at(-1)!.version,
      templates.at(-1)!.version,
    ]);
  });

  it('would show a difference of each kind (changed inside a transaction that is rolled back)', async () => {
    const client = await ctx.adminPool.connect();
    const schema = pg.escapeIdentifier(upgraded.schemaName);
    try {
      await client.query('BEGIN');
      await client.query(`
        ALTER TABLE ${schema}.equipment_types ALTER COLUMN description SET DEFAULT 'none';
        ALTER TABLE ${schema}.users NO FORCE ROW LEVEL SECURITY;
        DROP POLICY tenant_isolation ON ${schema}.drivers;
        CREATE INDEX drivers_phone_idx ON ${schema}.drivers (tenant_id, phone);
        REVOKE DELETE ON ${schema}.attachments FROM ${pg.escapeIdentifier(ctx.appRole)};
        DROP TRIGGER assignments_status_guard ON ${schema}.assignments;
        ALTER TABLE ${schema}.work_orders DROP CONSTRAINT work_orders_tenant_id_number_key;`);
      const { fresh, upgraded: changed } = await catalogues(client);
      const names = catalogueDiff(fresh, changed).map(
        (line) => /^(.+?)(?=: only in | differs\n)/.exec(line)?.[1],
      );
      expect(names).toEqual([
        'column equipment_types.description',
        'constraint work_orders.work_orders_tenant_id_number_key',
        'index drivers_phone_idx',
        'index work_orders_tenant_id_number_key',
        'policy drivers.tenant_isolation',
        'relation attachments',
        'relation users',
        'trigger assignments.assignments_status_guard',
      ]);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
