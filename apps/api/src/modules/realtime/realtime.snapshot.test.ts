import { describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';

const ctx = useApiHarness();

const LIVE_LISTS = [
  '/api/dispatch/queue',
  '/api/dispatch/assignments',
  '/api/dispatch/requests',
  '/api/work-orders',
  '/api/equipment',
  '/api/equipment/available',
  '/api/drivers',
  '/api/dashboard',
];

async function headersFor(tenant: TestTenant) {
  const headers = { host: tenant.host, authorization: `Bearer ${await tenant.token(['dispatch-admin'])}` };
  return headers;
}

describe('the realtime position on the lists the board shows', () => {
  it('reports sequence 0 and no epoch before the tenant published anything', async () => {
    const tenant = await ctx.createTenant('seq-fresh');
    const headers = await headersFor(tenant);
    for (const url of LIVE_LISTS) {
      const response = await ctx.app.inject({ url, headers });
      expect({ url, status: response.statusCode, seq: response.headers['x-tenant-seq'] }).toEqual({
        url,
        status: 200,
        seq: '0',
      });
      expect(response.headers['x-tenant-epoch']).toBeUndefined();
    }
  });

  it("follows the tenant's published events: a write moves the sequence the next read reports", async () => {
    const tenant = await ctx.createTenant('seq-moves');
    const headers = await headersFor(tenant);
    await ctx.app.realtime.publish(tenant.row.id, [
      { type: 'workorder.updated', payload: { n: 1 } },
      { type: 'workorder.updated', payload: { n: 2 } },
    ]);
    const before = await ctx.app.inject({ url: '/api/work-orders', headers });
    expect(before.headers['x-tenant-seq']).toBe('2');
    const epoch = before.headers['x-tenant-epoch'];
    expect(epoch).toMatch(/^[0-9a-f-]{36}$/);

    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/work-orders',
      headers,
      payload: { title: 'Lift beams', siteAddress: '1 Dock Road', region: 'north' },
    });
    expect(created.statusCode).toBe(201);
    const after = await ctx.app.inject({ url: '/api/work-orders', headers });
    expect(Number(after.headers['x-tenant-seq'])).toBeGreaterThan(2);
    expect(after.headers['x-tenant-epoch']).toBe(epoch);
    expect(after.json().items.map((item: { title: string }) => item.title)).toContain('Lift beams');
  });

  it("reports each tenant's own sequence", async () => {
    const busy = await ctx.createTenant('seq-busy');
    const quiet = await ctx.createTenant('seq-quiet');
    await ctx.app.realtime.publish(busy.row.id, [{ type: 'queue.updated', payload: {} }]);
    const response = await ctx.app.inject({ url: '/api/dispatch/queue', headers: await headersFor(quiet) });
    expect(response.headers['x-tenant-seq']).toBe('0');
  });

  it('leaves other routes without the header and declares it in the OpenAPI document of each list', async () => {
    const tenant = await ctx.createTenant('seq-doc');
    const me = await ctx.app.inject({ url: '/api/me', headers: await headersFor(tenant) });
    expect(me.headers['x-tenant-seq']).toBeUndefined();
    const doc = (await ctx.app.inject('/api/openapi.json')).json();
    for (const url of LIVE_LISTS) {
      const headers = doc.paths[url].get.responses['200'].headers;
      expect({ url, headers: Object.keys(headers ?? {}) }).toEqual({
        url,
        headers: ['x-tenant-seq', 'x-tenant-epoch'],
      });
    }
  });
});
