import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRealms, startDevIdp, type DevIdp } from '@dispatch/dev-idp';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';

/** The tenant admin's dry run on its own: the steps the web app shows before it lets the admin save. */
const ctx = useApiHarness();
let idp: DevIdp;
beforeAll(async () => {
  idp = await startDevIdp({
    realms: demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost:3000` }),
  });
});
afterAll(async () => {
  await idp?.close();
});

const registryRow = async (tenant: TestTenant) =>
  (await ctx.adminPool.query('SELECT idp, idp_issuer FROM platform.tenants WHERE id = $1', [tenant.row.id]))
    .rows[0];

describe('POST /api/settings/idp/check', () => {
  it('runs the dry run on candidate settings step by step and stores nothing', async () => {
    const tenant = await ctx.createTenant('idp-tenant-check');
    const before = await registryRow(tenant);
    const check = async (payload: object, token?: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/settings/idp/check',
        headers: {
          host: tenant.host,
          authorization: `Bearer ${token ?? (await tenant.token(['dispatch-admin']))}`,
        },
        payload,
      });
    const passing = await check({ issuer: idp.issuer('dispatch-acme') });
    expect(passing.statusCode).toBe(200);
    expect(passing.json()).toMatchObject({ ok: true, issuer: idp.issuer('dispatch-acme') });
    expect(passing.json().checks.map((c: { name: string }) => c.name)).toEqual([
      'issuer-url',
      'discovery',
      'issuer-match',
      'jwks',
      'signing-keys',
    ]);

    const failing = await check({ issuer: 'http://127.0.0.1:9/realms/nowhere' });
    expect(failing.statusCode).toBe(200);
    expect(failing.json()).toMatchObject({
      ok: false,
      checks: [
        { name: 'issuer-url', ok: true },
        { name: 'discovery', ok: false },
      ],
    });
    expect(await registryRow(tenant)).toEqual(before);

    const dispatcher = await check(
      { issuer: idp.issuer('dispatch-acme') },
      await tenant.token(['dispatch-dispatcher']),
    );
    expect(dispatcher.statusCode).toBe(403);
  });
});

describe('POST /platform/idp/check', () => {
  it('checks the settings of a tenant yet to be created, for platform admins only', async () => {
    const check = (payload: object, authorization: string) =>
      ctx.app.inject({ method: 'POST', url: '/platform/idp/check', headers: { authorization }, payload });
    const platform = `Bearer ${await ctx.platformToken()}`;
    const passing = await check({ issuer: idp.issuer('dispatch-globex') }, platform);
    expect(passing.statusCode).toBe(200);
    expect(passing.json()).toMatchObject({ ok: true, issuer: idp.issuer('dispatch-globex') });
    const failing = await check({ issuer: 'http://127.0.0.1:9/realms/nowhere' }, platform);
    expect(failing.json()).toMatchObject({
      ok: false,
      checks: [
        { name: 'issuer-url', ok: true },
        { name: 'discovery', ok: false },
      ],
    });
    const tenant = await ctx.createTenant('idp-new-check');
    const tenantAdmin = `Bearer ${await tenant.token(['dispatch-admin'])}`;
    expect((await check({ issuer: idp.issuer('dispatch-globex') }, tenantAdmin)).statusCode).toBe(401);
  });
});
