import { describe, expect, it, vi } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';

/**
 * The identity dry run through the API is not a network probe (issue 10): internal addresses are refused
 * without a word about what answered there, and a tenant's dry runs are counted per minute.
 */
const ctx = useApiHarness();

async function settings(tenant: TestTenant, method: 'GET' | 'PUT', payload?: object, token?: string) {
  return ctx.app.inject({
    method,
    url: '/api/settings/idp',
    headers: {
      host: tenant.host,
      authorization: `Bearer ${token ?? (await tenant.token(['dispatch-admin']))}`,
    },
    ...(payload ? { payload } : {}),
  });
}

const registryRow = async (tenant: TestTenant) =>
  (await ctx.adminPool.query('SELECT idp, idp_issuer FROM platform.tenants WHERE id = $1', [tenant.row.id]))
    .rows[0];

describe('PUT /api/settings/idp dry run', () => {
  it('refuses issuers at internal addresses without saying what answered there (422)', async () => {
    const tenant = await ctx.createTenant('idp-ssrf');
    const before = await registryRow(tenant);
    for (const issuer of [
      'http://192.168.0.10/realms/x',
      'http://169.254.169.254/latest/meta-data',
      'http://[::ffff:10.0.0.1]/realms/x',
    ]) {
      const response = await settings(tenant, 'PUT', { issuer });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        type: 'https://dispatch.dev/problems/idp-check-failed',
        errors: [
          { field: 'issuer', message: expect.stringContaining('does not resolve to a public address') },
        ],
      });
    }
    expect(await registryRow(tenant)).toEqual(before);
  });

  it('rate-limits the dry run per tenant (429 with Retry-After), other tenants unaffected', async () => {
    let limited: Awaited<ReturnType<typeof settings>>;
    let calmAnswer: Awaited<ReturnType<typeof settings>>;
    const busy = await ctx.createTenant('idp-busy');
    const calm = await ctx.createTenant('idp-calm');
    const token = await busy.token(['dispatch-admin']);
    const calmToken = await calm.token(['dispatch-admin']);
    const attempt = (tenant: TestTenant, bearer: string) =>
      settings(tenant, 'PUT', { issuer: 'http://10.0.0.1/realms/x' }, bearer);
    // All attempts inside one counting window: the clock stands at the start of the next minute.
    vi.useFakeTimers({ toFake: ['Date'], now: (Math.floor(Date.now() / 60_000) + 1) * 60_000 + 1000 });
    try {
      for (let i = 0; i < ctx.config.auth.idpCheck.perTenantPerMinute; i++) {
        expect((await attempt(busy, token)).statusCode).toBe(422);
      }
      limited = await attempt(busy, token);
      calmAnswer = await attempt(calm, calmToken);
    } finally {
      vi.useRealTimers();
    }
    expect(limited.statusCode).toBe(429);
    expect(limited.json().type).toBe('https://dispatch.dev/problems/idp-check-rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(calmAnswer.statusCode).toBe(422);
  });
});
