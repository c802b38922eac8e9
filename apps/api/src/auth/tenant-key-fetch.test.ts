import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';

/**
 * A tenant's issuer is tenant input even after the dry run accepted it: its name may later resolve to an
 * internal address. Token checks fetch its discovery and keys under the same address rules, so with no
 * network allowed, an issuer on loopback is never contacted (and the API answers 503, having no keys).
 */
const ctx = useApiHarness({ IDP_CHECK_ALLOWED_NETWORKS: '' });

describe('tenant key fetches', () => {
  it('never fetch keys from an issuer at a non-public address', async () => {
    const tenant = await ctx.createTenant('keys-internal');
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { host: tenant.host, authorization: `Bearer ${await tenant.token(['dispatch-viewer'])}` },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json().type).toMatch(/idp-unavailable$/);
    expect(tenant.issuer.jwksFetches()).toBe(0);
    expect(tenant.issuer.discoveryFetches()).toBe(0);
  });

  it('and the web sign-in never discovers an issuer at a non-public address', async () => {
    const tenant = await ctx.createTenant('login-internal');
    await ctx.adminPool.query(
      `UPDATE platform.tenants SET idp = idp || '{"webClientId": "dispatch-web"}' WHERE id = $1`,
      [tenant.row.id],
    );
    ctx.app.tenants.clear();
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/auth/login',
      headers: { host: tenant.host, accept: 'application/json' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json().type).toMatch(/idp-unavailable$/);
    expect(tenant.issuer.discoveryFetches()).toBe(0);
  });

  it('still verify platform tokens from the operator-configured platform issuer on loopback', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/platform/tenants',
      headers: { authorization: `Bearer ${await ctx.platformToken()}` },
    });
    expect(response.statusCode).toBe(200);
  });
});
