import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import {
  adminTenant,
  completeAssignment,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  moveAssignment,
  requestDispatch,
  tenantClient,
  type Json,
  type TenantClient,
} from '#src/test/fleet-fixtures';

const ctx = useApiHarness();

const EMPTY_COUNTS = {
  workOrders: { open: 0, inProgress: 0 },
  drivers: { onShift: 0, offShift: 0, busy: 0 },
  requestsLast24h: 0,
  completedLast24h: 0,
};

/** What the board lists of an assignment, from the assignment as the API returned it. */
const latestRow = (assignment: Json) => ({
  id: assignment.id,
  status: assignment.status,
  workOrderNumber: assignment.workOrderNumber,
  equipmentIdentifier: assignment.equipmentIdentifier,
  driverName: assignment.driverName,
  region: assignment.region,
  dispatchedAt: assignment.dispatchedAt,
});

/**
 * Two regions, two types with work (Crane, Digger) and one without (Empty), units in every status, drivers on
 * and off shift, assignments dispatched, en route and completed, requests queued at both priorities.
 */
async function busyTenant() {
  const { tenant, admin } = await adminTenant(ctx, 'dash');
  const crane = await createType(admin, 'Crane');
  const digger = await createType(admin, 'Digger');
  const empty = await createType(admin, 'Empty');
  await createEquipment(admin, { typeId: crane, region: 'north' });
  await createEquipment(admin, { typeId: crane, region: 'north' });
  await createEquipment(admin, { typeId: crane, region: 'south' });
  await createEquipment(admin, { typeId: crane, region: 'north', status: 'maintenance' });
  await createEquipment(admin, { typeId: digger, region: 'south' });
  await createEquipment(admin, { typeId: digger, region: 'south', status: 'retired' });
  await createDriver(admin, { typeIds: [crane], region: 'north' });
  await createDriver(admin, { typeIds: [crane], region: 'north' });
  await createDriver(admin, { typeIds: [crane], region: 'south' });
  await createDriver(admin, { typeIds: [digger], region: 'south' });
  await createDriver(admin, { typeIds: [crane], region: 'south', shiftStatus: 'off_shift' });

  const north = await createWorkOrder(admin, { region: 'north' });
  const south = await createWorkOrder(admin, { region: 'south' });
  const idle = await createWorkOrder(admin, { region: 'south' });
  expect((await admin.patch(`/api/work-orders/${idle.id}`, { status: 'in_progress' })).status).toBe(200);

  const ask = async (workOrder: Json, type: string, priority: 'urgent' | 'standard', status: number) => {
    const region = workOrder.region as string;
    const response = await requestDispatch(admin, {
      workOrderId: workOrder.id,
      equipmentTypeId: type,
      priority,
      region,
    });
    expect(response.status).toBe(status);
    return response.body;
  };
  const first = await ask(north, crane, 'urgent', 201);
  const second = await ask(north, crane, 'standard', 201);
  await ask(south, crane, 'standard', 201);
  await ask(south, digger, 'urgent', 201);
  await completeAssignment(admin, first.assignment.id);
  await ask(north, crane, 'standard', 201);
  // Every crane crew is out now: these two wait.
  const queuedNorth = await ask(north, crane, 'urgent', 202);
  const queuedSouth = await ask(south, crane, 'standard', 202);
  expect((await moveAssignment(admin, second.assignment.id, 'en_route')).status).toBe(200);
  return {
    tenant,
    admin,
    types: { crane, digger, empty },
    queuedNorth,
    queuedSouth,
    orders: [north, south, idle],
  };
}

/** Open and in-progress work orders among these, as the API reports them now. */
async function orderCounts(admin: TenantClient, orders: Json[], region?: string) {
  const statuses: string[] = [];
  for (const order of orders.filter((item) => !region || item.region === region))
    statuses.push((await admin.get(`/api/work-orders/${order.id}`)).body.status);
  return {
    open: statuses.filter((status) => status === 'open').length,
    inProgress: statuses.filter((status) => status === 'in_progress').length,
  };
}

/** The active assignments the board lists, newest first (optionally of one region), from the API's own list. */
async function activeRows(admin: TenantClient, region?: string) {
  const items = (await admin.get('/api/dispatch/assignments?status=active')).body.items as Json[];
  return items
    .filter((assignment) => !region || assignment.region === region)
    .sort((a, b) => Date.parse(b.dispatchedAt) - Date.parse(a.dispatchedAt))
    .map(latestRow);
}

const typeRow = (equipmentTypeId: string, name: string, counts: Partial<Record<string, number>> = {}) => ({
  equipmentTypeId,
  name,
  available: 0,
  dispatched: 0,
  maintenance: 0,
  retired: 0,
  ...counts,
});

describe('GET /api/dashboard', () => {
  it('shows an empty tenant as zeros and empty lists', async () => {
    const { admin } = await adminTenant(ctx, 'dash-empty');
    const board = await admin.get('/api/dashboard');
    expect(board.status).toBe(200);
    expect(board.body).toEqual({
      generatedAt: expect.any(String),
      activeAssignments: { total: 0, byStatus: { dispatched: 0, en_route: 0, on_site: 0 }, latest: [] },
      equipmentByType: [],
      queueDepth: [],
      counts: EMPTY_COUNTS,
    });
    expect(Date.parse(board.body.generatedAt)).not.toBeNaN();
  });

  it('shows every figure of the whole tenant to an admin, and of their region only to a region-limited user', async () => {
    const { tenant, admin, types, queuedNorth, queuedSouth, orders } = await busyTenant();
    const board = (await admin.get('/api/dashboard')).body;
    expect(board).toEqual({
      generatedAt: expect.any(String),
      activeAssignments: {
        total: 4,
        byStatus: { dispatched: 3, en_route: 1, on_site: 0 },
        latest: await activeRows(admin),
      },
      equipmentByType: [
        typeRow(types.crane, 'Crane', { dispatched: 3, maintenance: 1 }),
        typeRow(types.digger, 'Digger', { dispatched: 1, retired: 1 }),
        typeRow(types.empty, 'Empty'),
      ],
      queueDepth: [
        {
          equipmentTypeId: types.crane,
          name: 'Crane',
          urgent: 1,
          standard: 1,
          total: 2,
          oldestQueuedAt: queuedNorth.request.createdAt,
        },
      ],
      counts: {
        workOrders: await orderCounts(admin, orders),
        drivers: { onShift: 4, offShift: 1, busy: 4 },
        requestsLast24h: 7,
        completedLast24h: 1,
      },
    });

    const northUser = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region: 'north' });
    expect((await northUser.get('/api/dashboard')).body).toEqual({
      generatedAt: expect.any(String),
      activeAssignments: {
        total: 2,
        byStatus: { dispatched: 1, en_route: 1, on_site: 0 },
        latest: await activeRows(admin, 'north'),
      },
      equipmentByType: [
        typeRow(types.crane, 'Crane', { dispatched: 2, maintenance: 1 }),
        typeRow(types.digger, 'Digger'),
        typeRow(types.empty, 'Empty'),
      ],
      queueDepth: [
        {
          equipmentTypeId: types.crane,
          name: 'Crane',
          urgent: 1,
          standard: 0,
          total: 1,
          oldestQueuedAt: queuedNorth.request.createdAt,
        },
      ],
      counts: {
        workOrders: await orderCounts(admin, orders, 'north'),
        drivers: { onShift: 2, offShift: 0, busy: 2 },
        requestsLast24h: 4,
        completedLast24h: 1,
      },
    });

    const southUser = await tenantClient(ctx, tenant, ['dispatch-viewer'], { region: 'south' });
    expect((await southUser.get('/api/dashboard')).body).toEqual({
      generatedAt: expect.any(String),
      activeAssignments: {
        total: 2,
        byStatus: { dispatched: 2, en_route: 0, on_site: 0 },
        latest: await activeRows(admin, 'south'),
      },
      equipmentByType: [
        typeRow(types.crane, 'Crane', { dispatched: 1 }),
        typeRow(types.digger, 'Digger', { dispatched: 1, retired: 1 }),
        typeRow(types.empty, 'Empty'),
      ],
      queueDepth: [
        {
          equipmentTypeId: types.crane,
          name: 'Crane',
          urgent: 0,
          standard: 1,
          total: 1,
          oldestQueuedAt: queuedSouth.request.createdAt,
        },
      ],
      counts: {
        workOrders: await orderCounts(admin, orders, 'south'),
        drivers: { onShift: 2, offShift: 1, busy: 2 },
        requestsLast24h: 3,
        completedLast24h: 0,
      },
    });

    // A region no row has: nothing counted, every type still listed with zeros.
    const nowhere = await tenantClient(ctx, tenant, ['dispatch-viewer'], { region: 'east' });
    expect((await nowhere.get('/api/dashboard')).body).toEqual({
      generatedAt: expect.any(String),
      activeAssignments: { total: 0, byStatus: { dispatched: 0, en_route: 0, on_site: 0 }, latest: [] },
      equipmentByType: [
        typeRow(types.crane, 'Crane'),
        typeRow(types.digger, 'Digger'),
        typeRow(types.empty, 'Empty'),
      ],
      queueDepth: [],
      counts: EMPTY_COUNTS,
    });
  });

  it('lists the 20 newest active assignments and counts them all', async () => {
    const { admin } = await adminTenant(ctx, 'dash-many');
    const typeId = await createType(admin, 'Loader');
    const order = await createWorkOrder(admin);
    for (let i = 0; i < 22; i += 1) {
      await createEquipment(admin, { typeId });
      await createDriver(admin, { typeIds: [typeId] });
      const response = await requestDispatch(admin, {
        workOrderId: order.id,
        equipmentTypeId: typeId,
        priority: 'standard',
      });
      expect(response.status).toBe(201);
    }
    const board = (await admin.get('/api/dashboard')).body;
    expect(board.activeAssignments.total).toBe(22);
    expect(board.activeAssignments.latest).toEqual((await activeRows(admin)).slice(0, 20));
  });
});
