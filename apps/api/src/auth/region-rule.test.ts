import { beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import {
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  tenantClient,
  type TenantClient,
} from '#src/test/fleet-fixtures';

/**
 * The region rule (domain.md, identity.md): a non-admin whose token carries a region sees and acts only within
 * it, and the rule lives in the queries (region-scope.ts), so another region's rows are simply not found, not
 * found-then-refused. Proven on equipment, drivers and work orders through the HTTP API.
 */
const ctx = useApiHarness();
let tenant: TestTenant;
let admin: TenantClient;
let north: TenantClient;
let northViewer: TenantClient;
let unrestricted: TenantClient;
const rows: Record<'equipment' | 'drivers' | 'work-orders', { north: string; south: string }> = {
  equipment: { north: '', south: '' },
  drivers: { north: '', south: '' },
  'work-orders': { north: '', south: '' },
};

beforeAll(async () => {
  tenant = await ctx.createTenant('regions');
  admin = await tenantClient(ctx, tenant, ['dispatch-admin'], { region: 'north' });
  north = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region: 'north' });
  northViewer = await tenantClient(ctx, tenant, ['dispatch-viewer'], { region: 'north' });
  unrestricted = await tenantClient(ctx, tenant, ['dispatch-dispatcher']);
  const typeId = await createType(admin);
  for (const region of ['north', 'south'] as const) {
    rows.equipment[region] = (await createEquipment(admin, { typeId, region })).id;
    rows.drivers[region] = (await createDriver(admin, { typeIds: [typeId], region })).id;
    rows['work-orders'][region] = (await createWorkOrder(admin, { region })).id;
  }
});

const resources = ['equipment', 'drivers', 'work-orders'] as const;
const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

describe('region rule', () => {
  it.each(resources)(
    '%s: a north dispatcher lists only north rows, even when asking for south',
    async (resource) => {
      const all = await north.get(`/api/${resource}`);
      expect(all.status).toBe(200);
      expect(ids(all.body)).toContain(rows[resource].north);
      expect(ids(all.body)).not.toContain(rows[resource].south);
      const askSouth = await north.get(`/api/${resource}?region=south`);
      expect(askSouth.status === 200 ? ids(askSouth.body) : []).not.toContain(rows[resource].south);
    },
  );

  it.each(resources)('%s: guessing a south id reads nothing (404) and changes nothing', async (resource) => {
    const read = await north.get(`/api/${resource}/${rows[resource].south}`);
    expect(read.status).toBe(404);
    const viewerRead = await northViewer.get(`/api/${resource}/${rows[resource].south}`);
    expect(viewerRead.status).toBe(404);
    const before = await admin.get(`/api/${resource}/${rows[resource].south}`);
    const patch = await north.patch(`/api/${resource}/${rows[resource].south}`, { region: 'north' });
    expect(patch.status).toBe(404);
    expect((await admin.get(`/api/${resource}/${rows[resource].south}`)).body).toEqual(before.body);
  });

  it.each(resources)('%s: the own region stays reachable', async (resource) => {
    expect((await north.get(`/api/${resource}/${rows[resource].north}`)).status).toBe(200);
  });

  it('refuses to create or move a row into another region', async () => {
    const typeId = (await admin.get(`/api/equipment/${rows.equipment.north}`)).body.typeId;
    const create = await north.post('/api/equipment', { identifier: 'SOUTH-1', typeId, region: 'south' });
    expect([403, 404]).toContain(create.status);
    const move = await north.patch(`/api/equipment/${rows.equipment.north}`, { region: 'south' });
    expect([403, 404]).toContain(move.status);
    expect((await admin.get(`/api/equipment/${rows.equipment.north}`)).body.region).toBe('north');
  });

  it.each([
    ['a number', 7],
    ['an object', { name: 'north' }],
    ['an empty string', ''],
    ['an empty list', []],
    ['a list with a non-string', ['north', 3]],
    ['null', null],
  ])('fails closed when the region claim is %s: no region-scoped row is visible', async (_, region) => {
    const odd = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region });
    for (const resource of resources) {
      const list = await odd.get(`/api/${resource}`);
      expect(list.status).toBe(200);
      expect(ids(list.body)).toEqual([]);
      expect((await odd.get(`/api/${resource}/${rows[resource].north}`)).status).toBe(404);
    }
  });

  it('does not limit admins (even with a region claim) or users without one', async () => {
    for (const client of [admin, unrestricted]) {
      const list = await client.get('/api/equipment');
      expect(ids(list.body)).toEqual(expect.arrayContaining([rows.equipment.north, rows.equipment.south]));
      expect((await client.get(`/api/work-orders/${rows['work-orders'].south}`)).status).toBe(200);
    }
  });
});
