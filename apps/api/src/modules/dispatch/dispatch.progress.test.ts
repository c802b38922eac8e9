import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import {
  adminTenant,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  type Json,
} from '#src/test/fleet-fixtures';
import { readBacklog } from '#src/modules/realtime/realtime.backlog';

const ctx = useApiHarness();

/** The tenant's events published so far (the realtime backlog in Redis), oldest first. */
async function published(tenantId: string, type: string) {
  const { messages } = await readBacklog(ctx.app.redis, tenantId, 0);
  return messages.filter(({ event }) => event.type === type).map(({ event }) => event.payload as Json);
}

describe('queue.updated', () => {
  it('carries the depth per priority of the type whose queue changed, as of the commit', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'qdepth');
    const typeId = await createType(admin);
    const order = await createWorkOrder(admin, { region: 'north' });
    const ask = (priority: 'urgent' | 'standard') =>
      requestDispatch(admin, { workOrderId: order.id, equipmentTypeId: typeId, priority });
    await ask('standard');
    await ask('urgent');
    const queued = await ask('standard');
    expect(queued.body.request.status).toBe('queued');
    expect((await published(tenant.row.id, 'queue.updated')).map((event) => event.depth)).toEqual([
      { urgent: 0, standard: 1, total: 1 },
      { urgent: 1, standard: 1, total: 2 },
      { urgent: 1, standard: 2, total: 3 },
    ]);

    // A unit and a driver free up: the urgent request is served, in the same transaction as the change.
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    await ctx.app.dispatch.service.settle();
    const events = await published(tenant.row.id, 'queue.updated');
    expect(events.at(-1)).toEqual({ equipmentTypeId: typeId, depth: { urgent: 0, standard: 2, total: 2 } });

    expect((await admin.delete(`/api/dispatch/requests/${queued.body.request.id}`)).status).toBe(200);
    expect((await published(tenant.row.id, 'queue.updated')).at(-1)?.depth).toEqual({
      urgent: 0,
      standard: 1,
      total: 1,
    });
  });
});
