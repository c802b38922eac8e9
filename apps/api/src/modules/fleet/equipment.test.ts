import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import {
  createDriver,
  createEquipment,
  createType,
  adminTenant,
  tenantClient,
  type Json,
  type TenantClient,
} from '#src/test/fleet-fixtures';

let admin: TenantClient;

const ctx = useApiHarness();

async function freshTenant() {
  const created = await adminTenant(ctx, 'eq');
  const tenant = created.tenant;
  admin = created.admin;
  return tenant;
}

describe('equipment', () => {
  it('creates, reads, filters and pages equipment by identifier', async () => {
    await freshTenant();
    const crane = await createType(admin, 'Crane 50t');
    const flatbed = await createType(admin, 'Flatbed');
    for (const [identifier, typeId, region] of [
      ['C-1', crane, 'north'],
      ['C-2', crane, 'south'],
      ['F-1', flatbed, 'north'],
      ['C-3', crane, 'north'],
    ] as const) {
      await createEquipment(admin, { identifier, typeId, region });
    }
    const all = await admin.get('/api/equipment?limit=2');
    expect(all.status).toBe(200);
    expect(all.body.items.map((item: Json) => item.identifier)).toEqual(['C-1', 'C-2']);
    const next = await admin.get(`/api/equipment?limit=2&cursor=${all.body.nextCursor}`);
    expect(next.body.items.map((item: Json) => item.identifier)).toEqual(['C-3', 'F-1']);
    expect(next.body.nextCursor).toBeNull();

    const cranesNorth = await admin.get(`/api/equipment?typeId=${crane}&region=north`);
    expect(cranesNorth.body.items.map((item: Json) => item.identifier)).toEqual(['C-1', 'C-3']);
    expect(cranesNorth.body.items[0]).toMatchObject({
      typeName: 'Crane 50t',
      status: 'available',
      maintenanceRequested: false,
    });

    const one = await admin.get(`/api/equipment/${cranesNorth.body.items[0].id}`);
    expect(one.body.identifier).toBe('C-1');
  });

  it('moves equipment through maintenance and records each change in the audit log', async () => {
    await freshTenant();
    const typeId = await createType(admin);
    const unit = await createEquipment(admin, { typeId, identifier: 'M-1' });
    const toMaintenance = await admin.patch(`/api/equipment/${unit.id}`, {
      status: 'maintenance',
      nextMaintenanceOn: '2027-01-31',
    });
    expect(toMaintenance.status).toBe(200);
    expect(toMaintenance.body).toMatchObject({ status: 'maintenance', nextMaintenanceOn: '2027-01-31' });
    const filtered = await admin.get('/api/equipment?status=maintenance');
    expect(filtered.body.items.map((item: Json) => item.id)).toEqual([unit.id]);
    const back = await admin.patch(`/api/equipment/${unit.id}`, { status: 'available' });
    expect(back.body.status).toBe('available');

    const audit = await admin.get(`/api/audit?entity=equipment&entityId=${unit.id}`);
    expect(audit.body.items.map((item: Json) => item.action)).toEqual([
      'equipment.updated',
      'equipment.updated',
      'equipment.created',
    ]);
    expect(audit.body.items[1].before.status).toBe('available');
    expect(audit.body.items[1].after.status).toBe('maintenance');
  });

  it('lists available equipment idle longest first and says whether a free qualified driver is near', async () => {
    await freshTenant();
    const typeId = await createType(admin);
    const first = await createEquipment(admin, { typeId, identifier: 'A-2', region: 'north' });
    const second = await createEquipment(admin, { typeId, identifier: 'A-1', region: 'south' });
    await createEquipment(admin, { typeId, identifier: 'A-3', status: 'maintenance' });
    await createDriver(admin, { typeIds: [typeId], region: 'north' });
    const available = await admin.get(`/api/equipment/available?typeId=${typeId}`);
    expect(available.status).toBe(200);
    expect(available.body.items.map((item: Json) => [item.id, item.hasFreeDriver])).toEqual([
      [first.id, true],
      [second.id, false],
    ]);
  });

  it('rejects duplicates, unknown types and settings only dispatch may make', async () => {
    await freshTenant();
    const typeId = await createType(admin);
    await createEquipment(admin, { typeId, identifier: 'DUP' });
    const duplicate = await admin.post('/api/equipment', { identifier: 'DUP', typeId, region: 'north' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors[0].field).toBe('identifier');
    const unknownType = await admin.post('/api/equipment', {
      identifier: 'X',
      typeId: '00000000-0000-4000-8000-000000000000',
      region: 'north',
    });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.errors[0].field).toBe('typeId');
    const dispatched = await admin.post('/api/equipment', {
      identifier: 'Y',
      typeId,
      region: 'north',
      status: 'dispatched',
    });
    expect(dispatched.status).toBe(400);
  });

  it('answers hostile input with 4xx problems and stores SQL-looking text verbatim', async () => {
    await freshTenant();
    const typeId = await createType(admin);
    const cases: [string, string][] = [
      ['POST', JSON.stringify({ identifier: 'A', typeId, region: 'north', extra: 1 })],
      ['POST', JSON.stringify({ identifier: { $gt: '' }, typeId, region: 'north' })],
      ['POST', JSON.stringify({ identifier: 'A', typeId: 42, region: 'north' })],
      ['POST', JSON.stringify({ identifier: 'A', typeId, region: ['north', 'south'] })],
      ['POST', JSON.stringify({ identifier: 'x'.repeat(100_000), typeId, region: 'north' })],
      ['POST', JSON.stringify({ identifier: 'nul\u0000byte', typeId, region: 'north' })],
      ['POST', JSON.stringify({ identifier: 'lone\ud800', typeId, region: 'north' })],
      ['POST', JSON.stringify({ identifier: 'A', typeId: "1' OR '1'='1", region: 'north' })],
      ['POST', JSON.stringify({ identifier: 'A', typeId, region: "north'; DROP TABLE equipment;--" })],
      ['POST', '{"identifier":'],
      ['POST', JSON.stringify([1, 2, 3])],
      ['POST', `{"identifier":"A","typeId":"${typeId}","region":"north","__proto__":{"admin":true}}`],
      [
        'POST',
        `{"identifier":"A","typeId":"${typeId}","region":"north","constructor":{"prototype":{"admin":true}}}`,
      ],
    ];
    for (const [method, payload] of cases) {
      const response = await admin.raw({ method: method as 'POST', url: '/api/equipment', payload });
      expect(response.status, payload.slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(response.status, payload.slice(0, 80)).toBeLessThan(500);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    for (const url of [
      '/api/equipment?limit=-1',
      '/api/equipment?limit=0',
      '/api/equipment?limit=501',
      '/api/equipment?limit=abc',
      '/api/equipment?cursor=not-a-cursor',
      '/api/equipment?status=broken',
      "/api/equipment?typeId=1'%20OR%201=1",
      '/api/equipment?region=%00',
      '/api/equipment/not-a-uuid',
      '/api/equipment?unknown=1',
    ]) {
      const response = await admin.get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(response.status, url).toBeLessThan(500);
    }
    const sqlish = await admin.post('/api/equipment', {
      identifier: "'; DELETE FROM equipment; --",
      typeId,
      region: 'north',
    });
    expect(sqlish.status).toBe(201);
    expect((await admin.get(`/api/equipment/${sqlish.body.id}`)).body.identifier).toBe(
      "'; DELETE FROM equipment; --",
    );
    const patchEmpty = await admin.patch(`/api/equipment/${sqlish.body.id}`, {});
    expect(patchEmpty.status).toBe(400);
  });

  it('keeps region-limited users inside their region', async () => {
    const tenant = await freshTenant();
    const typeId = await createType(admin);
    const north = await createEquipment(admin, { typeId, region: 'north' });
    const south = await createEquipment(admin, { typeId, region: 'south' });
    const dispatcher = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region: 'north' });
    const list = await dispatcher.get('/api/equipment');
    expect(list.body.items.map((item: Json) => item.id)).toEqual([north.id]);
    expect((await dispatcher.get(`/api/equipment/${south.id}`)).status).toBe(404);
    expect((await dispatcher.patch(`/api/equipment/${south.id}`, { status: 'maintenance' })).status).toBe(
      404,
    );
    const intoSouth = await dispatcher.post('/api/equipment', { identifier: 'S-9', typeId, region: 'south' });
    expect(intoSouth.status).toBe(403);
    expect((await dispatcher.patch(`/api/equipment/${north.id}`, { region: 'south' })).status).toBe(403);
  });

  it('lets viewers read but not write, and keeps drivers out of the fleet list', async () => {
    const tenant = await freshTenant();
    const typeId = await createType(admin);
    await createEquipment(admin, { typeId });
    const viewer = await tenantClient(ctx, tenant, ['dispatch-viewer']);
    expect((await viewer.get('/api/equipment')).status).toBe(200);
    expect((await viewer.post('/api/equipment', { identifier: 'V', typeId, region: 'north' })).status).toBe(
      403,
    );
    const driver = await tenantClient(ctx, tenant, ['dispatch-driver']);
    expect((await driver.get('/api/equipment')).status).toBe(403);
  });

  it("never shows one tenant's equipment to another", async () => {
    await freshTenant();
    const typeId = await createType(admin);
    const unit = await createEquipment(admin, { typeId });
    const other = await ctx.createTenant(`eq-other-${process.pid}`);
    const otherAdmin = await tenantClient(ctx, other, ['dispatch-admin']);
    expect((await otherAdmin.get('/api/equipment')).body.items).toEqual([]);
    expect((await otherAdmin.get('/api/equipment/available')).body.items).toEqual([]);
    expect((await otherAdmin.get(`/api/equipment/${unit.id}`)).status).toBe(404);
    expect((await otherAdmin.patch(`/api/equipment/${unit.id}`, { status: 'retired' })).status).toBe(404);
    // Nor can it attach its equipment to the first tenant's type.
    const crossType = await otherAdmin.post('/api/equipment', { identifier: 'X-1', typeId, region: 'north' });
    expect(crossType.status).toBe(400);
  });
});
