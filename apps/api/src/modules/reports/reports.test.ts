import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiTestContext, type ApiTestContext } from '#src/test/api-test-context';
import {
  completeAssignment,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  adminTenant,
  tenantClient,
  type Json,
} from '#src/test/fleet-fixtures';

let ctx: ApiTestContext;

beforeAll(async () => {
  ctx = await createApiTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

async function history() {
  const { tenant, admin } = await adminTenant(ctx, 'rep');
  const typeId = await createType(admin, 'Crane');
  const north = await createEquipment(admin, { typeId, identifier: '=cmd|calc', region: 'north' });
  const south = await createEquipment(admin, { typeId, identifier: 'S-1', region: 'south' });
  await createDriver(admin, { typeIds: [typeId], region: 'north' });
  await createDriver(admin, { typeIds: [typeId], region: 'south' });
  const order = await createWorkOrder(admin, { region: 'north' });
  const southOrder = await createWorkOrder(admin, { region: 'south' });
  const first = await requestDispatch(admin, {
    workOrderId: order.id,
    equipmentTypeId: typeId,
    priority: 'urgent',
    region: 'north',
  });
  const queued = await requestDispatch(admin, {
    workOrderId: order.id,
    equipmentTypeId: typeId,
    priority: 'standard',
    region: 'north',
  });
  await requestDispatch(admin, {
    workOrderId: southOrder.id,
    equipmentTypeId: typeId,
    priority: 'standard',
    region: 'south',
  });
  await completeAssignment(admin, first.body.assignment.id);
  return { tenant, admin, typeId, north, south, queued };
}

describe('reports and dashboard', () => {
  it('reports utilization per unit and dispatch performance per priority, as JSON and CSV', async () => {
    const { admin, north, south } = await history();
    const utilization = await admin.get('/api/reports/utilization');
    expect(utilization.status).toBe(200);
    const byId = new Map(utilization.body.items.map((item: Json) => [item.equipmentId, item]));
    expect(byId.get(north.id)).toMatchObject({ dispatches: 2, equipmentType: 'Crane', region: 'north' });
    expect((byId.get(north.id) as Json).dispatchedSeconds).toBeGreaterThan(0);
    expect((byId.get(north.id) as Json).averageDispatchSeconds).toEqual(expect.any(Number));
    expect(byId.get(south.id)).toMatchObject({ dispatches: 1 });

    const performance = await admin.get('/api/reports/dispatch');
    const rows = Object.fromEntries(performance.body.items.map((item: Json) => [item.priority, item]));
    expect(rows.urgent).toMatchObject({ requests: 1, immediate: 1, queued: 0, completed: 1 });
    expect(rows.standard).toMatchObject({ requests: 2, immediate: 1, queued: 1, completed: 0 });
    expect(rows.standard.queueSecondsP50).toEqual(expect.any(Number));
    // Time to complete as a distribution: only completed assignments count, p50 <= p95.
    expect(rows.urgent.completeSecondsP50).toEqual(expect.any(Number));
    expect(rows.urgent.completeSecondsP95).toBeGreaterThanOrEqual(rows.urgent.completeSecondsP50);
    expect(rows.standard).toMatchObject({ completeSecondsP50: null, completeSecondsP95: null });
    expect(rows.all.completeSecondsP50).toBe(rows.urgent.completeSecondsP50);
    expect(rows.all).toMatchObject({ requests: 3, completed: 1 });

    const csv = await admin.get('/api/reports/utilization?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toBe(
      'equipment_id,identifier,equipment_type,region,dispatched_seconds,utilization,dispatches,average_dispatch_seconds',
    );
    // A formula-looking identifier is defused for spreadsheets.
    expect(lines.some((line) => line.includes(",'=cmd|calc,"))).toBe(true);
    const dispatchCsv = await admin.get('/api/reports/dispatch?format=csv');
    expect((dispatchCsv.body as string).split('\r\n')[0]).toBe(
      'priority,requests,immediate,queued,cancelled,queue_seconds_p50,queue_seconds_p95,completed,' +
        'average_dispatch_to_complete_seconds,complete_seconds_p50,complete_seconds_p95',
    );
  });

  it('validates the period and keeps region-limited users to their region', async () => {
    const { tenant, admin, south } = await history();
    for (const query of [
      'from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z',
      'from=2020-01-01T00:00:00Z&to=2030-01-01T00:00:00Z',
      'from=yesterday',
      'format=xml',
      'extra=1',
    ]) {
      const response = await admin.get(`/api/reports/utilization?${query}`);
      expect(response.status, query).toBe(400);
    }
    const dispatcher = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region: 'north' });
    const mine = await dispatcher.get('/api/reports/utilization');
    expect(mine.body.items.map((item: Json) => item.equipmentId)).not.toContain(south.id);
    const perf = await dispatcher.get('/api/reports/dispatch');
    expect(perf.body.items.find((item: Json) => item.priority === 'all').requests).toBe(2);
    const driver = await tenantClient(ctx, tenant, ['dispatch-driver']);
    expect((await driver.get('/api/reports/dispatch')).status).toBe(403);
  });

  it('shows the board: active assignments, equipment by type, queue depth by priority and counts', async () => {
    const { tenant, admin, typeId } = await history();
    const board = await admin.get('/api/dashboard');
    expect(board.status).toBe(200);
    expect(board.body.activeAssignments).toMatchObject({
      total: 2,
      byStatus: { dispatched: 2, en_route: 0, on_site: 0 },
    });
    expect(board.body.activeAssignments.latest).toHaveLength(2);
    expect(board.body.equipmentByType).toEqual([
      { equipmentTypeId: typeId, name: 'Crane', available: 0, dispatched: 2, maintenance: 0, retired: 0 },
    ]);
    expect(board.body.queueDepth).toEqual([]);
    expect(board.body.counts).toMatchObject({
      // The north order went in_progress when its first assignment started (the automatic status rule).
      workOrders: { open: 1, inProgress: 1 },
      drivers: { onShift: 2, busy: 2 },
      requestsLast24h: 3,
      completedLast24h: 1,
    });
    const order = await createWorkOrder(admin);
    await requestDispatch(admin, { workOrderId: order.id, equipmentTypeId: typeId, priority: 'urgent' });
    const later = await admin.get('/api/dashboard');
    expect(later.body.queueDepth).toEqual([
      {
        equipmentTypeId: typeId,
        name: 'Crane',
        urgent: 1,
        standard: 0,
        total: 1,
        oldestQueuedAt: expect.any(String),
      },
    ]);
    const dispatcher = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region: 'south' });
    const southBoard = await dispatcher.get('/api/dashboard');
    expect(southBoard.body.activeAssignments.total).toBe(1);
    expect(southBoard.body.queueDepth).toEqual([]);
  });

  it("never shows one tenant's figures to another", async () => {
    await history();
    const other = await ctx.createTenant(`rep-other-${process.pid}`);
    const otherAdmin = await tenantClient(ctx, other, ['dispatch-admin']);
    expect((await otherAdmin.get('/api/reports/utilization')).body.items).toEqual([]);
    const perf = await otherAdmin.get('/api/reports/dispatch');
    expect(perf.body.items).toEqual([expect.objectContaining({ priority: 'all', requests: 0 })]);
    const board = await otherAdmin.get('/api/dashboard');
    expect(board.body).toMatchObject({
      activeAssignments: { total: 0 },
      equipmentByType: [],
      queueDepth: [],
    });
  });
});

describe('reports on a read replica', () => {
  it('reads from DATABASE_READ_URL when it is set', async () => {
    const replicaCtx = await createApiTestContext();
    try {
      // A second app whose DATABASE_READ_URL names a "replica" (here the same database, its own pool).
      const { buildApp } = await import('#src/app');
      const { loadConfig } = await import('@dispatch/config');
      const config = loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: replicaCtx.config.db.url,
        DATABASE_READ_URL: replicaCtx.config.db.url,
        DATABASE_ADMIN_URL: replicaCtx.config.db.adminUrl!,
        REDIS_URL: replicaCtx.config.redis.url,
        PLATFORM_OIDC_ISSUER: replicaCtx.config.platformAuth.issuer,
        BASE_DOMAIN: replicaCtx.config.http.baseDomain,
        LOG_LEVEL: 'silent',
        // The test issuers listen on loopback.
        IDP_CHECK_ALLOWED_NETWORKS: replicaCtx.config.auth.idpCheck.allowedNetworks.join(','),
      });
      const app = await buildApp({ config, logger: false });
      await app.ready();
      try {
        expect(app.db.read).not.toBe(app.db.app);
        const tenant = await replicaCtx.createTenant(`rep-replica-${process.pid}`);
        const token = await tenant.token(['dispatch-admin'], { amr: ['otp'] });
        const before = app.db.read.totalCount;
        const response = await app.inject({
          url: '/api/reports/dispatch',
          headers: { host: tenant.host, authorization: `Bearer ${token}` },
        });
        expect(response.statusCode).toBe(200);
        expect(app.db.read.totalCount).toBeGreaterThan(before);
      } finally {
        await app.close();
      }
    } finally {
      await replicaCtx.close();
    }
  });
});
