import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import {
  createDriver,
  createType,
  adminTenant,
  tenantClient,
  type Json,
  type TenantClient,
} from '#src/test/fleet-fixtures';

let admin: TenantClient;

const ctx = useApiHarness();

async function freshTenant() {
  const created = await adminTenant(ctx, 'drv');
  const tenant = created.tenant;
  admin = created.admin;
  return tenant;
}

describe('drivers', () => {
  it('creates a driver with qualifications, shows which are current, and pages by name', async () => {
    await freshTenant();
    const crane = await createType(admin, 'Crane');
    const flatbed = await createType(admin, 'Flatbed');
    const created = await admin.post('/api/drivers', {
      name: 'Bea',
      region: 'north',
      userSub: 'sub-bea',
      phone: '+44 20 7946 0000',
      shiftStatus: 'on_shift',
      qualifications: [
        { equipmentTypeId: crane, expiresAt: '2099-01-01T00:00:00Z' },
        { equipmentTypeId: flatbed, expiresAt: '2001-01-01T00:00:00Z' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.qualifications).toEqual([
      {
        equipmentTypeId: crane,
        equipmentTypeName: 'Crane',
        expiresAt: '2099-01-01T00:00:00.000Z',
        current: true,
      },
      {
        equipmentTypeId: flatbed,
        equipmentTypeName: 'Flatbed',
        expiresAt: '2001-01-01T00:00:00.000Z',
        current: false,
      },
    ]);
    await createDriver(admin, { typeIds: [crane], name: 'Abe', shiftStatus: 'off_shift' });
    await createDriver(admin, { typeIds: [flatbed], name: 'Cid', region: 'south' });

    const first = await admin.get('/api/drivers?limit=2');
    expect(first.body.items.map((item: Json) => item.name)).toEqual(['Abe', 'Bea']);
    const second = await admin.get(`/api/drivers?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((item: Json) => item.name)).toEqual(['Cid']);
    expect(
      (await admin.get('/api/drivers?shiftStatus=on_shift')).body.items.map((item: Json) => item.name),
    ).toEqual(['Bea', 'Cid']);
    // An expired qualification does not count: Bea is not qualified for flatbeds any more.
    expect(
      (await admin.get(`/api/drivers?qualifiedFor=${flatbed}`)).body.items.map((item: Json) => item.name),
    ).toEqual(['Cid']);
    expect((await admin.get('/api/drivers?region=south')).body.items.map((item: Json) => item.name)).toEqual([
      'Cid',
    ]);
  });

  it('updates shift, region and qualifications and audits the change', async () => {
    await freshTenant();
    const crane = await createType(admin);
    const driver = await createDriver(admin, { typeIds: [], shiftStatus: 'off_shift' });
    const updated = await admin.patch(`/api/drivers/${driver.id}`, {
      shiftStatus: 'on_shift',
      qualifications: [{ equipmentTypeId: crane }],
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      shiftStatus: 'on_shift',
      qualifications: [{ equipmentTypeId: crane, current: true, expiresAt: null }],
    });
    const audit = await admin.get(`/api/audit?entity=driver&entityId=${driver.id}`);
    expect(audit.body.items.map((item: Json) => item.action)).toEqual(['driver.updated', 'driver.created']);
    expect(audit.body.items[0].before.shiftStatus).toBe('off_shift');
  });

  it('links each identity-provider user to at most one driver and validates qualifications', async () => {
    await freshTenant();
    const crane = await createType(admin);
    await createDriver(admin, { typeIds: [crane], userSub: 'same-sub' });
    const again = await admin.post('/api/drivers', { name: 'Twin', region: 'north', userSub: 'same-sub' });
    expect(again.status).toBe(409);
    const twice = await admin.post('/api/drivers', {
      name: 'Dup',
      region: 'north',
      qualifications: [{ equipmentTypeId: crane }, { equipmentTypeId: crane }],
    });
    expect(twice.status).toBe(400);
    const unknown = await admin.post('/api/drivers', {
      name: 'Unknown',
      region: 'north',
      qualifications: [{ equipmentTypeId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('qualifications.0.equipmentTypeId');
    for (const body of [
      { name: 'x', region: 'north', shiftStatus: 'sleeping' },
      { name: 'x', region: 'north', qualifications: 'all' },
      { name: 'x', region: 'north', qualifications: [{ equipmentTypeId: crane, expiresAt: 'tomorrow' }] },
      { name: 'x'.repeat(10_000), region: 'north' },
      { name: 'x', region: 'north', phone: "'; DROP TABLE drivers; --" },
      { name: 'x', region: 'north', admin: true },
    ]) {
      const response = await admin.post('/api/drivers', body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
    expect((await admin.get('/api/drivers?limit=-5')).status).toBe(400);
  });

  it('keeps region-limited dispatchers to their region', async () => {
    const tenant = await freshTenant();
    const north = await createDriver(admin, { typeIds: [], region: 'north' });
    const south = await createDriver(admin, { typeIds: [], region: 'south' });
    const dispatcher = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region: 'north' });
    expect((await dispatcher.get('/api/drivers')).body.items.map((item: Json) => item.id)).toEqual([
      north.id,
    ]);
    expect((await dispatcher.get(`/api/drivers/${south.id}`)).status).toBe(404);
    expect((await dispatcher.post('/api/drivers', { name: 'S', region: 'south' })).status).toBe(403);
  });

  it("never shows one tenant's drivers to another", async () => {
    await freshTenant();
    const driver = await createDriver(admin, { typeIds: [] });
    const other = await ctx.createTenant(`drv-other-${process.pid}`);
    const otherAdmin = await tenantClient(ctx, other, ['dispatch-admin']);
    expect((await otherAdmin.get('/api/drivers')).body.items).toEqual([]);
    expect((await otherAdmin.get(`/api/drivers/${driver.id}`)).status).toBe(404);
    expect((await otherAdmin.patch(`/api/drivers/${driver.id}`, { shiftStatus: 'off_shift' })).status).toBe(
      404,
    );
  });
});
