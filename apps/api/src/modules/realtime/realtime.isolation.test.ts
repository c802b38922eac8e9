import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import {
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  tenantClient,
} from '#src/test/fleet-fixtures';
import { TestClient, sleep, startReplica, tenantUrl, waitFor } from '#src/test/realtime-support';

const ctx = useApiHarness();
let replicaA: Awaited<ReturnType<typeof startReplica>>;
let replicaB: Awaited<ReturnType<typeof startReplica>>;
let acme: TestTenant;
let globex: TestTenant;
const clients: TestClient[] = [];

beforeAll(async () => {
  [replicaA, replicaB] = await Promise.all([startReplica(ctx.config), startReplica(ctx.config)]);
  [acme, globex] = await Promise.all([ctx.createTenant('rt-acme'), ctx.createTenant('rt-globex')]);
});

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.allSettled([replicaA?.shutdown(), replicaB?.shutdown()]);
});

/** Connects to replica A or B (alternating), waits for `ready`. */
async function follow(
  tenant: TestTenant,
  roles: string[],
  claims: Record<string, unknown> = {},
  port = replicaA.port,
) {
  const client = new TestClient(tenantUrl(tenant.host, port), { token: await tenant.token(roles, claims) });
  clients.push(client);
  await client.ready();
  return client;
}

const names = (client: TestClient) => client.events.map((event) => (event.payload as { name: string }).name);

describe('realtime isolation', () => {
  it('routes each event exactly: tenants never mix, regions see their own, drivers only theirs', async () => {
    const admin = await tenantClient({ ...ctx, app: replicaB.app }, acme, ['dispatch-admin']);
    const typeId = await createType(admin);
    const driverX = await createDriver(admin, { typeIds: [typeId], region: 'north', userSub: 'rt-driver-x' });
    const driverY = await createDriver(admin, { typeIds: [typeId], region: 'north', userSub: 'rt-driver-y' });

    const acmeAdmin = await follow(acme, ['dispatch-admin']);
    const acmeNorth = await follow(acme, ['dispatch-dispatcher'], { region: 'north' }, replicaB.port);
    const acmeSouthViewer = await follow(acme, ['dispatch-viewer'], { region: 'south' });
    const acmeDriverX = await follow(acme, ['dispatch-driver'], { sub: 'rt-driver-x' }, replicaB.port);
    const acmeDriverY = await follow(acme, ['dispatch-driver'], { sub: 'rt-driver-y' });
    const globexAdmin = await follow(globex, ['dispatch-admin'], {}, replicaB.port);
    // An Acme admin who tries every way of asking for Globex's rooms: there is nothing to ask.
    const intruder = await follow(acme, ['dispatch-admin']);
    for (const room of [
      `tenant:${globex.row.id}`,
      `tenant:${globex.row.id}:all`,
      `tenant:${globex.row.id}:region:north`,
    ]) {
      intruder.socket.emit('join', room);
      intruder.socket.emit('subscribe', { room });
      intruder.socket.emit('joinRoom', room);
    }
    await sleep(100);

    // Publishers on both replicas; the audience decides, nothing else.
    await replicaA.app.realtime.publish(acme.row.id, [
      { type: 'workorder.updated', payload: { name: 'north-wo' }, audience: { region: 'north' } },
      { type: 'workorder.updated', payload: { name: 'south-wo' }, audience: { region: 'south' } },
    ]);
    await replicaB.app.realtime.publish(acme.row.id, [
      {
        type: 'assignment.updated',
        payload: { name: 'x-assignment' },
        audience: { regions: ['north', 'south'], driverId: driverX.id },
      },
      {
        type: 'driver.updated',
        payload: { name: 'y-driver' },
        audience: { region: 'north', driverId: driverY.id },
      },
      { type: 'queue.updated', payload: { name: 'tenant-wide' } },
    ]);
    await replicaA.app.realtime.publish(globex.row.id, [
      { type: 'workorder.updated', payload: { name: 'globex-north' }, audience: { region: 'north' } },
    ]);

    await waitFor(
      () => acmeAdmin.events.length === 5 && intruder.events.length === 5 && globexAdmin.events.length === 1,
    );
    await sleep(200);
    expect(names(acmeAdmin)).toEqual(['north-wo', 'south-wo', 'x-assignment', 'y-driver', 'tenant-wide']);
    expect(names(intruder)).toEqual(names(acmeAdmin));
    expect(names(acmeNorth)).toEqual(['north-wo', 'x-assignment', 'y-driver']);
    expect(names(acmeSouthViewer)).toEqual(['south-wo', 'x-assignment']);
    expect(names(acmeDriverX)).toEqual(['x-assignment']);
    expect(names(acmeDriverY)).toEqual(['y-driver']);
    expect(names(globexAdmin)).toEqual(['globex-north']);

    // Sequence numbers are the tenant's; a filtered feed links each event to its previous one, so gaps show.
    expect(acmeAdmin.seqs()).toEqual([1, 2, 3, 4, 5].map((n) => acmeAdmin.readies[0]!.seq + n));
    for (const client of [acmeNorth, acmeSouthViewer, acmeDriverX]) {
      expect(client.events[0]!.prev).toBeLessThanOrEqual(client.readies[0]!.seq);
      expect(client.events.slice(1).map((event) => event.prev)).toEqual(
        client.events.slice(0, -1).map((event) => event.seq),
      );
    }
  });

  it('pushes a dispatch committed on replica B to its driver and its region on replica A, and nowhere else', async () => {
    const tenant = await ctx.createTenant('rt-dispatch');
    const admin = await tenantClient({ ...ctx, app: replicaB.app }, tenant, ['dispatch-admin']);
    const typeId = await createType(admin);
    const order = await createWorkOrder(admin, { region: 'north' });
    await createEquipment(admin, { typeId, region: 'north' });
    await createDriver(admin, { typeIds: [typeId], region: 'north', userSub: 'rt-dispatch-driver' });
    await createDriver(admin, { typeIds: [], region: 'north', userSub: 'rt-idle-driver' });

    const driver = await follow(tenant, ['dispatch-driver'], { sub: 'rt-dispatch-driver' });
    const idleDriver = await follow(tenant, ['dispatch-driver'], { sub: 'rt-idle-driver' });
    const north = await follow(tenant, ['dispatch-dispatcher'], { region: 'north' });
    const south = await follow(tenant, ['dispatch-dispatcher'], { region: 'south' });

    const response = await requestDispatch(admin, {
      workOrderId: order.id,
      equipmentTypeId: typeId,
      priority: 'urgent',
    });
    expect(response.status).toBe(201);
    const assignmentId = response.body.assignment.id as string;

    const gotAssignment = (client: TestClient) =>
      client.events.some(
        (event) =>
          event.type === 'assignment.updated' && (event.payload as { id: string }).id === assignmentId,
      );
    await waitFor(() => gotAssignment(driver) && gotAssignment(north));
    await sleep(200);
    expect(new Set(driver.events.map((event) => event.type))).toEqual(
      new Set(['assignment.updated', 'driver.updated']),
    );
    expect(north.events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['request.updated', 'equipment.updated']),
    );
    expect(idleDriver.events).toEqual([]);
    expect(south.events).toEqual([]);
  });

  it('refuses a token of one tenant at another tenant’s address', async () => {
    const client = new TestClient(tenantUrl(acme.host, replicaA.port), {
      token: await globex.token(['dispatch-admin']),
    });
    clients.push(client);
    expect(await client.refused()).toMatchObject({ status: 401, type: 'token-wrong-issuer' });
  });

  it('refuses a driver whose account is linked to no driver, and users without a role', async () => {
    const unlinked = new TestClient(tenantUrl(acme.host, replicaA.port), {
      token: await acme.token(['dispatch-driver'], { sub: 'rt-nobody' }),
    });
    const roleless = new TestClient(tenantUrl(acme.host, replicaA.port), {
      token: await acme.token(['something-else']),
    });
    clients.push(unlinked, roleless);
    expect(await unlinked.refused()).toMatchObject({ status: 403, type: 'driver-not-linked' });
    expect(await roleless.refused()).toMatchObject({ status: 403, type: 'role-required' });
  });
});
