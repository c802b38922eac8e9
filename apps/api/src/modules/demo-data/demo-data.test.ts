import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import { tenantClient, type Json } from '#src/test/fleet-fixtures';
import { seedDemoData } from './demo-data.seed';

const ctx = useApiHarness();

describe('demo data', () => {
  it('gives a tenant a fleet, a crew linked to IdP users, work orders and queued and active dispatches, once', async () => {
    const tenant = await ctx.createTenant(`demo-${process.pid}`);
    const linked = [
      { name: 'Drew Driver', sub: 'sub-drew', region: 'north' },
      { name: 'Dora Driver', sub: 'sub-dora', region: 'south' },
    ];
    expect(await seedDemoData(ctx.app, tenant.row, { linkedDrivers: linked })).toEqual({ seeded: true });
    expect(await seedDemoData(ctx.app, tenant.row, { linkedDrivers: linked })).toEqual({ seeded: false });

    const admin = await tenantClient(ctx, tenant, ['dispatch-admin']);
    const board = (await admin.get('/api/dashboard')).body;
    expect(board.activeAssignments.total).toBeGreaterThanOrEqual(3);
    expect(board.queueDepth.reduce((sum: number, row: Json) => sum + row.total, 0)).toBeGreaterThanOrEqual(2);
    expect(board.queueDepth.some((row: Json) => row.urgent > 0)).toBe(true);
    expect((await admin.get('/api/work-orders')).body.items).toHaveLength(8);
    expect((await admin.get('/api/dispatch/assignments?status=completed')).body.items).toHaveLength(1);

    // The dev IdP's driver user sees their own work.
    const drew = await tenantClient(ctx, tenant, ['dispatch-driver'], { sub: 'sub-drew', region: 'north' });
    const mine = (await drew.get('/api/dispatch/assignments?status=active')).body.items;
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine.every((item: Json) => item.driverName === 'Drew Driver')).toBe(true);
    expect((await admin.get('/api/audit/verify')).body.ok).toBe(true);
  });
});
