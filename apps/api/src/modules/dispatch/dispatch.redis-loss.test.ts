import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createApiTestContext, type ApiTestContext } from '#src/test/api-test-context';
import { startPrivateRedis, type PrivateRedis } from '#src/test/private-redis';
import {
  adminTenant,
  completeAssignment,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  tenantSql,
} from '#src/test/fleet-fixtures';
import { completeKey } from './dispatch.queue';

/**
 * Item 10 of issue 10: when Redis loses its data, the serving order is rebuilt from Postgres before anything
 * is served from it again — not only when the reconciler next runs — so a request made after the loss never
 * jumps ahead of older queued ones of its priority.
 */
let redis: PrivateRedis;
let ctx: ApiTestContext;
beforeAll(async () => {
  redis = await startPrivateRedis();
  ctx = await createApiTestContext({ REDIS_URL: redis.url });
  // Only the serving path may repair the order here: the reconciler would hide the bug this test is about.
  await ctx.app.dispatch.reconciler.stop();
});
afterAll(async () => {
  await ctx?.close();
  await redis?.stop();
});

async function flushRedis() {
  const client = new Redis(redis.url);
  await client.flushall();
  client.disconnect();
}

describe('Redis data loss', () => {
  it('serves the requests queued before a flush ahead of those made after it', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'redis-loss');
    const typeId = await createType(admin);
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    const order = await createWorkOrder(admin);
    const ask = (priority: 'urgent' | 'standard') =>
      requestDispatch(admin, { workOrderId: order.id, equipmentTypeId: typeId, priority });

    const busy = await ask('standard');
    expect(busy.status).toBe(201);
    const older: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const queued = await ask('standard');
      expect(queued.status).toBe(202);
      older.push(queued.body.request.id);
    }
    await ctx.app.dispatch.service.settle();

    await flushRedis();
    const newer: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const queued = await ask('standard');
      expect(queued.status).toBe(202);
      newer.push(queued.body.request.id);
    }
    await ctx.app.dispatch.service.settle();

    // Free the one unit again and again: each time the oldest waiting request gets it.
    const served: string[] = [];
    let assignmentId = busy.body.assignment.id as string;
    for (let i = 0; i < older.length + newer.length; i += 1) {
      await completeAssignment(admin, assignmentId);
      await ctx.app.dispatch.service.settle();
      const [next] = await tenantSql<{ request_id: string; id: string }>(
        ctx,
        tenant.row.schemaName,
        `SELECT request_id, id FROM assignments WHERE status = 'dispatched'`,
      );
      expect(next, `after completion ${i + 1}`).toBeDefined();
      served.push(next!.request_id);
      assignmentId = next!.id;
    }
    expect(served).toEqual([...older, ...newer]);
  });

  it('still puts urgent first: an urgent request made after the flush is served before older standard ones', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'redis-loss-urgent');
    const typeId = await createType(admin);
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    const order = await createWorkOrder(admin);
    const ask = (priority: 'urgent' | 'standard') =>
      requestDispatch(admin, { workOrderId: order.id, equipmentTypeId: typeId, priority });
    const busy = await ask('standard');
    const olderUrgent = (await ask('urgent')).body.request.id;
    const olderStandard = (await ask('standard')).body.request.id;
    await ctx.app.dispatch.service.settle();
    await flushRedis();
    const newerUrgent = (await ask('urgent')).body.request.id;
    await ctx.app.dispatch.service.settle();

    const served: string[] = [];
    let assignmentId = busy.body.assignment.id as string;
    for (let i = 0; i < 3; i += 1) {
      await completeAssignment(admin, assignmentId);
      await ctx.app.dispatch.service.settle();
      const [next] = await tenantSql<{ request_id: string; id: string }>(
        ctx,
        tenant.row.schemaName,
        `SELECT request_id, id FROM assignments WHERE status = 'dispatched'`,
      );
      served.push(next!.request_id);
      assignmentId = next!.id;
    }
    expect(served).toEqual([olderUrgent, newerUrgent, olderStandard]);
  });

  it('does not mark an order complete when Redis lost data while Postgres was being read', async () => {
    const tenantId = '01a1fc8c-0000-7000-8000-0000000000aa';
    const { queue } = ctx.app.dispatch;
    // The flush lands between the read and the rebuild script: what was enqueued before it is gone and not in
    // the read, so marking the order complete would be a lie.
    const raced = await queue.rebuild(tenantId, async () => {
      await flushRedis();
      return [];
    });
    expect(raced).toBe(false);
    expect(await ctx.app.redis.exists(completeKey(tenantId))).toBe(0);
    expect(await queue.rebuild(tenantId, async () => [])).toBe(true);
    expect(await ctx.app.redis.exists(completeKey(tenantId))).toBe(1);
  });

  it('calls an order empty only when it holds the whole order and nothing waits, expired leases included', async () => {
    const tenantId = '01a1fc8c-0000-7000-8000-0000000000ab';
    const typeId = '01a1fc8c-0000-7000-8000-0000000000ac';
    const { queue } = ctx.app.dispatch;
    // Not known yet (never rebuilt, or lost): a take must still be tried, and it rebuilds first.
    expect(await queue.mayHaveHead(tenantId, typeId)).toBe(true);
    expect(await queue.rebuild(tenantId, async () => [])).toBe(true);
    expect(await queue.mayHaveHead(tenantId, typeId)).toBe(false);
    const entry = {
      requestId: '01a1fc8c-0000-7000-8000-0000000000ad',
      region: null,
      priority: 'standard' as const,
    };
    await queue.enqueue(tenantId, typeId, [{ ...entry, queueSeq: 1 }]);
    expect(await queue.mayHaveHead(tenantId, typeId)).toBe(true);
    // Leased by a server: nothing left to take until the lease is given back or runs out.
    const lease = await queue.leaseFirst(tenantId, typeId, [], async () => [], 200);
    expect(lease?.requestId).toBe(entry.requestId);
    expect(await queue.mayHaveHead(tenantId, typeId)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await queue.mayHaveHead(tenantId, typeId)).toBe(true);
  });
});
