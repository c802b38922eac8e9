import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';
import { provisionTenant } from './provisioning';
import { TenancyError } from '../errors';

let ctx: DbTestContext;
beforeAll(async () => {
  ctx = await createDbTestContext();
});
afterAll(() => ctx.close());

const options = () => ({ appRole: ctx.appRole, actor: 'test' });

async function schemaExists(name: string) {
  const { rowCount } = await ctx.adminPool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [name]);
  return rowCount === 1;
}
async function registryRows(slug: string) {
  const { rows } = await ctx.adminPool.query('SELECT id FROM platform.tenants WHERE slug = $1', [slug]);
  return rows.length;
}

describe('provisionTenant', () => {
  it('creates the schema, its tables with forced RLS, and the registry row together', async () => {
    const { tenant, created } = await provisionTenant(
      ctx.adminPool,
      { slug: 'prov-ok', name: 'OK', tier: 'standard' },
      options(),
    );
    expect(created).toBe(true);
    expect(tenant.schemaName).toBe('tenant_prov_ok');
    expect(await schemaExists('tenant_prov_ok')).toBe(true);
    const { rows } = await ctx.adminPool.query(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'tenant_prov_ok' AND c.relkind = 'r'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it('leaves no schema and no registry row when a failure is injected midway', async () => {
    const attempt = provisionTenant(
      ctx.adminPool,
      { slug: 'prov-fail', name: 'Fail', tier: 'standard' },
      {
        ...options(),
        afterTemplateMigration: () => {
          throw new Error('injected failure after the first template');
        },
      },
    );
    await expect(attempt).rejects.toThrow('injected failure');
    expect(await schemaExists('tenant_prov_fail')).toBe(false);
    expect(await registryRows('prov-fail')).toBe(0);
    const { rows } = await ctx.adminPool.query(
      "SELECT 1 FROM platform.audit_events WHERE detail->>'slug' = 'prov-fail'",
    );
    expect(rows).toHaveLength(0);
  });

  it('returns the existing tenant when the same request is repeated', async () => {
    const input = {
      slug: 'prov-twice',
      name: 'Twice',
      tier: 'premium' as const,
      idp: { issuer: 'https://sso.example/realms/x' },
    };
    const first = await provisionTenant(ctx.adminPool, input, options());
    const second = await provisionTenant(ctx.adminPool, input, options());
    expect(second.created).toBe(false);
    expect(second.tenant.id).toBe(first.tenant.id);
    expect(await registryRows('prov-twice')).toBe(1);
  });

  it('provisions one tenant when the same request races with itself', async () => {
    const input = { slug: 'prov-race', name: 'Race', tier: 'standard' as const };
    const results = await Promise.all([1, 2, 3].map(() => provisionTenant(ctx.adminPool, input, options())));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.tenant.id)).size).toBe(1);
  });

  it('refuses a different request for a taken slug as a conflict', async () => {
    await provisionTenant(ctx.adminPool, { slug: 'prov-taken', name: 'First', tier: 'standard' }, options());
    const attempt = provisionTenant(
      ctx.adminPool,
      { slug: 'prov-taken', name: 'Second', tier: 'standard' },
      options(),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'slug-conflict', field: 'slug' });
  });

  it.each([
    ['Uppercase', 'lowercase DNS label'],
    ['ab', '3 to 63'],
    ['www', 'reserved'],
    ['admin', 'reserved'],
    ["x'; drop schema platform; --", 'lowercase DNS label'],
    ['-lead', 'lowercase DNS label'],
    ['a'.repeat(64), '3 to 63'],
  ])('rejects the slug %j before touching the database', async (slug, why) => {
    const attempt = provisionTenant(ctx.adminPool, { slug, name: 'Bad', tier: 'standard' }, options());
    await expect(attempt).rejects.toBeInstanceOf(TenancyError);
    await expect(attempt).rejects.toThrow(why);
    expect(await registryRows(slug)).toBe(0);
  });
});
