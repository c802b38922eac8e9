import { describe, expect, it } from 'vitest';
import { BASE_DOMAIN } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';

const ctx = useApiHarness();

const list = (host: string, token?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: '/api/equipment-types',
    headers: { host, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

describe('tenant resolution', () => {
  it('answers 404 tenant-not-found for an unknown subdomain', async () => {
    const response = await list(`nobody.${BASE_DOMAIN}`);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().type).toMatch(/tenant-not-found$/);
  });

  it('answers 404 for a host outside the base domain', async () => {
    const response = await list('acme.elsewhere.example');
    expect(response.statusCode).toBe(404);
  });

  it('serves a tenant on its own subdomain with its own token', async () => {
    const tenant = await ctx.createTenant('resolve-own');
    const response = await list(tenant.host, await tenant.token(['dispatch-viewer']));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [], nextCursor: null });
  });

  it("rejects another tenant's token on a tenant's host with 401, whatever its roles", async () => {
    const a = await ctx.createTenant('resolve-a');
    const b = await ctx.createTenant('resolve-b');
    const response = await list(b.host, await a.token(['dispatch-admin']));
    expect(response.statusCode).toBe(401);
    expect(response.json().type).toMatch(/token-wrong-issuer$/);
  });

  it('resolves the tenant from the token issuer on the shared API host', async () => {
    const tenant = await ctx.createTenant('resolve-shared');
    const token = await tenant.token(['dispatch-admin']);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/equipment-types',
      headers: { host: `api.${BASE_DOMAIN}`, authorization: `Bearer ${token}` },
      payload: { name: 'Crane 50t' },
    });
    expect(created.statusCode).toBe(201);
    const own = await list(tenant.host, token);
    expect(own.json().items.map((item: { name: string }) => item.name)).toEqual(['Crane 50t']);
  });

  it('refuses a token from an issuer no tenant trusts on the shared host', async () => {
    const stranger = await (await ctx.createTenant('resolve-stranger')).issuer;
    const foreign = await stranger.sign({
      sub: 'x',
      aud: 'dispatch-api',
      iss: 'https://evil.example/realms/x',
    });
    const response = await list(`api.${BASE_DOMAIN}`, foreign);
    expect(response.statusCode).toBe(401);
    expect(response.json().type).toMatch(/token-unknown-issuer$/);
  });

  it('answers 403 tenant-suspended while suspended and serves again after resume', async () => {
    const tenant = await ctx.createTenant('resolve-suspend');
    const token = await tenant.token(['dispatch-viewer']);
    const platform = { authorization: `Bearer ${await ctx.platformToken()}` };
    const patch = (status: string) =>
      ctx.app.inject({
        method: 'PATCH',
        url: `/platform/tenants/${tenant.row.id}`,
        headers: platform,
        payload: { status },
      });

    expect((await patch('suspended')).statusCode).toBe(200);
    const suspended = await list(tenant.host, token);
    expect(suspended.statusCode).toBe(403);
    expect(suspended.json().type).toMatch(/tenant-suspended$/);

    expect((await patch('active')).statusCode).toBe(200);
    expect((await list(tenant.host, token)).statusCode).toBe(200);
  });

  it('answers 404 for a tenant being offboarded', async () => {
    const tenant = await ctx.createTenant('resolve-leaving');
    const token = await tenant.token(['dispatch-admin']);
    await ctx.adminPool.query("UPDATE platform.tenants SET status = 'offboarding' WHERE id = $1", [
      tenant.row.id,
    ]);
    await ctx.app.tenants.invalidate();
    const response = await list(tenant.host, token);
    expect(response.statusCode).toBe(404);
    expect(response.json().type).toMatch(/tenant-not-found$/);
  });

  it('answers 401 token-missing when a tenant route is called without credentials', async () => {
    const tenant = await ctx.createTenant('resolve-anon');
    const response = await list(tenant.host);
    expect(response.statusCode).toBe(401);
    expect(response.json().type).toMatch(/token-missing$/);
  });
});
