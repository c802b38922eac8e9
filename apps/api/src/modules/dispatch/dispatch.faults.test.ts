import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createApiTestContext, type ApiTestContext } from '#src/test/api-test-context';
import { startPrivateRedis, type PrivateRedis } from '#src/test/private-redis';
import {
  completeAssignment,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  moveAssignment,
  requestDispatch,
  adminTenant,
  tenantSql,
  type Json,
  type TenantClient,
} from '#src/test/fleet-fixtures';
import { buildApp, type App } from '#src/app';
import { dispatchDeploymentKey, reconcilerSentinelKey } from '@dispatch/db';
import { QUEUE_WORK } from './dispatch.service';

let redis: PrivateRedis;
let ctx: ApiTestContext;

beforeAll(async () => {
  redis = await startPrivateRedis();
  // The reconciler runs only when a test says so (and once at start): a timed pass landing between a flush and
  // the test's own pass would make that pass a frequent one, and what a test expects would depend on the box.
  ctx = await createApiTestContext({
    REDIS_URL: redis.url,
    DATABASE_POOL_MAX: '8',
    DISPATCH_RECONCILE_INTERVAL_MS: '3600000',
  });
});
afterAll(async () => {
  await ctx?.close();
  await redis?.stop();
});

/** Waits until the API's Redis client has reconnected after a restart. */
async function redisReady() {
  for (let i = 0; i < 200 && ctx.app.redis.status !== 'ready'; i += 1)
    await new Promise((resolve) => setTimeout(resolve, 25));
}

async function fleet(units: number) {
  const { tenant, admin } = await adminTenant(ctx, 'fault');
  const typeId = await createType(admin);
  for (let i = 0; i < units; i += 1) {
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
  }
  const order = await createWorkOrder(admin);
  const ask = (priority: 'urgent' | 'standard', key?: string) =>
    requestDispatch(admin, { workOrderId: order.id, equipmentTypeId: typeId, priority }, key);
  const pgQueue = async () =>
    (
      await tenantSql<{ id: string }>(
        ctx,
        tenant.row.schemaName,
        `SELECT id FROM dispatch_requests WHERE status = 'queued' ORDER BY priority_rank, queue_seq`,
      )
    ).map((row) => row.id);
  const redisQueue = async () =>
    (await ctx.app.dispatch.queue.snapshot(tenant.row.id, typeId)).queued.map((item) => item.requestId);
  return { tenant, admin, typeId, order, ask, pgQueue, redisQueue };
}

/** The invariants, read from Postgres: one active assignment per unit and driver, one assignment per request. */
async function assertInvariants(schema: string) {
  const doubles = await tenantSql(
    ctx,
    schema,
    `SELECT 'equipment' AS what, equipment_id::text AS id FROM assignments WHERE status IN ('dispatched','en_route','on_site')
      GROUP BY equipment_id HAVING count(*) > 1
     UNION ALL
     SELECT 'driver', driver_id::text FROM assignments WHERE status IN ('dispatched','en_route','on_site')
      GROUP BY driver_id HAVING count(*) > 1
     UNION ALL
     SELECT 'request', request_id::text FROM assignments GROUP BY request_id HAVING count(*) > 1
     UNION ALL
     SELECT 'unfulfilled', r.id::text FROM dispatch_requests r
      WHERE (r.status = 'dispatched') <> EXISTS (SELECT 1 FROM assignments a WHERE a.request_id = r.id)`,
  );
  expect(doubles).toEqual([]);
}

/** Completes one active assignment at a time until nothing is queued; returns the order requests were served in. */
async function drain(admin: TenantClient, schema: string) {
  const served: string[] = [];
  for (;;) {
    const [head] = await tenantSql<{ id: string }>(
      ctx,
      schema,
      `SELECT id FROM dispatch_requests WHERE status = 'queued' ORDER BY priority_rank, queue_seq LIMIT 1`,
    );
    if (!head) return served;
    const [active] = (await admin.get('/api/dispatch/assignments?status=dispatched&limit=1')).body.items;
    await completeAssignment(admin, active.id);
    const detail = await admin.get(`/api/dispatch/requests/${head.id}`);
    expect(detail.body.request.status).toBe('dispatched');
    served.push(head.id);
  }
}

describe('dispatch faults', () => {
  it('reconciles only tenants with a queue on the frequent pass, every tenant on the full pass', async () => {
    const idle = await fleet(1);
    const busy = await fleet(0);
    await busy.ask('standard');
    await ctx.app.dispatch.service.settle();
    await ctx.app.dispatch.reconciler.runOnce({ full: true });
    const frequent = await ctx.app.dispatch.reconciler.runOnce({ full: false });
    expect(frequent?.full).toBe(false);
    const active = await ctx.app.dispatch.queue.activeTenants();
    expect(active).toContain(busy.tenant.row.id);
    expect(active).not.toContain(idle.tenant.row.id);
    expect(frequent?.tenants).toBeLessThan(
      (await ctx.app.dispatch.reconciler.runOnce({ full: true }))!.tenants,
    );
  });

  it("runs a full pass only when no replica's full pass is recent (a restarted replica does not repeat it)", async () => {
    await fleet(1);
    const { reconciler } = ctx.app.dispatch;
    expect((await reconciler.runOnce({ full: true }))?.full).toBe(true);
    // Just after a full pass (as a replica started by a rolling restart finds it): the frequent pass.
    expect((await reconciler.runDue())?.full).toBe(false);
    const sentinel = reconcilerSentinelKey(dispatchDeploymentKey(ctx.config.db.url));
    // The last full pass is older than the interval (5 minutes by default): a full one is due.
    await ctx.app.redis.set(sentinel, new Date(Date.now() - 301_000).toISOString());
    expect((await reconciler.runDue())?.full).toBe(true);
    expect(Date.parse((await ctx.app.redis.get(sentinel))!)).toBeGreaterThan(Date.now() - 60_000);
    // Redis forgot it (flushed, or restarted without its data): a full pass at once.
    await ctx.app.redis.del(sentinel);
    expect((await reconciler.runDue())?.full).toBe(true);
  });

  it('serves a request exactly once when the replica that leased it dies before COMMIT', async () => {
    const { tenant, admin, typeId, ask, pgQueue } = await fleet(1);
    const busy = await ask('standard');
    await moveAssignment(admin, busy.body.assignment.id, 'en_route');
    await moveAssignment(admin, busy.body.assignment.id, 'on_site');
    const waiting = (await ask('urgent')).body.request.id;
    await ctx.app.dispatch.service.settle();

    // Replica B: another API process on the same Postgres and Redis. It completes the assignment, which serves
    // the queue: it leases the head and fulfils it inside its transaction... and is killed before COMMIT.
    const replica: App = await buildApp({ config: ctx.config, logger: false });
    await replica.ready();
    try {
      replica.dispatch.queue.options.leaseMs = 1_500;
      // A dead process acknowledges and releases nothing.
      replica.dispatch.queue.ack = async () => undefined;
      replica.dispatch.queue.release = async () => undefined;
      const died = replica.systemWork.write(tenant.row, QUEUE_WORK, async (uow) => {
        const served = await replica.dispatch.service.serveType(uow, typeId, 'doomed');
        expect(served).toBe(0); // the unit is still busy in this transaction: lease, then nothing to serve
        await uow.tx.db.execute(
          sql`UPDATE assignments SET status = 'completed', completed_at = now() WHERE id = ${busy.body.assignment.id}`,
        );
        await uow.tx.db.execute(sql`UPDATE equipment SET status = 'available' WHERE status = 'dispatched'`);
        await uow.tx.db.execute(sql`UPDATE drivers SET active_assignment_id = NULL`);
        expect(await replica.dispatch.service.serveType(uow, typeId, 'doomed')).toBe(1);
        // Killed mid-transaction: its connection goes away, Postgres rolls everything back. (The listener only
        // keeps this test's process alive: a checked-out pg client emits 'error' when its server goes away.)
        uow.tx.client.on('error', () => undefined);
        await uow.tx.db.execute(sql`SELECT pg_terminate_backend(pg_backend_pid())`);
      });
      await expect(died).rejects.toThrow();
    } finally {
      await replica.close();
    }

    // Postgres: nothing happened. Redis: the request sits in the dead replica's lease.
    expect(await pgQueue()).toEqual([waiting]);
    const leased = await ctx.app.dispatch.queue.snapshot(tenant.row.id, typeId);
    expect(leased.leased.map((item) => item.requestId)).toEqual([waiting]);
    expect((await admin.get(`/api/dispatch/assignments/${busy.body.assignment.id}`)).body.status).toBe(
      'on_site',
    );

    // The surviving replica completes the assignment for real. While the lease lives the request is skipped...
    await moveAssignment(admin, busy.body.assignment.id, 'completed');
    await ctx.app.dispatch.service.settle();
    // ...either way, once the lease has expired the request returns to its place and is served, once.
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    await ctx.app.dispatch.reconciler.runOnce();
    await ctx.app.dispatch.service.settle();
    const detail = await admin.get(`/api/dispatch/requests/${waiting}`);
    expect(detail.body.request.status).toBe('dispatched');
    await assertInvariants(tenant.row.schemaName);
    const [count] = await tenantSql<{ n: number }>(
      ctx,
      tenant.row.schemaName,
      `SELECT count(*)::int AS n FROM assignments WHERE request_id = $1`,
      [waiting],
    );
    expect(count?.n).toBe(1);
    const after = await ctx.app.dispatch.queue.snapshot(tenant.row.id, typeId);
    expect(after).toEqual({ queued: [], leased: [] });
  });

  it('restores every queued request, in order, after Redis loses all its data under load', async () => {
    const { tenant, admin, ask, pgQueue, redisQueue } = await fleet(5);
    const schema = tenant.row.schemaName;
    let flushed = false;
    const responses = await Promise.all(
      Array.from({ length: 300 }, async (_, index) => {
        await new Promise((resolve) => setTimeout(resolve, index * 3));
        if (index === 150 && !flushed) {
          flushed = true;
          const client = new (await import('ioredis')).Redis(redis.url);
          await client.flushall();
          client.disconnect();
        }
        if (index % 40 === 0) {
          // Under load a read may be refused (503, pool busy): then this round frees nothing.
          const page = await admin.get('/api/dispatch/assignments?status=dispatched&limit=1');
          const [active] = page.status === 200 ? page.body.items : [];
          if (active) await completeAssignment(admin, active.id).catch(() => undefined);
        }
        return ask(index % 7 === 0 ? 'urgent' : 'standard', `flush-${index}`);
      }),
    );
    expect(responses.filter((response) => response.status !== 201 && response.status !== 202)).toEqual([]);
    await ctx.app.dispatch.service.settle();
    // Redis lost the queue's first half. Freeing a unit serves the head, and that serve (like any after the
    // flush) finds the tenant's order unmarked and rebuilds it from Postgres first: Redis holds all of it, in order.
    const [active] = (await admin.get('/api/dispatch/assignments?status=dispatched&limit=1')).body.items;
    await completeAssignment(admin, active.id);
    await ctx.app.dispatch.service.settle();
    expect(await redisQueue()).toEqual(await pgQueue());

    // So a reconciler pass (full, if it is the first since the flush) has nothing left to add for this tenant.
    // (The flush also took the queues of the tenants earlier tests left behind; those the pass does re-add.)
    const own = await ctx.app.dispatch.reconciler.reconcileTenant(tenant.row);
    expect(own.added).toBe(0);
    expect((await ctx.app.dispatch.reconciler.runOnce({ full: false }))?.full).toBe(true);
    expect(await redisQueue()).toEqual(await pgQueue());

    // And serving goes on in exactly that order, each request once.
    const expected = await pgQueue();
    expect(await drain(admin, schema)).toEqual(expected);
    await assertInvariants(schema);
  }, 120_000);

  it('keeps the queue through a Redis crash and restart (AOF), and repairs what the crash lost', async () => {
    const { tenant, admin, ask, pgQueue, redisQueue } = await fleet(2);
    for (let i = 0; i < 2; i += 1) expect((await ask('standard')).status).toBe(201);
    for (let i = 0; i < 30; i += 1) expect((await ask(i % 3 === 0 ? 'urgent' : 'standard')).status).toBe(202);
    await ctx.app.dispatch.service.settle();
    await new Promise((resolve) => setTimeout(resolve, 1_200)); // appendfsync everysec
    await redis.kill();
    // Requests keep coming while Redis is down: Postgres takes them; Redis will not have them.
    const during = await ask('urgent', 'while-down');
    expect(during.status).toBe(202);
    await redis.start();
    await redisReady();
    const survived = await redisQueue();
    expect(survived.length).toBeGreaterThanOrEqual(30);
    expect(survived).not.toContain(during.body.request.id);
    await ctx.app.dispatch.reconciler.runOnce();
    expect(await redisQueue()).toEqual(await pgQueue());
    const expected = await pgQueue();
    expect(await drain(admin, tenant.row.schemaName)).toEqual(expected);
    await assertInvariants(tenant.row.schemaName);
  }, 60_000);

  it('keeps accepting and completing work while Redis is down; the reconciler serves the backlog when it returns', async () => {
    const { tenant, admin, ask, pgQueue } = await fleet(1);
    const busy = await ask('standard');
    await redis.kill();
    try {
      const queued = await ask('standard', 'down-1');
      expect(queued.status).toBe(202);
      // Completion works without Redis; serving waits for it.
      await completeAssignment(admin, busy.body.assignment.id);
      expect(await pgQueue()).toEqual([queued.body.request.id]);
    } finally {
      await redis.start();
    }
    await redisReady();
    await ctx.app.dispatch.reconciler.runOnce();
    await ctx.app.dispatch.service.settle();
    expect(await pgQueue()).toEqual([]);
    await assertInvariants(tenant.row.schemaName);
    const all = (await admin.get('/api/dispatch/requests')).body.items as Json[];
    expect(all.every((item) => item.status === 'dispatched')).toBe(true);
  }, 60_000);
});
