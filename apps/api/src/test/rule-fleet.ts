import type { ApiTestContext } from './api-test-context';
import { adminTenant, createType, createWorkOrder, requestDispatch } from './fleet-fixtures';

/** A fresh tenant with one equipment type and one work order per region. */
export async function ruleFleet(ctx: ApiTestContext, prefix: string) {
  const { tenant, admin } = await adminTenant(ctx, prefix);
  const typeId = await createType(admin);
  const north = await createWorkOrder(admin, { region: 'north' });
  const south = await createWorkOrder(admin, { region: 'south' });
  const ask = (priority: 'urgent' | 'standard', extra: { region?: string; workOrderId?: string } = {}) =>
    requestDispatch(admin, {
      workOrderId: extra.workOrderId ?? north.id,
      equipmentTypeId: typeId,
      priority,
      ...(extra.region ? { region: extra.region } : {}),
    });
  const queue = async () => (await admin.get(`/api/dispatch/queue?typeId=${typeId}`)).body.types[0];
  const redisOrder = async () =>
    (await ctx.app.dispatch.queue.snapshot(tenant.row.id, typeId)).queued.map((item) => item.requestId);
  const request = async (id: string) => (await admin.get(`/api/dispatch/requests/${id}`)).body;
  return { tenant, admin, typeId, north, south, ask, queue, redisOrder, request };
}
