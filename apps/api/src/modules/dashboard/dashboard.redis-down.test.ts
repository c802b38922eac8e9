import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiTestContext, type ApiTestContext } from '#src/test/api-test-context';
import { startPrivateRedis, type PrivateRedis } from '#src/test/private-redis';
import { adminTenant, createEquipment, createType, tenantSql } from '#src/test/fleet-fixtures';

let redis: PrivateRedis;
let ctx: ApiTestContext;

beforeAll(async () => {
  // A Redis of this file's own: it is stopped on purpose.
  redis = await startPrivateRedis();
  ctx = await createApiTestContext({ REDIS_URL: redis.url });
});
afterAll(async () => {
  await ctx?.close();
  await redis?.stop();
});

async function bypassed() {
  const { values } = await ctx.app.metrics.dashboardCache.get();
  return values.find((value) => value.labels.result === 'bypass')?.value ?? 0;
}

describe('the dashboard without Redis', () => {
  it('answers from Postgres while Redis is down, never a 500, and caches again once it is back', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'dash-down');
    const typeId = await createType(admin, 'Crane');
    await createEquipment(admin, { typeId });
    const cached = await admin.get('/api/dashboard');
    expect(cached.status).toBe(200);
    expect(cached.body.equipmentByType[0]).toMatchObject({ available: 1 });

    await redis.kill();
    try {
      // Changed while Redis is away, so no event can be published: only Postgres knows.
      await tenantSql(ctx, tenant.row.schemaName, `UPDATE equipment SET status = 'maintenance'`);
      const before = await bypassed();
      const down = await admin.get('/api/dashboard');
      expect(down.status).toBe(200);
      expect(down.body.equipmentByType[0]).toMatchObject({ available: 0, maintenance: 1 });
      expect(down.headers['x-tenant-seq']).toBeUndefined();
      expect(await bypassed()).toBe(before + 1);
    } finally {
      await redis.start();
    }
    for (let i = 0; i < 200 && ctx.app.redis.status !== 'ready'; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 25));

    await createEquipment(admin, { typeId });
    const back = await admin.get('/api/dashboard');
    expect(back.status).toBe(200);
    expect(back.body.equipmentByType[0]).toMatchObject({ available: 1, maintenance: 1 });
    expect(back.headers['x-tenant-seq']).toEqual(expect.any(String));
  }, 60_000);
});
