import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiTestContext, type ApiTestContext } from '@dispatch/api/testing';
import { cli } from '../test/cli-harness';

let ctx: ApiTestContext;
beforeAll(async () => {
  // A long cache TTL: only the announcement can make the running API notice in time.
  ctx = await createApiTestContext({ TENANT_CACHE_TTL_MS: '600000' });
});
afterAll(() => ctx.close());

describe('direct mode with REDIS_URL', () => {
  it('makes a running API refuse a tenant the moment the CLI suspends it, and serve it again on resume', async () => {
    const tenant = await ctx.createTenant('cli-announce');
    const token = await tenant.token(['dispatch-viewer']);
    const read = () =>
      ctx.app.inject({
        url: '/api/equipment-types',
        headers: { host: tenant.host, authorization: `Bearer ${token}` },
      });
    expect((await read()).statusCode).toBe(200);

    const env = { DATABASE_ADMIN_URL: ctx.config.db.adminUrl!, REDIS_URL: ctx.config.redis.url };
    const suspended = await cli(['tenants', 'suspend', 'cli-announce'], { env });
    expect(suspended.code).toBe(0);
    expect(suspended.stderr).not.toContain('cache expires');
    await expect.poll(async () => (await read()).statusCode, { timeout: 2000 }).toBe(403);

    expect((await cli(['tenants', 'resume', 'cli-announce'], { env })).code).toBe(0);
    await expect.poll(async () => (await read()).statusCode, { timeout: 2000 }).toBe(200);
  });
});
