import { beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import {
  adminTenant,
  completeAssignment,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  tenantClient,
  type TenantClient,
} from '#src/test/fleet-fixtures';
import { databaseFingerprint } from '#src/test/db-fingerprint';

/**
 * Roles below the route level (domain.md): a dispatcher changes equipment status (available, maintenance)
 * and driver shift status only; everything else about the fleet is the admin's. Drivers read only their own
 * assignments and the work orders those are for.
 */
const ctx = useApiHarness();
let tenant: TestTenant;
let admin: TenantClient;
let dispatcher: TenantClient;
let typeId: string;
beforeAll(async () => {
  ({ tenant, admin } = await adminTenant(ctx, 'fleet-roles'));
  dispatcher = await tenantClient(ctx, tenant, ['dispatch-dispatcher']);
  typeId = await createType(admin);
});

const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

describe('dispatchers and the fleet', () => {
  it('lets a dispatcher move equipment between available and maintenance, and nothing else', async () => {
    const unit = await createEquipment(admin, { typeId });
    expect((await dispatcher.patch(`/api/equipment/${unit.id}`, { status: 'maintenance' })).status).toBe(200);
    expect((await dispatcher.patch(`/api/equipment/${unit.id}`, { status: 'available' })).status).toBe(200);

    const before = await databaseFingerprint(ctx.adminPool, [tenant.row.schemaName]);
    for (const [body, fields] of [
      [{ identifier: 'RENAMED' }, ['identifier']],
      [{ region: 'south' }, ['region']],
      [{ typeId }, ['typeId']],
      [{ notes: 'x', nextMaintenanceOn: '2030-01-01' }, ['notes', 'nextMaintenanceOn']],
      [{ status: 'retired' }, ['status']],
      [{ status: 'maintenance', notes: 'sneaked in' }, ['notes']],
    ] as const) {
      const response = await dispatcher.patch(`/api/equipment/${unit.id}`, body);
      expect(response.status, JSON.stringify(body)).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.type).toMatch(/admin-field$/);
      expect(fieldsOf(response.body)).toEqual(fields);
    }
    expect(await databaseFingerprint(ctx.adminPool, [tenant.row.schemaName])).toEqual(before);
    // The admin may change all of it.
    const edited = await admin.patch(`/api/equipment/${unit.id}`, {
      identifier: 'RENAMED',
      status: 'retired',
    });
    expect(edited.status).toBe(200);
  });

  it("lets a dispatcher change a driver's shift status, and nothing else", async () => {
    const driver = await createDriver(admin, { typeIds: [typeId], shiftStatus: 'off_shift' });
    const shift = await dispatcher.patch(`/api/drivers/${driver.id}`, { shiftStatus: 'on_shift' });
    expect(shift.status).toBe(200);
    expect(shift.body.shiftStatus).toBe('on_shift');

    const before = await databaseFingerprint(ctx.adminPool, [tenant.row.schemaName]);
    for (const [body, fields] of [
      [{ userSub: 'someone-else' }, ['userSub']],
      [{ qualifications: [] }, ['qualifications']],
      [{ region: 'south', shiftStatus: 'off_shift' }, ['region']],
      [{ name: 'New name', phone: '123' }, ['name', 'phone']],
    ] as const) {
      const response = await dispatcher.patch(`/api/drivers/${driver.id}`, body);
      expect(response.status, JSON.stringify(body)).toBe(403);
      expect(fieldsOf(response.body)).toEqual(fields);
    }
    expect(await databaseFingerprint(ctx.adminPool, [tenant.row.schemaName])).toEqual(before);
  });

  it('refuses a dispatcher creating equipment types, equipment or drivers', async () => {
    const before = await databaseFingerprint(ctx.adminPool, [tenant.row.schemaName]);
    for (const [url, body] of [
      ['/api/equipment-types', { name: 'Sneaky' }],
      ['/api/equipment', { identifier: 'SNEAK-1', typeId, region: 'north' }],
      ['/api/drivers', { name: 'Sneaky', region: 'north' }],
    ] as const) {
      const response = await dispatcher.post(url, body);
      expect(response.status, url).toBe(403);
      expect(response.body.type).toMatch(/role-required$/);
    }
    expect(await databaseFingerprint(ctx.adminPool, [tenant.row.schemaName])).toEqual(before);
  });
});

describe('drivers', () => {
  it('read only their own assignments and the work orders those are for', async () => {
    const type = await createType(admin);
    await createEquipment(admin, { typeId: type });
    await createDriver(admin, { typeIds: [type], userSub: 'fleet-roles-driver' });
    const mine = await createWorkOrder(admin);
    const other = await createWorkOrder(admin);
    const dispatched = await requestDispatch(admin, {
      workOrderId: mine.id,
      equipmentTypeId: type,
      priority: 'standard',
    });
    expect(dispatched.status).toBe(201);

    const driver = await tenantClient(ctx, tenant, ['dispatch-driver'], { sub: 'fleet-roles-driver' });
    const orders = await driver.get('/api/work-orders');
    expect(orders.body.items.map((item: { id: string }) => item.id)).toEqual([mine.id]);
    expect((await driver.get(`/api/work-orders/${mine.id}`)).status).toBe(200);
    expect((await driver.get(`/api/work-orders/${other.id}`)).status).toBe(404);
    const assignments = await driver.get('/api/dispatch/assignments');
    expect(assignments.body.items.map((item: { id: string }) => item.id)).toEqual([
      dispatched.body.assignment.id,
    ]);
    for (const url of ['/api/equipment-types', '/api/equipment', '/api/drivers', '/api/dispatch/queue']) {
      expect((await driver.get(url)).status, url).toBe(403);
    }
    await completeAssignment(driver, dispatched.body.assignment.id);
  });
});
