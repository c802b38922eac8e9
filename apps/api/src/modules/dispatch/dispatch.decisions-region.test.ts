import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import {
  adminTenant,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  tenantClient,
  type Json,
} from '#src/test/fleet-fixtures';

/** Item 8 of issue 10: the decision record follows the region rule like every other read. */
const ctx = useApiHarness();

const names = (list: Json[]) => list.map((item) => item.name).sort();

describe('decision record and the region rule', () => {
  it('shows a region-limited reader only the units and drivers of their region, counting the rest', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'decision-region');
    const typeId = await createType(admin);
    // Nothing can be dispatched: the request queues and the record lists every unit and driver considered.
    await createEquipment(admin, { typeId, identifier: 'N-SHOP', region: 'north', status: 'maintenance' });
    await createEquipment(admin, { typeId, identifier: 'S-SHOP-1', region: 'south', status: 'maintenance' });
    await createEquipment(admin, { typeId, identifier: 'S-SHOP-2', region: 'south', status: 'maintenance' });
    await createDriver(admin, { typeIds: [typeId], name: 'North Nell', region: 'north' });
    await createDriver(admin, { typeIds: [typeId], name: 'South Sid', region: 'south' });
    const workOrder = await createWorkOrder(admin, { region: 'north' });
    const queued = await requestDispatch(admin, {
      workOrderId: workOrder.id,
      equipmentTypeId: typeId,
      priority: 'standard',
    });
    expect(queued.status).toBe(202);
    const url = `/api/dispatch/requests/${queued.body.request.id}/decisions`;

    const full = (await admin.get(url)).body.items[0];
    expect(names(full.equipment)).toEqual(['N-SHOP', 'S-SHOP-1', 'S-SHOP-2']);
    expect(names(full.drivers)).toEqual(['North Nell', 'South Sid']);

    for (const roles of [['dispatch-dispatcher'], ['dispatch-viewer']]) {
      const north = await tenantClient(ctx, tenant, roles, { region: 'north' });
      const response = await north.get(url);
      expect(response.status).toBe(200);
      const [decision] = response.body.items;
      expect(names(decision.equipment)).toEqual(['N-SHOP']);
      expect(names(decision.drivers)).toEqual(['North Nell']);
      expect(decision.equipmentNotListed).toBe(full.equipmentNotListed + 2);
      expect(decision.driversNotListed).toBe(full.driversNotListed + 1);
      expect(JSON.stringify(decision)).not.toMatch(/S-SHOP|South Sid/);
    }
  });

  it('does not name a chosen unit and driver from another region', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'decision-region-chosen');
    const typeId = await createType(admin);
    const unit = await createEquipment(admin, { typeId, identifier: 'S-FREE', region: 'south' });
    await createDriver(admin, { typeIds: [typeId], name: 'South Sue', region: 'south' });
    // A north work order, no region constraint on the request: served from the south.
    const workOrder = await createWorkOrder(admin, { region: 'north' });
    const dispatched = await requestDispatch(admin, {
      workOrderId: workOrder.id,
      equipmentTypeId: typeId,
      priority: 'standard',
    });
    expect(dispatched.status).toBe(201);
    expect(dispatched.body.assignment.equipmentId).toBe(unit.id);
    const url = `/api/dispatch/requests/${dispatched.body.request.id}/decisions`;
    expect((await admin.get(url)).body.items[0].chosen).toMatchObject({ equipmentIdentifier: 'S-FREE' });

    const north = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region: 'north' });
    const [decision] = (await north.get(url)).body.items;
    expect(decision).toMatchObject({ outcome: 'assigned', chosen: null, equipment: [], drivers: [] });
    expect(decision.equipmentNotListed).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(decision)).not.toMatch(/S-FREE|South Sue/);
  });
});
