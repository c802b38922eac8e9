import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { useApiHarness } from '#src/test/api-harness';
import {
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  moveAssignment,
  requestDispatch,
  adminTenant,
  tenantClient,
  type Json,
} from '#src/test/fleet-fixtures';

const ctx = useApiHarness();

async function dispatchedFleet(options: { driverSub?: string } = {}) {
  const { tenant, admin } = await adminTenant(ctx, 'asg');
  const typeId = await createType(admin);
  const order = await createWorkOrder(admin);
  const unit = await createEquipment(admin, { typeId });
  const driver = await createDriver(admin, { typeIds: [typeId], userSub: options.driverSub });
  const response = await requestDispatch(admin, {
    workOrderId: order.id,
    equipmentTypeId: typeId,
    priority: 'standard',
  });
  expect(response.status).toBe(201);
  return { tenant, admin, typeId, order, unit, driver, assignment: response.body.assignment };
}

/** Reads a table of the tenant as the owner, bypassing the API (to prove nothing changed). */
async function ownerQuery(schema: string, text: string) {
  const client = await ctx.adminPool.connect();
  try {
    await client.query(`SET search_path TO ${pg.escapeIdentifier(schema)}`);
    return (await client.query(text)).rows;
  } finally {
    await client.query('RESET search_path');
    client.release();
  }
}

describe('assignments', () => {
  it('answers illegal lifecycle steps with 409 and changes nothing', async () => {
    const { tenant, admin, assignment, unit } = await dispatchedFleet();
    const snapshot = async () => ({
      assignment: (await admin.get(`/api/dispatch/assignments/${assignment.id}`)).body,
      unit: (await admin.get(`/api/equipment/${unit.id}`)).body,
      audit: (await ownerQuery(tenant.row.schemaName, 'SELECT count(*)::int AS n FROM audit_events'))[0].n,
    });
    const before = await snapshot();
    for (const status of ['on_site', 'completed']) {
      const response = await moveAssignment(admin, assignment.id, status);
      expect(response.status, status).toBe(409);
      expect(response.body.type).toContain('illegal-transition');
    }
    expect(await snapshot()).toEqual(before);

    await moveAssignment(admin, assignment.id, 'en_route');
    await moveAssignment(admin, assignment.id, 'on_site');
    expect((await moveAssignment(admin, assignment.id, 'en_route')).status).toBe(409);
    await moveAssignment(admin, assignment.id, 'completed');
    const finished = await snapshot();
    for (const status of ['en_route', 'on_site', 'completed', 'cancelled']) {
      expect((await moveAssignment(admin, assignment.id, status)).status, status).toBe(409);
    }
    expect(await snapshot()).toEqual(finished);
    expect((await moveAssignment(admin, assignment.id, 'dispatched')).status).toBe(400);
    expect((await moveAssignment(admin, '00000000-0000-4000-8000-000000000000', 'en_route')).status).toBe(
      404,
    );
  });

  it('audits each lifecycle step with the assignment as it was before and after', async () => {
    const { admin, assignment } = await dispatchedFleet();
    expect((await moveAssignment(admin, assignment.id, 'en_route', 'leaving the yard')).status).toBe(200);
    expect((await moveAssignment(admin, assignment.id, 'on_site')).status).toBe(200);
    const audit = await admin.get(`/api/audit?entity=assignment&entityId=${assignment.id}`);
    const steps = Object.fromEntries(
      audit.body.items.map((item: Json) => [item.action, { before: item.before, after: item.after }]),
    );
    const enRoute = steps['assignment.en_route'];
    expect(enRoute.before).toEqual(assignment);
    expect(enRoute.after).toEqual({
      ...assignment,
      status: 'en_route',
      note: 'leaving the yard',
      enRouteAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const onSite = steps['assignment.on_site'];
    expect(onSite.before).toEqual(enRoute.after);
    expect(onSite.after).toMatchObject({
      status: 'on_site',
      note: 'leaving the yard',
      enRouteAt: enRoute.after.enRouteAt,
    });
    expect(Date.parse(onSite.after.onSiteAt)).toBeGreaterThanOrEqual(Date.parse(enRoute.after.enRouteAt));
  });

  it('refuses an illegal transition in the database itself, whatever the code does', async () => {
    const { tenant, assignment } = await dispatchedFleet();
    await expect(
      ownerQuery(
        tenant.row.schemaName,
        `UPDATE assignments SET status = 'completed' WHERE id = '${assignment.id}'`,
      ),
    ).rejects.toThrow(/illegal assignment transition dispatched -> completed/);
    await expect(
      ownerQuery(
        tenant.row.schemaName,
        `UPDATE dispatch_requests SET status = 'queued' WHERE id = '${assignment.requestId}'`,
      ),
    ).rejects.toThrow(/illegal request transition/);
  });

  it('refuses a second active assignment for the same unit, driver or request in the database', async () => {
    const { tenant, assignment } = await dispatchedFleet();
    const copy = (overrides: string) =>
      ownerQuery(
        tenant.row.schemaName,
        `INSERT INTO assignments (tenant_id, id, request_id, work_order_id, equipment_id, driver_id, equipment_type_id,
           work_order_number, equipment_identifier, driver_name, region, equipment_region, status)
         SELECT tenant_id, gen_random_uuid(), ${overrides}, work_order_id, equipment_id, driver_id, equipment_type_id,
           work_order_number, equipment_identifier, driver_name, region, equipment_region, 'dispatched'
           FROM assignments WHERE id = '${assignment.id}'`,
      );
    await expect(copy('request_id')).rejects.toThrow(
      /assignments_request_key|assignments_active_equipment_key/,
    );
    // Even with another request, the unit and the driver stay in one active assignment.
    const [{ id: otherRequest }] = await ownerQuery(
      tenant.row.schemaName,
      `INSERT INTO dispatch_requests (tenant_id, id, work_order_id, work_order_number, work_order_region, equipment_type_id,
         priority, status, requested_by_sub)
       SELECT tenant_id, gen_random_uuid(), work_order_id, work_order_number, work_order_region, equipment_type_id,
         'standard', 'queued', 'x' FROM dispatch_requests WHERE id = '${assignment.requestId}' RETURNING id`,
    );
    await expect(copy(`'${otherRequest}'`)).rejects.toThrow(
      /assignments_active_equipment_key|assignments_active_driver_key/,
    );
  });

  it('lets a driver see and move only their own assignments, and not cancel them', async () => {
    const { tenant, admin, assignment, typeId, order } = await dispatchedFleet({
      driverSub: 'driver-own-sub',
    });
    const driver = await tenantClient(ctx, tenant, ['dispatch-driver'], { sub: 'driver-own-sub' });
    const stranger = await tenantClient(ctx, tenant, ['dispatch-driver'], { sub: 'someone-else' });
    // A second assignment for another driver.
    await createEquipment(admin, { typeId });
    const other = await createDriver(admin, { typeIds: [typeId], userSub: 'someone-else' });
    const second = await requestDispatch(admin, {
      workOrderId: order.id,
      equipmentTypeId: typeId,
      priority: 'standard',
    });
    expect(second.body.assignment.driverId).toBe(other.id);

    const mine = await driver.get('/api/dispatch/assignments');
    expect(mine.body.items.map((item: Json) => item.id)).toEqual([assignment.id]);
    expect((await driver.get(`/api/dispatch/assignments/${second.body.assignment.id}`)).status).toBe(404);
    expect((await driver.get(`/api/work-orders/${order.id}`)).body.number).toBe(order.number);
    expect(
      (await stranger.post(`/api/dispatch/assignments/${assignment.id}/status`, { status: 'en_route' }))
        .status,
    ).toBe(404);
    expect(
      (await driver.post(`/api/dispatch/assignments/${assignment.id}/status`, { status: 'cancelled' }))
        .status,
    ).toBe(403);
    for (const status of ['en_route', 'on_site', 'completed']) {
      const response = await driver.post(`/api/dispatch/assignments/${assignment.id}/status`, {
        status,
        note: `now ${status}`,
      });
      expect(response.status).toBe(200);
      expect(response.body.status).toBe(status);
    }
    // Drivers cannot dispatch, list requests or read the queue.
    expect((await driver.get('/api/dispatch/queue')).status).toBe(403);
    expect(
      (await requestDispatch(driver, { workOrderId: order.id, equipmentTypeId: typeId, priority: 'urgent' }))
        .status,
    ).toBe(403);
    // A driver user with no driver record sees nothing.
    const unlinked = await tenantClient(ctx, tenant, ['dispatch-driver'], { sub: 'not-a-driver' });
    expect((await unlinked.get('/api/dispatch/assignments')).body.items).toEqual([]);
  });

  it('lists assignments by status, driver and work order with keyset paging', async () => {
    const { admin, typeId, order, assignment } = await dispatchedFleet();
    for (let i = 0; i < 3; i += 1) {
      await createEquipment(admin, { typeId });
      await createDriver(admin, { typeIds: [typeId] });
      await requestDispatch(admin, { workOrderId: order.id, equipmentTypeId: typeId, priority: 'standard' });
    }
    await moveAssignment(admin, assignment.id, 'cancelled');
    const active = await admin.get('/api/dispatch/assignments?status=active&limit=2');
    expect(active.body.items).toHaveLength(2);
    const rest = await admin.get(
      `/api/dispatch/assignments?status=active&limit=2&cursor=${active.body.nextCursor}`,
    );
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.nextCursor).toBeNull();
    expect(
      (await admin.get('/api/dispatch/assignments?status=cancelled')).body.items.map((item: Json) => item.id),
    ).toEqual([assignment.id]);
    expect(
      (await admin.get(`/api/dispatch/assignments?driverId=${assignment.driverId}`)).body.items,
    ).toHaveLength(1);
    expect((await admin.get(`/api/dispatch/assignments?workOrderId=${order.id}`)).body.items).toHaveLength(4);
  });

  it('keeps region-limited dispatchers to their region', async () => {
    const { tenant, admin, typeId } = await dispatchedFleet();
    const southOrder = await createWorkOrder(admin, { region: 'south' });
    const dispatcher = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region: 'north' });
    const foreign = await requestDispatch(dispatcher, {
      workOrderId: southOrder.id,
      equipmentTypeId: typeId,
      priority: 'urgent',
    });
    expect(foreign.status).toBe(400);
    const northOrder = await createWorkOrder(admin, { region: 'north' });
    const outside = await requestDispatch(dispatcher, {
      workOrderId: northOrder.id,
      equipmentTypeId: typeId,
      priority: 'urgent',
      region: 'south',
    });
    expect(outside.status).toBe(403);
    const own = await requestDispatch(dispatcher, {
      workOrderId: northOrder.id,
      equipmentTypeId: typeId,
      priority: 'urgent',
    });
    expect(own.status).toBe(202);
    expect(own.body.request.region).toBe('north');
    const southRequest = await requestDispatch(admin, {
      workOrderId: southOrder.id,
      equipmentTypeId: typeId,
      priority: 'urgent',
    });
    const seen = await dispatcher.get('/api/dispatch/requests');
    expect(seen.body.items.map((item: Json) => item.id)).not.toContain(southRequest.body.request.id);
    expect((await dispatcher.get(`/api/dispatch/requests/${southRequest.body.request.id}`)).status).toBe(404);
    expect((await dispatcher.delete(`/api/dispatch/requests/${southRequest.body.request.id}`)).status).toBe(
      404,
    );
    const queue = await dispatcher.get(`/api/dispatch/queue?typeId=${typeId}`);
    // Positions are global in the line; the region-limited view lists only its own requests.
    expect(queue.body.types[0].items.map((item: Json) => [item.request.id, item.position])).toEqual([
      [own.body.request.id, 1],
    ]);
  });

  it('answers hostile dispatch bodies with 4xx problems, never 5xx', async () => {
    const { admin, typeId, order } = await dispatchedFleet();
    const headers = { 'idempotency-key': 'hostile' };
    const bodies = [
      { workOrderId: order.id, equipmentTypeId: typeId, priority: 'panic' },
      { workOrderId: order.id, equipmentTypeId: typeId, priority: 'urgent', extra: true },
      { workOrderId: "' OR 1=1 --", equipmentTypeId: typeId, priority: 'urgent' },
      { workOrderId: order.id, equipmentTypeId: typeId, priority: 'urgent', region: 'x'.repeat(100_000) },
      { workOrderId: order.id, equipmentTypeId: typeId, priority: 'urgent', region: 'north\u0000' },
      { workOrderId: order.id, equipmentTypeId: typeId, priority: ['urgent', 'standard'] },
      { workOrderId: { $ne: null }, equipmentTypeId: typeId, priority: 'urgent' },
      { workOrderId: order.id, equipmentTypeId: '00000000-0000-4000-8000-000000000000', priority: 'urgent' },
      { workOrderId: '00000000-0000-4000-8000-000000000000', equipmentTypeId: typeId, priority: 'urgent' },
      {},
      null,
    ];
    for (const body of bodies) {
      const response = await admin.post('/api/dispatch/requests', body, headers);
      expect(response.status, JSON.stringify(body)?.slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(response.status, JSON.stringify(body)?.slice(0, 80)).toBeLessThan(500);
    }
    for (const key of ['', 'x'.repeat(256), 'with space', 'nön-ascii']) {
      const response = await admin.post(
        '/api/dispatch/requests',
        { workOrderId: order.id, equipmentTypeId: typeId, priority: 'urgent' },
        { 'idempotency-key': key },
      );
      expect(response.status, key.slice(0, 20)).toBe(400);
    }
    const huge = await admin.raw({
      method: 'POST',
      url: '/api/dispatch/requests',
      payload: `{"a":"${'x'.repeat(2 * 1024 * 1024)}"}`,
      headers,
    });
    expect(huge.status).toBe(413);
    for (const url of [
      '/api/dispatch/assignments?limit=-1',
      '/api/dispatch/assignments?status=finished',
      '/api/dispatch/assignments?cursor=%27%3B%20DROP%20TABLE',
      '/api/dispatch/queue?typeId=abc',
      '/api/dispatch/queue?limit=100000',
      '/api/dispatch/requests?limit=0',
      '/api/dispatch/requests/1%20OR%201=1',
    ]) {
      const response = await admin.get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(response.status, url).toBeLessThan(500);
    }
    const badNote = await admin.post(
      `/api/dispatch/assignments/00000000-0000-4000-8000-000000000000/status`,
      {
        status: 'en_route',
        note: 'x'.repeat(5000),
      },
    );
    expect(badNote.status).toBe(400);
  });

  it("never shows one tenant's requests, assignments or queue to another", async () => {
    const { admin, assignment, typeId, order } = await dispatchedFleet();
    const queued = await requestDispatch(admin, {
      workOrderId: order.id,
      equipmentTypeId: typeId,
      priority: 'urgent',
    });
    const other = await ctx.createTenant(`asg-other-${process.pid}`);
    const otherAdmin = await tenantClient(ctx, other, ['dispatch-admin']);
    expect((await otherAdmin.get('/api/dispatch/assignments')).body.items).toEqual([]);
    expect((await otherAdmin.get(`/api/dispatch/assignments/${assignment.id}`)).status).toBe(404);
    expect((await moveAssignment(otherAdmin, assignment.id, 'cancelled')).status).toBe(404);
    expect((await otherAdmin.get('/api/dispatch/requests')).body.items).toEqual([]);
    expect((await otherAdmin.get(`/api/dispatch/requests/${queued.body.request.id}`)).status).toBe(404);
    expect((await otherAdmin.get(`/api/dispatch/requests/${queued.body.request.id}/decisions`)).status).toBe(
      404,
    );
    expect((await otherAdmin.delete(`/api/dispatch/requests/${queued.body.request.id}`)).status).toBe(404);
    expect((await otherAdmin.get('/api/dispatch/queue')).body.types).toEqual([]);
    // Nor can it dispatch against the first tenant's work order or type.
    const cross = await requestDispatch(otherAdmin, {
      workOrderId: order.id,
      equipmentTypeId: typeId,
      priority: 'urgent',
    });
    expect(cross.status).toBe(400);
    expect((await admin.get(`/api/dispatch/requests/${queued.body.request.id}`)).body.request.status).toBe(
      'queued',
    );
  });
});
