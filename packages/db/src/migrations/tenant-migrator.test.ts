import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';
import { provisionTenant } from '../tenants/provisioning';
import { migrateTenants, tenantMigrationStatus } from './tenant-migrator';
import { TENANT_TEMPLATES_DIR } from './paths';

let ctx: DbTestContext;
let templatesDir: string;
const slugs = Array.from({ length: 6 }, (_, index) => `mig-${index}`);

beforeAll(async () => {
  ctx = await createDbTestContext();
  for (const slug of slugs) {
    await provisionTenant(
      ctx.adminPool,
      { slug, name: slug, tier: 'standard' },
      { appRole: ctx.appRole, actor: 'test' },
    );
  }
  templatesDir = await mkdtemp(join(tmpdir(), 'templates-'));
  await cp(TENANT_TEMPLATES_DIR, templatesDir, { recursive: true });
});
afterAll(async () => {
  await ctx.close();
  await rm(templatesDir, { recursive: true, force: true });
});

const migrate = (extra: Partial<Parameters<typeof migrateTenants>[1]> = {}) =>
  migrateTenants(ctx.adminPool, {
    appRole: ctx.appRole,
    actor: 'test',
    templatesDir,
    concurrency: 2,
    ...extra,
  });

async function hasColumn(schema: string, column: string) {
  const { rowCount } = await ctx.adminPool.query(
    `SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'equipment_types' AND column_name = $2`,
    [schema, column],
  );
  return rowCount === 1;
}

describe('migrateTenants', () => {
  it('applies a new template migration to every tenant, and a re-run is a no-op', async () => {
    await writeFile(
      join(templatesDir, '20990101000100_add_color.sql'),
      'ALTER TABLE equipment_types ADD COLUMN color text;',
    );
    const first = await migrate();
    expect(first.outcomes.filter((outcome) => outcome.status === 'migrated')).toHaveLength(slugs.length);
    for (const slug of slugs) expect(await hasColumn(`tenant_${slug.replace('-', '_')}`, 'color')).toBe(true);

    const again = await migrate();
    expect(again.outcomes.every((outcome) => outcome.status === 'up-to-date')).toBe(true);
    const status = await tenantMigrationStatus(ctx.adminPool, templatesDir);
    expect(status.latestVersion).toBe('20990101000100_add_color');
    expect(
      status.tenants.every((tenant) => tenant.pending === 0 && tenant.version === status.latestVersion),
    ).toBe(true);
  });

  it('resumes an interrupted run where it stopped', async () => {
    await writeFile(
      join(templatesDir, '20990101000200_add_size.sql'),
      'ALTER TABLE equipment_types ADD COLUMN size int;',
    );
    const controller = new AbortController();
    const partial = await migrate({
      concurrency: 1,
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 2) controller.abort();
      },
    });
    expect(partial.interrupted).toBe(true);
    expect(partial.outcomes).toHaveLength(2);

    const rest = await migrate();
    expect(rest.outcomes.filter((outcome) => outcome.status === 'migrated')).toHaveLength(slugs.length - 2);
    expect(rest.outcomes.filter((outcome) => outcome.status === 'up-to-date')).toHaveLength(2);
  });

  it('reports a failing tenant and migrates the others', async () => {
    // Sabotage one tenant so the next migration cannot apply there.
    await ctx.adminPool.query('ALTER TABLE tenant_mig_3.equipment_types ADD COLUMN weight int');
    await writeFile(
      join(templatesDir, '20990101000300_add_weight.sql'),
      'ALTER TABLE equipment_types ADD COLUMN weight int;',
    );
    const report = await migrate();
    const failed = report.outcomes.filter((outcome) => outcome.status === 'failed');
    expect(failed).toEqual([
      expect.objectContaining({ slug: 'mig-3', error: expect.stringContaining('weight') }),
    ]);
    expect(report.outcomes.filter((outcome) => outcome.status === 'migrated')).toHaveLength(slugs.length - 1);
    const status = await tenantMigrationStatus(ctx.adminPool, templatesDir);
    expect(status.tenants.find((tenant) => tenant.slug === 'mig-3')?.pending).toBe(1);
  });

  it('refuses to continue when an applied migration file was edited', async () => {
    await writeFile(
      join(templatesDir, '20990101000100_add_color.sql'),
      'ALTER TABLE equipment_types ADD COLUMN colour text;',
    );
    const report = await migrate({ tenantSlug: 'mig-0' });
    expect(report.outcomes[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('edited') });
  });

  it('provisions new tenants at the latest template version', async () => {
    await writeFile(
      join(templatesDir, '20990101000100_add_color.sql'),
      'ALTER TABLE equipment_types ADD COLUMN color text;',
    );
    const { tenant } = await provisionTenant(
      ctx.adminPool,
      { slug: 'mig-new', name: 'New', tier: 'standard' },
      {
        appRole: ctx.appRole,
        actor: 'test',
        templatesDir,
      },
    );
    expect(tenant.templateVersion).toBe('20990101000300_add_weight');
    expect(await hasColumn('tenant_mig_new', 'weight')).toBe(true);
  });
});
