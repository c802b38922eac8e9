import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import { databaseFingerprint } from '#src/test/db-fingerprint';
import { ruleFleet } from '#src/test/rule-fleet';
import {
  createDriver,
  createEquipment,
  requestDispatch,
  tenantClient,
  type ApiResponse,
} from '#src/test/fleet-fixtures';

/**
 * A request the checks refuse writes nothing: the key, the work order's lock, the pick and the inserts are one
 * statement, and a refusal rolls all of it back. Each test keeps a unit and a driver free, so a request that got
 * past its checks would be dispatched at once.
 */
const ctx = useApiHarness();

async function freeFleet(prefix: string) {
  const fleet = await ruleFleet(ctx, prefix);
  const unit = await createEquipment(fleet.admin, { typeId: fleet.typeId, region: 'north' });
  await createDriver(fleet.admin, { typeIds: [fleet.typeId], region: 'north' });
  const fingerprint = () => databaseFingerprint(ctx.adminPool, [fleet.tenant.row.schemaName]);
  const unitStatus = async () => (await fleet.admin.get(`/api/equipment/${unit.id}`)).body.status;
  return { ...fleet, fingerprint, unitStatus };
}

function expectProblem(response: ApiResponse, status: number, type: string, field?: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.body.type).toContain(type);
  if (field) expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
}

const MISSING = '01900000-0000-7000-8000-000000000000';

describe('dispatch requests the checks refuse', () => {
  it('refuses an unknown work order or equipment type naming the field, and keeps nothing, not even the key', async () => {
    const { admin, typeId, north, fingerprint, unitStatus } = await freeFleet('refuse-unknown');
    const before = await fingerprint();

    const noOrder = { workOrderId: MISSING, equipmentTypeId: typeId, priority: 'standard' as const };
    expectProblem(await requestDispatch(admin, noOrder, 'first-try'), 400, 'validation', 'workOrderId');
    const noType = { workOrderId: north.id, equipmentTypeId: MISSING, priority: 'standard' as const };
    expectProblem(await requestDispatch(admin, noType, 'second-try'), 400, 'validation', 'equipmentTypeId');

    expect(await fingerprint()).toEqual(before);
    expect(await unitStatus()).toBe('available');
    // The key was released with the rest: corrected, the same key makes the request.
    const corrected = { workOrderId: north.id, equipmentTypeId: typeId, priority: 'standard' as const };
    expect((await requestDispatch(admin, corrected, 'first-try')).status).toBe(201);
  });

  it('refuses a completed or cancelled work order (409) without taking the free unit', async () => {
    const { admin, typeId, north, south, fingerprint, unitStatus } = await freeFleet('refuse-closed');
    expect((await admin.patch(`/api/work-orders/${north.id}`, { status: 'completed' })).status).toBe(200);
    expect((await admin.patch(`/api/work-orders/${south.id}`, { status: 'cancelled' })).status).toBe(200);
    const before = await fingerprint();

    for (const order of [north, south]) {
      const body = { workOrderId: order.id, equipmentTypeId: typeId, priority: 'urgent' as const };
      expectProblem(await requestDispatch(admin, body), 409, 'work-order-closed');
    }

    expect(await fingerprint()).toEqual(before);
    expect(await unitStatus()).toBe('available');
  });

  it("refuses a region-limited dispatcher another region's request or work order", async () => {
    const { tenant, typeId, north, south, fingerprint, unitStatus } = await freeFleet('refuse-region');
    const dispatcher = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region: 'north' });
    expect((await dispatcher.get('/api/dispatch/requests')).status).toBe(200); // first sign-in recorded
    const before = await fingerprint();

    // Their own work order, but a unit asked from another region: the pick ran, and was rolled back.
    const elsewhere = { workOrderId: north.id, equipmentTypeId: typeId, priority: 'standard' as const };
    const refused = await requestDispatch(dispatcher, { ...elsewhere, region: 'south' });
    expectProblem(refused, 403, 'region-forbidden', 'region');
    // A work order of another region is one they cannot see.
    const hidden = { workOrderId: south.id, equipmentTypeId: typeId, priority: 'standard' as const };
    expectProblem(await requestDispatch(dispatcher, hidden), 400, 'validation', 'workOrderId');

    expect(await fingerprint()).toEqual(before);
    expect(await unitStatus()).toBe('available');
    expect((await requestDispatch(dispatcher, elsewhere)).status).toBe(201);
    expect(await unitStatus()).toBe('dispatched');
  });

  it('answers a replay from the stored answer without taking a unit that has come free since', async () => {
    const { admin, typeId, north, fingerprint, unitStatus } = await freeFleet('refuse-replay');
    const body = { workOrderId: north.id, equipmentTypeId: typeId, priority: 'standard' as const };
    const first = await requestDispatch(admin, body, 'replayed-key');
    expect(first.status).toBe(201);
    expect(await unitStatus()).toBe('dispatched');
    const spare = await createEquipment(admin, { typeId, region: 'north' });
    await createDriver(admin, { typeIds: [typeId], region: 'north' });
    const before = await fingerprint();

    const replay = await requestDispatch(admin, body, 'replayed-key');
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);

    expect(await fingerprint()).toEqual(before);
    expect((await admin.get(`/api/equipment/${spare.id}`)).body.status).toBe('available');
  });
});
