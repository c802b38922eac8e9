import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import {
  createWorkOrder,
  adminTenant,
  tenantClient,
  tenantSql,
  type Json,
  type TenantClient,
} from '#src/test/fleet-fixtures';

const ctx = useApiHarness();
let admin: TenantClient;

async function freshTenant() {
  const created = await adminTenant(ctx, 'wo');
  const tenant = created.tenant;
  admin = created.admin;
  return tenant;
}

describe('work orders', () => {
  it('numbers work orders per tenant without gaps or repeats, even when created at once', async () => {
    await freshTenant();
    const created = await Promise.all(Array.from({ length: 20 }, () => createWorkOrder(admin)));
    const numbers = created.map((item) => item.number).sort();
    expect(numbers).toEqual(
      Array.from({ length: 20 }, (_, index) => `WO-${String(index + 1).padStart(6, '0')}`),
    );
    // Another tenant starts from 1: the counter is the tenant's own.
    const other = await ctx.createTenant(`wo-count-${process.pid}`);
    const otherAdmin = await tenantClient(ctx, other, ['dispatch-admin']);
    expect((await createWorkOrder(otherAdmin)).number).toBe('WO-000001');
  });

  it('pads numbers to six digits and lets them grow past a million without cutting them', async () => {
    const tenant = await freshTenant();
    await tenantSql(
      ctx,
      tenant.row.schemaName,
      `UPDATE tenant_counters SET value = 999998 WHERE name = 'work_order'`,
    );
    const first = await createWorkOrder(admin);
    const second = await createWorkOrder(admin);
    expect([first.number, second.number]).toEqual(['WO-999999', 'WO-1000000']);
    expect((await admin.get(`/api/work-orders/${second.id}`)).body.number).toBe('WO-1000000');
  });

  it('starts numbering from 1 when the counter row is missing, also for requests at once', async () => {
    const tenant = await freshTenant();
    await tenantSql(ctx, tenant.row.schemaName, `DELETE FROM tenant_counters WHERE name = 'work_order'`);
    const created = await Promise.all(Array.from({ length: 5 }, () => createWorkOrder(admin)));
    expect(created.map((item) => item.number).sort()).toEqual(
      Array.from({ length: 5 }, (_, index) => `WO-00000${index + 1}`),
    );
    const [counter] = await tenantSql(ctx, tenant.row.schemaName, `SELECT value FROM tenant_counters`);
    expect(Number(counter!.value)).toBe(5);
  });

  it('filters by status, region and text, newest first, with keyset paging', async () => {
    await freshTenant();
    const a = await createWorkOrder(admin, { title: 'Lift at the harbour', region: 'north' });
    const b = await createWorkOrder(admin, { title: 'Crane for 100% of the roof_work', region: 'south' });
    const c = await createWorkOrder(admin, { title: 'Harbour wall', region: 'north' });
    await admin.patch(`/api/work-orders/${c.id}`, { status: 'in_progress' });

    const page1 = await admin.get('/api/work-orders?limit=2');
    expect(page1.body.items.map((item: Json) => item.id)).toEqual([c.id, b.id]);
    const page2 = await admin.get(`/api/work-orders?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((item: Json) => item.id)).toEqual([a.id]);
    expect((await admin.get('/api/work-orders?q=harbour')).body.items.map((item: Json) => item.id)).toEqual([
      c.id,
      a.id,
    ]);
    expect((await admin.get('/api/work-orders?q=100%25')).body.items.map((item: Json) => item.id)).toEqual([
      b.id,
    ]);
    expect((await admin.get('/api/work-orders?q=_')).body.items.map((item: Json) => item.id)).toEqual([b.id]);
    expect(
      (await admin.get(`/api/work-orders?q=${a.number}`)).body.items.map((item: Json) => item.id),
    ).toEqual([a.id]);
    expect(
      (await admin.get('/api/work-orders?status=in_progress')).body.items.map((item: Json) => item.id),
    ).toEqual([c.id]);
    expect(
      (await admin.get('/api/work-orders?region=south')).body.items.map((item: Json) => item.id),
    ).toEqual([b.id]);
    expect((await admin.get("/api/work-orders?q=' OR 1=1 --")).body.items).toEqual([]);
  });

  it('validates windows and locations and refuses changes to closed work orders with 409', async () => {
    await freshTenant();
    const bad = await admin.post('/api/work-orders', {
      title: 'T',
      siteAddress: 'S',
      region: 'north',
      windowStart: '2030-01-02T00:00:00Z',
      windowEnd: '2030-01-01T00:00:00Z',
    });
    expect(bad.status).toBe(400);
    const offPlanet = await admin.post('/api/work-orders', {
      title: 'T',
      siteAddress: 'S',
      region: 'north',
      location: { latitude: 91, longitude: 0 },
    });
    expect(offPlanet.status).toBe(400);
    const order = await createWorkOrder(admin);
    const located = await admin.patch(`/api/work-orders/${order.id}`, {
      location: { latitude: 51.5, longitude: -0.12 },
    });
    expect(located.body.location).toEqual({ latitude: 51.5, longitude: -0.12 });
    expect((await admin.patch(`/api/work-orders/${order.id}`, { status: 'completed' })).status).toBe(200);
    const reopen = await admin.patch(`/api/work-orders/${order.id}`, { status: 'open' });
    expect(reopen.status).toBe(409);
    const retitle = await admin.patch(`/api/work-orders/${order.id}`, { title: 'Changed' });
    expect(retitle.status).toBe(409);
    expect((await admin.get(`/api/work-orders/${order.id}`)).body).toMatchObject({
      status: 'completed',
      title: order.title,
    });
  });

  it('shows drivers only the work orders of their own assignments', async () => {
    const tenant = await freshTenant();
    await createWorkOrder(admin);
    const driver = await tenantClient(ctx, tenant, ['dispatch-driver']);
    expect((await driver.get('/api/work-orders')).body.items).toEqual([]);
    expect(
      (await driver.post('/api/work-orders', { title: 'T', siteAddress: 'S', region: 'north' })).status,
    ).toBe(403);
  });

  it("never shows one tenant's work orders to another", async () => {
    await freshTenant();
    const order = await createWorkOrder(admin);
    const other = await ctx.createTenant(`wo-other-${process.pid}`);
    const otherAdmin = await tenantClient(ctx, other, ['dispatch-admin']);
    expect((await otherAdmin.get('/api/work-orders')).body.items).toEqual([]);
    expect((await otherAdmin.get(`/api/work-orders/${order.id}`)).status).toBe(404);
    expect((await otherAdmin.patch(`/api/work-orders/${order.id}`, { title: 'x' })).status).toBe(404);
  });
});
