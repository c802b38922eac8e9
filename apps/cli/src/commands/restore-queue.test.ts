import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiTestContext, type ApiTestContext } from '@dispatch/api/testing';
import {
  adminTenant,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  tenantSql,
} from '@dispatch/api/testing';
import { tenantQueueCompleteKey } from '@dispatch/db';
import { cli } from '../test/cli-harness';

let ctx: ApiTestContext;
let exportDir: string;
beforeAll(async () => {
  ctx = await createApiTestContext();
  exportDir = await mkdtemp(join(tmpdir(), 'dispatch-restore-queue-'));
});
afterAll(async () => {
  await ctx.close();
  await rm(exportDir, { recursive: true, force: true });
});

describe('restore and the Redis dispatch queue', () => {
  it("asks the API's reconciler for a full pass, which puts the restored queue back in Redis in order", async () => {
    const { tenant, admin } = await adminTenant(ctx, 'restore-queue');
    const typeId = await createType(admin);
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    const order = await createWorkOrder(admin);
    const ask = (priority: 'urgent' | 'standard') =>
      requestDispatch(admin, { workOrderId: order.id, equipmentTypeId: typeId, priority });
    expect((await ask('standard')).status).toBe(201); // takes the only unit
    const queued = [];
    for (const priority of ['standard', 'urgent', 'standard'] as const) {
      const response = await ask(priority);
      expect(response.status).toBe(202);
      queued.push(response.body.request.id as string);
    }
    await ctx.app.dispatch.service.settle();
    const pgQueue = async () =>
      (
        await tenantSql<{ id: string }>(
          ctx,
          tenant.row.schemaName,
          "SELECT id FROM dispatch_requests WHERE status = 'queued' ORDER BY priority_rank, queue_seq",
        )
      ).map((row) => row.id);
    const redisQueue = async () =>
      (await ctx.app.dispatch.queue.snapshot(tenant.row.id, typeId)).queued.map((item) => item.requestId);
    const backedUp = await pgQueue();
    expect(backedUp).toEqual([queued[1], queued[0], queued[2]]);
    expect(await redisQueue()).toEqual(backedUp);

    const env = {
      DATABASE_ADMIN_URL: ctx.config.db.adminUrl!,
      REDIS_URL: ctx.config.redis.url,
      TENANT_EXPORT_DIR: exportDir,
    };
    const backup = await cli(['tenants', 'backup', tenant.row.slug], { env });
    expect(backup.code).toBe(0);
    // After the backup: one queued request cancelled, a new urgent one queued. Redis follows both.
    expect((await admin.delete(`/api/dispatch/requests/${queued[0]}`)).status).toBe(200);
    const later = await ask('urgent');
    expect(later.status).toBe(202);
    await ctx.app.dispatch.service.settle();
    expect(await redisQueue()).toEqual([queued[1], later.body.request.id, queued[2]]);

    // Redis holds the whole (pre-restore) order: marked complete, as serving would mark it.
    expect(await ctx.app.dispatch.queue.rebuild(tenant.row.id, async () => [])).toBe(true);
    expect(await ctx.app.redis.exists(tenantQueueCompleteKey(tenant.row.id))).toBe(1);
    const restored = await cli(['tenants', 'restore', tenant.row.slug, '--yes'], { env });
    // The restore took the mark away: nothing is served from the old order before it is rebuilt.
    expect(await ctx.app.redis.exists(tenantQueueCompleteKey(tenant.row.id))).toBe(0);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(
      'Dispatch queue: the reconciler was asked to rebuild it from Postgres now.',
    );
    expect(await pgQueue()).toEqual(backedUp);

    // Even the frequent pass runs in full once the CLI has removed the sentinel, and repairs the tenant.
    const report = await ctx.app.dispatch.reconciler.runOnce({ full: false });
    expect(report).toMatchObject({ full: true });
    expect(await redisQueue()).toEqual(backedUp);
  }, 60_000);
});
