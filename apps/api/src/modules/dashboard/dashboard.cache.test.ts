import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import {
  adminTenant,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  tenantClient,
  tenantSql,
  type Json,
  type TenantClient,
} from '#src/test/fleet-fixtures';
import { buildApp, type App } from '#src/app';
import { tenantPosition } from '#src/modules/realtime/index';
import { DashboardCache, dashboardCacheKey } from './dashboard.cache';
import type { DashboardDto } from './dashboard.schemas';

const ctx = useApiHarness();
/** A second replica: its own process state, the same Postgres and Redis. */
let replica: App;

beforeAll(async () => {
  replica = await buildApp({ config: ctx.config, logger: false });
  await replica.ready();
});
afterAll(async () => {
  await replica?.close();
});

/** This replica's dashboard cache counter, by result. */
async function cacheCounts(app: App = ctx.app): Promise<Record<string, number>> {
  const { values } = await app.metrics.dashboardCache.get();
  return Object.fromEntries(values.map((value) => [String(value.labels.result), value.value]));
}

/** The change in the counter while `work` runs (this file runs its tests one at a time). */
async function counted(work: () => Promise<unknown>, app: App = ctx.app) {
  const before = await cacheCounts(app);
  await work();
  const after = await cacheCounts(app);
  const delta = (result: string) => (after[result] ?? 0) - (before[result] ?? 0);
  return { hit: delta('hit'), miss: delta('miss'), shared: delta('shared'), bypass: delta('bypass') };
}

/** A tenant with one crane, one driver and a work order, so a dispatch changes the board. */
async function craneTenant(prefix: string) {
  const { tenant, admin } = await adminTenant(ctx, prefix);
  const typeId = await createType(admin, 'Crane');
  await createEquipment(admin, { typeId, region: 'north' });
  await createDriver(admin, { typeIds: [typeId], region: 'north' });
  const order = await createWorkOrder(admin, { region: 'north' });
  return { tenant, admin, typeId, order };
}

const board = async (client: TenantClient) => {
  const response = await client.get('/api/dashboard');
  expect(response.status).toBe(200);
  return response;
};

describe('the dashboard cache', () => {
  it('computes on a miss, then serves the same answer from Redis until an event of the tenant', async () => {
    const { tenant, admin, typeId } = await craneTenant('cache-hit');
    let first: Json;
    expect(await counted(async () => (first = await board(admin)))).toEqual({
      hit: 0,
      miss: 1,
      shared: 0,
      bypass: 0,
    });
    let second: Json;
    expect(await counted(async () => (second = await board(admin)))).toEqual({
      hit: 1,
      miss: 0,
      shared: 0,
      bypass: 0,
    });
    expect(second!.body).toEqual(first!.body);
    expect(second!.headers['content-type']).toContain('application/json');
    expect(second!.headers['x-tenant-seq']).toBe(first!.headers['x-tenant-seq']);

    // A change behind the API's back (no event): the cached answer is what is served, so it does not show.
    await tenantSql(ctx, tenant.row.schemaName, `UPDATE equipment SET status = 'maintenance'`);
    expect((await board(admin)).body.equipmentByType[0]).toMatchObject({ available: 1, maintenance: 0 });

    // Any change made through the API emits an event: the next read is computed afresh.
    await createEquipment(admin, { typeId, region: 'south' });
    let third: Json;
    expect(await counted(async () => (third = await board(admin)))).toEqual({
      hit: 0,
      miss: 1,
      shared: 0,
      bypass: 0,
    });
    expect(third!.body.equipmentByType[0]).toMatchObject({ available: 1, maintenance: 1 });
    expect(Number(third!.headers['x-tenant-seq'])).toBeGreaterThan(Number(first!.headers['x-tenant-seq']));
  });

  it('shows a dispatch made on another replica at once: no stale dashboard on either replica', async () => {
    const { tenant, typeId, order } = await craneTenant('cache-replicas');
    const onA = await tenantClient(ctx, tenant, ['dispatch-dispatcher']);
    const onB = await tenantClient({ ...ctx, app: replica }, tenant, ['dispatch-dispatcher']);

    const before = (await board(onA)).body;
    expect(before.activeAssignments.total).toBe(0);
    // The entry A stored is shared: B serves it without computing.
    expect(await counted(async () => expect((await board(onB)).body).toEqual(before), replica)).toEqual({
      hit: 1,
      miss: 0,
      shared: 0,
      bypass: 0,
    });

    const dispatched = await requestDispatch(onB, {
      workOrderId: order.id,
      equipmentTypeId: typeId,
      priority: 'urgent',
    });
    expect(dispatched.status).toBe(201);
    for (const client of [onA, onB]) {
      const after = (await board(client)).body;
      expect(after.activeAssignments.total).toBe(1);
      expect(after.activeAssignments.latest[0].id).toBe(dispatched.body.assignment.id);
      expect(after.equipmentByType[0]).toMatchObject({ available: 0, dispatched: 1 });
    }
  });

  it('keeps one entry per scope: a region-limited board is never served to the whole tenant or another region', async () => {
    const { tenant, admin, typeId } = await craneTenant('cache-regions');
    await createEquipment(admin, { typeId, region: 'south' });
    const north = await tenantClient(ctx, tenant, ['dispatch-viewer'], { region: 'north' });
    const south = await tenantClient(ctx, tenant, ['dispatch-viewer'], { region: 'south' });
    const whole = (await board(admin)).body;
    const northBoard = (await board(north)).body;
    const southBoard = (await board(south)).body;
    expect(whole.equipmentByType[0]).toMatchObject({ available: 2 });
    expect(northBoard.equipmentByType[0]).toMatchObject({ available: 1 });
    expect(southBoard.equipmentByType[0]).toMatchObject({ available: 1 });
    expect(northBoard.counts.drivers.onShift).toBe(1);
    expect(southBoard.counts.drivers.onShift).toBe(0);

    // Served again, each from its own entry.
    const again = await counted(async () => {
      expect((await board(admin)).body).toEqual(whole);
      expect((await board(north)).body).toEqual(northBoard);
      expect((await board(south)).body).toEqual(southBoard);
    });
    expect(again).toEqual({ hit: 3, miss: 0, shared: 0, bypass: 0 });
    const keys = await ctx.app.redis.keys(`dispatch:{t:${tenant.row.id}}:dashboard:*`);
    expect(keys.sort()).toEqual(
      [
        dashboardCacheKey(tenant.row.id, {}),
        dashboardCacheKey(tenant.row.id, { region: 'north' }),
        dashboardCacheKey(tenant.row.id, { region: 'south' }),
      ].sort(),
    );
    // A region named like another scope's key is a scope of its own.
    expect(dashboardCacheKey(tenant.row.id, { region: 'all' })).not.toBe(
      dashboardCacheKey(tenant.row.id, {}),
    );
  });

  it("keys entries by tenant: one tenant's cached board never answers another at the same position", async () => {
    const a = await craneTenant('cache-tenant-a');
    const b = await adminTenant(ctx, 'cache-tenant-b');
    await createType(b.admin, 'Only in B');
    const boardA = (await board(a.admin)).body;
    const boardB = (await board(b.admin)).body;
    expect(boardA.equipmentByType.map((row: Json) => row.name)).toEqual(['Crane']);
    expect(boardB.equipmentByType.map((row: Json) => row.name)).toEqual(['Only in B']);
    const storedA = await ctx.app.redis.hget(dashboardCacheKey(a.tenant.row.id, {}), 'body');
    const storedB = await ctx.app.redis.hget(dashboardCacheKey(b.tenant.row.id, {}), 'body');
    expect(JSON.parse(storedA!)).toEqual(boardA);
    expect(JSON.parse(storedB!)).toEqual(boardB);
    // Each entry carries its own tenant's epoch: an entry copied under another tenant's key is never served.
    const positionB = await tenantPosition(ctx.app.redis, b.tenant.row.id);
    expect(await ctx.app.redis.hget(dashboardCacheKey(a.tenant.row.id, {}), 'epoch')).not.toBe(
      positionB.epoch,
    );
    await ctx.app.redis.copy(
      dashboardCacheKey(a.tenant.row.id, {}),
      dashboardCacheKey(b.tenant.row.id, {}),
      'REPLACE',
    );
    expect((await board(b.admin)).body.equipmentByType.map((row: Json) => row.name)).toEqual(['Only in B']);
  });

  it('bounds memory: one entry per scope whatever the number of events, with the configured TTL', async () => {
    const { tenant, admin, typeId } = await craneTenant('cache-bounded');
    for (let i = 0; i < 5; i += 1) {
      await createEquipment(admin, { typeId });
      await board(admin);
    }
    const keys = await ctx.app.redis.keys(`dispatch:{t:${tenant.row.id}}:dashboard:*`);
    expect(keys).toEqual([dashboardCacheKey(tenant.row.id, {})]);
    const ttl = await ctx.app.redis.ttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(ctx.config.dashboard.cacheTtlSeconds);
  });

  it('does not cache for a tenant that has never published an event (no epoch to tie an entry to)', async () => {
    const tenant = await ctx.createTenant(`cache-fresh-${process.pid}`);
    const admin = await tenantClient(ctx, tenant, ['dispatch-admin']);
    expect(await counted(() => board(admin))).toEqual({ hit: 0, miss: 0, shared: 0, bypass: 1 });
    expect(await ctx.app.redis.exists(dashboardCacheKey(tenant.row.id, {}))).toBe(0);
  });
});

describe('the race between computing and an event', () => {
  const answer = (marker: string): DashboardDto => ({
    generatedAt: new Date().toISOString(),
    activeAssignments: { total: 0, byStatus: { dispatched: 0, en_route: 0, on_site: 0 }, latest: [] },
    equipmentByType: [],
    queueDepth: [
      { equipmentTypeId: marker, name: marker, urgent: 0, standard: 0, total: 0, oldestQueuedAt: null },
    ],
    counts: {
      workOrders: { open: 0, inProgress: 0 },
      drivers: { onShift: 0, offShift: 0, busy: 0 },
      requestsLast24h: 0,
      completedLast24h: 0,
    },
  });

  it('stores an answer under the position read before computing: an event emitted meanwhile makes it unreachable', async () => {
    const tenant = await ctx.createTenant(`cache-race-${process.pid}`);
    const { redis, realtime } = ctx.app;
    await realtime.publish(tenant.row.id, [{ type: 'equipment.updated', payload: {} }]);
    const cache = new DashboardCache({
      redis,
      ttlSeconds: 60,
      counter: { inc: () => undefined },
      log: ctx.app.log,
    });

    const before = await tenantPosition(redis, tenant.row.id);
    // The change commits and its event is emitted while the (older) answer is being computed.
    const raced = await cache.serve(tenant.row.id, {}, before, async () => {
      await realtime.publish(tenant.row.id, [{ type: 'equipment.updated', payload: {} }]);
      return answer('before-the-change');
    });
    expect(raced.result).toBe('miss');

    const after = await tenantPosition(redis, tenant.row.id);
    expect(after.seq).toBe(before.seq + 1);
    const next = await cache.serve(tenant.row.id, {}, after, async () => answer('after-the-change'));
    expect(next.result).toBe('miss');
    expect((next.body as DashboardDto).queueDepth[0]!.name).toBe('after-the-change');

    // A request that read the older position before the event may still get either answer (both reflect
    // everything up to it); a later answer is never replaced by an older one computed more slowly.
    await cache.serve(tenant.row.id, {}, before, async () => answer('slow-and-old'));
    const stored = await redis.hmget(dashboardCacheKey(tenant.row.id, {}), 'seq', 'body');
    expect(Number(stored[0])).toBe(after.seq);
    expect(stored[1]).toContain('after-the-change');
    const hit = await cache.serve(tenant.row.id, {}, after, async () => answer('never'));
    expect(hit.result).toBe('hit');
    expect(hit.body).toContain('after-the-change');
  });

  it('lets concurrent misses of one replica for the same entry and position share one computation', async () => {
    const tenant = await ctx.createTenant(`cache-flight-${process.pid}`);
    const { redis, realtime } = ctx.app;
    await realtime.publish(tenant.row.id, [{ type: 'equipment.updated', payload: {} }]);
    const cache = new DashboardCache({
      redis,
      ttlSeconds: 60,
      counter: { inc: () => undefined },
      log: ctx.app.log,
    });
    const position = await tenantPosition(redis, tenant.row.id);
    let computations = 0;
    const compute = async () => {
      computations += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return answer(`computed-${computations}`);
    };
    const served = await Promise.all(
      Array.from({ length: 5 }, () => cache.serve(tenant.row.id, {}, position, compute)),
    );
    expect(computations).toBe(1);
    expect(served.map((item) => item.result).sort()).toEqual([
      'miss',
      'shared',
      'shared',
      'shared',
      'shared',
    ]);
    for (const item of served) expect((item.body as DashboardDto).queueDepth[0]!.name).toBe('computed-1');
    // Once done, the computation is forgotten: the next request of that position is a hit from Redis.
    expect((await cache.serve(tenant.row.id, {}, position, compute)).result).toBe('hit');
    expect(computations).toBe(1);
  });

  it('starts a new epoch when Redis loses the tenant position: older entries are not served', async () => {
    const tenant = await ctx.createTenant(`cache-epoch-${process.pid}`);
    const { redis, realtime } = ctx.app;
    await realtime.publish(tenant.row.id, [{ type: 'equipment.updated', payload: {} }]);
    const cache = new DashboardCache({
      redis,
      ttlSeconds: 60,
      counter: { inc: () => undefined },
      log: ctx.app.log,
    });
    const old = await tenantPosition(redis, tenant.row.id);
    await cache.serve(tenant.row.id, {}, old, async () => answer('old-epoch'));

    // Redis lost the position (a flush, a failover without the data): the next event starts a new epoch at 1.
    await redis.del(`dispatch:{t:${tenant.row.id}}:events:meta`);
    expect(
      (
        await cache.serve(tenant.row.id, {}, await tenantPosition(redis, tenant.row.id), async () =>
          answer('no-epoch'),
        )
      ).result,
    ).toBe('bypass');
    await realtime.publish(tenant.row.id, [{ type: 'equipment.updated', payload: {} }]);
    const fresh = await tenantPosition(redis, tenant.row.id);
    expect(fresh.epoch).not.toBe(old.epoch);
    expect(fresh.seq).toBeLessThanOrEqual(old.seq);
    const served = await cache.serve(tenant.row.id, {}, fresh, async () => answer('new-epoch'));
    expect(served.result).toBe('miss');
    expect((served.body as DashboardDto).queueDepth[0]!.name).toBe('new-epoch');
  });
});
