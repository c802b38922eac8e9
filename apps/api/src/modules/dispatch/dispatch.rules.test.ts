import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import { ruleFleet } from '#src/test/rule-fleet';
import {
  completeAssignment,
  createDriver,
  createEquipment,
  createType,
  requestDispatch,
  type Json,
} from '#src/test/fleet-fixtures';

const ctx = useApiHarness();
const fleet = () => ruleFleet(ctx, 'rules');

async function settle() {
  await ctx.app.dispatch.service.settle();
}

describe('dispatch rules', () => {
  it('fulfils a request at once when a unit and a qualified on-shift driver are free', async () => {
    const { admin, typeId, ask } = await fleet();
    const unit = await createEquipment(admin, { typeId });
    const driver = await createDriver(admin, { typeIds: [typeId] });
    const response = await ask('standard');
    expect(response.status).toBe(201);
    expect(response.body.request).toMatchObject({ status: 'dispatched', wasQueued: false });
    expect(response.body.assignment).toMatchObject({
      status: 'dispatched',
      equipmentId: unit.id,
      equipmentIdentifier: unit.identifier,
      driverId: driver.id,
      driverName: driver.name,
      workOrderNumber: expect.stringMatching(/^WO-\d{6}$/),
    });
    expect((await admin.get(`/api/equipment/${unit.id}`)).body.status).toBe('dispatched');
    expect((await admin.get(`/api/drivers/${driver.id}`)).body.activeAssignmentId).toBe(
      response.body.assignment.id,
    );
    // The answer is the rows as stored: the same as reading them back (one statement wrote both).
    const { request, assignment } = response.body;
    expect((await admin.get(`/api/dispatch/requests/${request.id}`)).body.request).toEqual(request);
    expect((await admin.get(`/api/dispatch/assignments/${assignment.id}`)).body).toEqual(assignment);
    expect(assignment.requestId).toBe(request.id);
  });

  it('queues a request when nothing is free, and says where it stands', async () => {
    const { admin, ask, request } = await fleet();
    const response = await ask('standard');
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({ request: { status: 'queued', wasQueued: true }, queuePosition: 1 });
    const detail = await request(response.body.request.id);
    expect(detail).toMatchObject({ queuePosition: 1, assignment: null, estimatedWaitSeconds: null });
    const decisions = await admin.get(`/api/dispatch/requests/${response.body.request.id}/decisions`);
    expect(decisions.body.items[0]).toMatchObject({ outcome: 'queued', chosen: null });
  });

  it('queues an urgent request ahead of earlier standard ones', async () => {
    const { admin, typeId, ask, queue, redisOrder } = await fleet();
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    const busy = await ask('standard');
    expect(busy.status).toBe(201);
    const standard1 = (await ask('standard')).body.request.id;
    const standard2 = (await ask('standard')).body.request.id;
    const urgent = await ask('urgent');
    expect(urgent.body.queuePosition).toBe(1);
    await settle();
    const view = await queue();
    expect(view.items.map((item: Json) => [item.request.id, item.position])).toEqual([
      [urgent.body.request.id, 1],
      [standard1, 2],
      [standard2, 3],
    ]);
    expect(view.depth).toEqual({ urgent: 1, standard: 2, total: 3 });
    expect(await redisOrder()).toEqual([urgent.body.request.id, standard1, standard2]);

    await completeAssignment(admin, busy.body.assignment.id);
    const served = await admin.get(`/api/dispatch/requests/${urgent.body.request.id}`);
    expect(served.body.request.status).toBe('dispatched');
    expect(served.body.assignment.status).toBe('dispatched');
  });

  it('serves first-come within a priority', async () => {
    const { admin, typeId, ask, request } = await fleet();
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    let current = (await ask('urgent')).body.assignment.id;
    const queued = [];
    for (let i = 0; i < 4; i += 1) queued.push((await ask('urgent')).body.request.id);
    for (const id of queued) {
      await completeAssignment(admin, current);
      const detail = await request(id);
      expect(detail.request.status).toBe('dispatched');
      for (const later of queued.slice(queued.indexOf(id) + 1))
        expect((await request(later)).request.status).toBe('queued');
      current = detail.assignment.id;
    }
  });

  it('does not let a request that cannot be served (region mismatch) block the line', async () => {
    const { admin, typeId, ask, request, north } = await fleet();
    await createEquipment(admin, { typeId, region: 'north' });
    await createDriver(admin, { typeIds: [typeId], region: 'north' });
    const busy = await ask('standard');
    const southOnly = (await ask('urgent', { region: 'south', workOrderId: north.id })).body.request.id;
    const anywhere = (await ask('standard')).body.request.id;
    await completeAssignment(admin, busy.body.assignment.id);
    expect((await request(anywhere)).request.status).toBe('dispatched');
    const blocked = await request(southOnly);
    expect(blocked).toMatchObject({ request: { status: 'queued' }, queuePosition: 1 });
    // It keeps its place and is served as soon as capacity of its region appears.
    await createEquipment(admin, { typeId, region: 'south' });
    await createDriver(admin, { typeIds: [typeId], region: 'south' });
    expect((await request(southOnly)).request.status).toBe('dispatched');
  });

  it('does not count an expired qualification', async () => {
    const { admin, typeId, ask } = await fleet();
    await createEquipment(admin, { typeId });
    const expired = await createDriver(admin, {
      typeIds: [typeId],
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    const response = await ask('standard');
    expect(response.status).toBe(202);
    const decision = (await admin.get(`/api/dispatch/requests/${response.body.request.id}/decisions`)).body
      .items[0];
    expect(decision.drivers.find((item: Json) => item.id === expired.id).reasons[0]).toContain(
      'qualification expired',
    );
    // Renewing it is gaining a qualification: capacity, so the queue is served.
    const renewed = await admin.patch(`/api/drivers/${expired.id}`, {
      qualifications: [{ equipmentTypeId: typeId, expiresAt: '2099-01-01T00:00:00Z' }],
    });
    expect(renewed.body.activeAssignmentId).toEqual(expect.any(String));
  });

  it('serves the head when an assignment completes, freeing the unit and the driver', async () => {
    const { admin, typeId, ask, request } = await fleet();
    const unit = await createEquipment(admin, { typeId });
    const driver = await createDriver(admin, { typeIds: [typeId] });
    const first = await ask('standard');
    const second = (await ask('standard')).body.request.id;
    await completeAssignment(admin, first.body.assignment.id);
    const done = await admin.get(`/api/dispatch/assignments/${first.body.assignment.id}`);
    expect(done.body).toMatchObject({
      status: 'completed',
      completedAt: expect.any(String),
      onSiteAt: expect.any(String),
    });
    const next = await request(second);
    expect(next.assignment).toMatchObject({
      equipmentId: unit.id,
      driverId: driver.id,
      status: 'dispatched',
    });
    const decision = (await admin.get(`/api/dispatch/requests/${second}/decisions`)).body.items.at(-1);
    expect(decision.trigger).toBe(`assignment ${first.body.assignment.id} completed`);
  });

  it('returns a unit marked for maintenance to maintenance, not to the queue', async () => {
    const { admin, typeId, ask, request } = await fleet();
    const unit = await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    const first = await ask('standard');
    const marked = await admin.patch(`/api/equipment/${unit.id}`, { status: 'maintenance' });
    expect(marked.body).toMatchObject({ status: 'dispatched', maintenanceRequested: true });
    expect((await admin.patch(`/api/equipment/${unit.id}`, { status: 'retired' })).status).toBe(409);
    const waiting = (await ask('standard')).body.request.id;
    await completeAssignment(admin, first.body.assignment.id);
    expect((await admin.get(`/api/equipment/${unit.id}`)).body).toMatchObject({
      status: 'maintenance',
      maintenanceRequested: false,
    });
    expect((await request(waiting)).request.status).toBe('queued');
  });

  it('serves the head when equipment returns from maintenance', async () => {
    const { admin, typeId, ask, request } = await fleet();
    const unit = await createEquipment(admin, { typeId, status: 'maintenance' });
    await createDriver(admin, { typeIds: [typeId] });
    const waiting = await ask('standard');
    expect(waiting.status).toBe(202);
    await admin.patch(`/api/equipment/${unit.id}`, { status: 'available' });
    const served = await request(waiting.body.request.id);
    expect(served.assignment.equipmentId).toBe(unit.id);
    const decision = (
      await admin.get(`/api/dispatch/requests/${waiting.body.request.id}/decisions`)
    ).body.items.at(-1);
    expect(decision.trigger).toContain('back from maintenance');
  });

  it('serves the queue when equipment is added, a driver comes on shift, or a driver gains a qualification', async () => {
    const { admin, typeId, ask, request } = await fleet();
    const otherType = await createType(admin);
    const onShiftLater = await createDriver(admin, { typeIds: [typeId], shiftStatus: 'off_shift' });
    const unqualified = await createDriver(admin, { typeIds: [otherType] });
    const [a, b, c] = [
      (await ask('standard')).body.request.id,
      (await ask('standard')).body.request.id,
      (await ask('standard')).body.request.id,
    ];
    await createEquipment(admin, { typeId }); // no driver yet: still queued
    expect((await request(a)).request.status).toBe('queued');
    await admin.patch(`/api/drivers/${onShiftLater.id}`, { shiftStatus: 'on_shift' });
    expect((await request(a)).request.status).toBe('dispatched');
    await createEquipment(admin, { typeId });
    await admin.patch(`/api/drivers/${unqualified.id}`, { qualifications: [{ equipmentTypeId: typeId }] });
    expect((await request(b)).request.status).toBe('dispatched');
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] }); // a new on-shift driver is capacity too
    expect((await request(c)).request.status).toBe('dispatched');
  });

  it('frees the unit and driver when an assignment is cancelled, and serves the queue', async () => {
    const { admin, typeId, ask, request } = await fleet();
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    const first = await ask('standard');
    const waiting = (await ask('standard')).body.request.id;
    const cancelled = await admin.post(`/api/dispatch/assignments/${first.body.assignment.id}/status`, {
      status: 'cancelled',
      note: 'site closed',
    });
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      note: 'site closed',
      cancelledAt: expect.any(String),
    });
    expect((await request(waiting)).request.status).toBe('dispatched');
    // The cancelled one stays fulfilled once: its request is not queued again.
    expect((await request(first.body.request.id)).request.status).toBe('dispatched');
  });

  it('removes a cancelled queued request from the queue, and refuses to cancel one already dispatched', async () => {
    const { admin, typeId, ask, redisOrder, queue } = await fleet();
    const first = (await ask('standard')).body.request.id;
    const second = (await ask('standard')).body.request.id;
    await settle();
    expect(await redisOrder()).toEqual([first, second]);
    const cancelled = await admin.delete(`/api/dispatch/requests/${first}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(String) });
    expect(await redisOrder()).toEqual([second]);
    expect((await queue()).items.map((item: Json) => [item.request.id, item.position])).toEqual([
      [second, 1],
    ]);
    expect((await admin.delete(`/api/dispatch/requests/${first}`)).status).toBe(409);
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    expect((await admin.delete(`/api/dispatch/requests/${second}`)).status).toBe(409);
  });

  it('replays the first answer for the same Idempotency-Key and body, creating nothing new', async () => {
    const { admin, typeId, north } = await fleet();
    const body = { workOrderId: north.id, equipmentTypeId: typeId, priority: 'standard' as const };
    const queued = await requestDispatch(admin, body, 'replay-queued');
    const again = await requestDispatch(admin, body, 'replay-queued');
    expect(again.status).toBe(202);
    expect(again.body).toEqual(queued.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] }); // serves the queued one
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    const dispatched = await requestDispatch(admin, body, 'replay-dispatched');
    expect(dispatched.status).toBe(201);
    const replays = await Promise.all(
      Array.from({ length: 5 }, () => requestDispatch(admin, body, 'replay-dispatched')),
    );
    expect(replays.map((item) => item.status)).toEqual([201, 201, 201, 201, 201]);
    for (const replay of replays) expect(replay.body).toEqual(dispatched.body);
    const all = await admin.get(`/api/dispatch/requests?workOrderId=${north.id}`);
    expect(all.body.items).toHaveLength(2);
  });

  it('creates one request when the same key is sent concurrently', async () => {
    const { admin, typeId, north } = await fleet();
    const body = { workOrderId: north.id, equipmentTypeId: typeId, priority: 'urgent' as const };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => requestDispatch(admin, body, 'burst')),
    );
    expect(new Set(responses.map((item) => item.status))).toEqual(new Set([202]));
    expect(new Set(responses.map((item) => item.body.request.id)).size).toBe(1);
    expect((await admin.get('/api/dispatch/requests')).body.items).toHaveLength(1);
  });

  it('rejects the same Idempotency-Key with a different body (422)', async () => {
    const { admin, typeId, north, south } = await fleet();
    const first = await requestDispatch(
      admin,
      { workOrderId: north.id, equipmentTypeId: typeId, priority: 'standard' },
      'reused',
    );
    expect(first.status).toBe(202);
    const different = await requestDispatch(
      admin,
      { workOrderId: south.id, equipmentTypeId: typeId, priority: 'standard' },
      'reused',
    );
    expect(different.status).toBe(422);
    expect(different.body.type).toContain('idempotency-key-reused');
    const urgent = await requestDispatch(
      admin,
      { workOrderId: north.id, equipmentTypeId: typeId, priority: 'urgent' },
      'reused',
    );
    expect(urgent.status).toBe(422);
    expect((await admin.get('/api/dispatch/requests')).body.items).toHaveLength(1);
    const missingKey = await admin.post('/api/dispatch/requests', {
      workOrderId: north.id,
      equipmentTypeId: typeId,
      priority: 'standard',
    });
    expect(missingKey.status).toBe(400);
  });

  it('shows each queued request its position and an estimated wait from recent completions', async () => {
    const { admin, typeId, ask, queue } = await fleet();
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    const first = await ask('standard');
    const second = (await ask('standard')).body.request.id;
    await completeAssignment(admin, first.body.assignment.id); // one completion: history exists
    const third = (await ask('standard')).body.request.id;
    const fourth = (await ask('urgent')).body.request.id;
    const view = await queue();
    expect(view.items.map((item: Json) => [item.request.id, item.position])).toEqual([
      [fourth, 1],
      [third, 2],
    ]);
    expect(view.averageCompletionSeconds).toEqual(expect.any(Number));
    expect(view.unitsInService).toBe(1);
    expect(view.items[1].estimatedWaitSeconds).toBeGreaterThanOrEqual(view.items[0].estimatedWaitSeconds);
    expect(second).toBeDefined();
  });
});
