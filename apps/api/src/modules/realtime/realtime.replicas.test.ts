import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import { createType, tenantClient } from '#src/test/fleet-fixtures';
import { realtimeKeys, type RealtimeEvent } from './realtime.events';
import {
  TestClient,
  consecutive,
  httpJson,
  startBalancer,
  startReplica,
  tenantUrl,
  waitFor,
} from '#src/test/realtime-support';

const ctx = useApiHarness();
let replicaA: Awaited<ReturnType<typeof startReplica>>;
let replicaB: Awaited<ReturnType<typeof startReplica>>;
let tenant: TestTenant;
const clients: TestClient[] = [];

const connect = (url: string, options: ConstructorParameters<typeof TestClient>[1]) => {
  const client = new TestClient(url, options);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  [replicaA, replicaB] = await Promise.all([startReplica(ctx.config), startReplica(ctx.config)]);
  tenant = await ctx.createTenant('rt-replicas');
});

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.allSettled([replicaA?.shutdown(), replicaB?.shutdown()]);
});

const equipmentEvent = (n: number): RealtimeEvent => ({
  type: 'equipment.updated',
  payload: { n },
  audience: { region: 'north' },
});

describe('realtime across replicas', () => {
  it('delivers to a client on replica A, in order and with consecutive sequence numbers, what replica B publishes', async () => {
    const client = connect(tenantUrl(tenant.host, replicaA.port), {
      token: await tenant.token(['dispatch-admin']),
    });
    await client.ready();
    const start = client.readies[0]!.seq;

    // Ten transactions of five events each, committed concurrently on B, and some on A at the same time.
    await Promise.all([
      ...Array.from({ length: 10 }, (_, batch) =>
        replicaB.app.realtime.publish(
          tenant.row.id,
          Array.from({ length: 5 }, (_, i) => equipmentEvent(batch * 5 + i)),
        ),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        replicaA.app.realtime.publish(tenant.row.id, [equipmentEvent(100 + i)]),
      ),
    ]);

    await waitFor(() => client.events.length >= 60);
    expect(client.events).toHaveLength(60);
    expect(consecutive(client.seqs(), start)).toBe(true);
    // Within one transaction, its events stay together and in the order emitted.
    for (let batch = 0; batch < 10; batch += 1) {
      const positions = client.events
        .map((event, index) => ({ n: (event.payload as { n: number }).n, index }))
        .filter(({ n }) => n >= batch * 5 && n < batch * 5 + 5);
      expect(positions.map(({ n }) => n)).toEqual([0, 1, 2, 3, 4].map((i) => batch * 5 + i));
      expect(positions.at(-1)!.index - positions[0]!.index).toBe(4);
    }
    for (const event of client.events) {
      expect(event.type).toBe('equipment.updated');
      expect(Date.parse(event.committedAt)).not.toBeNaN();
    }
  });

  it('pushes what a real route commits on replica B to a dispatcher connected to replica A', async () => {
    const admin = await tenantClient({ ...ctx, app: replicaB.app }, tenant, ['dispatch-admin']);
    const typeId = await createType(admin);
    const client = connect(tenantUrl(tenant.host, replicaA.port), {
      token: await tenant.token(['dispatch-dispatcher']),
    });
    await client.ready();

    const created = await httpJson(replicaB.port, {
      method: 'POST',
      path: '/api/equipment',
      host: tenant.host,
      token: admin.token,
      body: { identifier: 'RT-EX-1', typeId, region: 'north' },
    });
    expect(created.status).toBe(201);
    const equipment = created.body as { id: string; identifier: string };

    await waitFor(() => client.events.some((event) => event.type === 'equipment.updated'));
    const event = client.events.find((candidate) => candidate.type === 'equipment.updated')!;
    expect(event.payload).toMatchObject({ id: equipment.id, identifier: 'RT-EX-1', region: 'north' });
    expect(event.seq).toBe(client.readies[0]!.seq + 1);
  });

  it('serves long-polling too (one replica, so no stickiness is needed)', async () => {
    const client = connect(tenantUrl(tenant.host, replicaA.port), {
      token: await tenant.token(['dispatch-viewer']),
      transports: ['polling'],
    });
    await client.ready();
    expect(client.socket.io.engine.transport.name).toBe('polling');
    await replicaB.app.realtime.publish(tenant.row.id, [equipmentEvent(1), equipmentEvent(2)]);
    await waitFor(() => client.events.length === 2);
    expect(consecutive(client.seqs(), client.readies[0]!.seq)).toBe(true);
  });

  it('moves clients to the other replica when one shuts down, and they miss nothing', async () => {
    const extra = await startReplica(ctx.config);
    const balancer = await startBalancer(() => [extra.port, replicaB.port]);
    try {
      const token = await tenant.token(['dispatch-admin']);
      const moving = Array.from({ length: 6 }, () =>
        connect(tenantUrl(tenant.host, balancer.port), { token, reconnection: true }),
      );
      await Promise.all(moving.map((client) => client.ready()));
      const onExtra = extra.app.realtime.localConnections();
      expect(onExtra).toBe(3);

      let publishing = true;
      let published = 0;
      const publisher = (async () => {
        while (publishing) {
          await replicaA.app.realtime.publish(tenant.row.id, [equipmentEvent(published++)]);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const closedAt = Date.now();
      await extra.shutdown();
      const moved = () => moving.filter((client) => client.disconnects.length > 0);
      await waitFor(
        () => moved().length === 3 && moved().every((client) => client.readies.length === 2),
        8000,
      );
      // Each reconnected through the balancer to the remaining replica, well within 5 s.
      expect(Math.max(...moved().map((client) => client.readies[1]!.at - closedAt))).toBeLessThan(5000);
      expect(moved().every((client) => client.disconnects[0]!.reason === 'transport close')).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 200));
      publishing = false;
      await publisher;
      const last = (await ctx.app.redis.hget(`dispatch:{t:${tenant.row.id}}:events:meta`, 'seq'))!;
      await waitFor(() => moving.every((client) => client.lastSeq === Number(last)));
      for (const client of moving) {
        expect(client.resyncs).toEqual([]);
        expect(consecutive(client.seqs(), client.readies[0]!.seq)).toBe(true);
      }
    } finally {
      await balancer.close();
      await extra.shutdown();
    }
  });

  it('subscribes to a tenant’s channel only while it has sockets of that tenant', async () => {
    const quiet = await ctx.createTenant('rt-replicas-quiet');
    const channel = `dispatch:{t:${quiet.row.id}}:events`;
    const subscribers = async () =>
      Number(((await ctx.app.redis.call('PUBSUB', 'SHARDNUMSUB', channel)) as unknown[])[1]);
    /** Replicas unsubscribe when a socket's disconnect reaches them: poll briefly. */
    const settled = async (expected: number) => {
      for (let attempt = 0; attempt < 100 && (await subscribers()) !== expected; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return subscribers();
    };
    expect(await subscribers()).toBe(0);
    const token = await quiet.token(['dispatch-admin']);
    const sockets = [replicaA, replicaA, replicaB].map((replica) =>
      connect(tenantUrl(quiet.host, replica.port), { token }),
    );
    await Promise.all(sockets.map((socket) => socket.ready()));
    expect(await settled(2)).toBe(2);
    sockets[0]!.close();
    sockets[2]!.close();
    expect(await settled(1)).toBe(1);
    sockets[1]!.close();
    expect(await settled(0)).toBe(0);
  });

  it('leaves the tenants’ channels to the subscriber’s quit when it shuts down, instead of unsubscribing each', async () => {
    const replica = await startReplica(ctx.config);
    const other = await ctx.createTenant('rt-replicas-shutdown');
    const sockets = [tenant, other, other].map(async (each) =>
      connect(tenantUrl(each.host, replica.port), { token: await each.token(['dispatch-admin']) }),
    );
    await Promise.all((await Promise.all(sockets)).map((socket) => socket.ready()));
    const monitor = await ctx.app.redis.monitor();
    const unsubscribed: string[] = [];
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (args[0]?.toLowerCase() === 'sunsubscribe') unsubscribed.push(...args.slice(1));
    });
    try {
      await replica.shutdown();
      // What the replica sent last has reached the monitor once a command sent after it has.
      await ctx.app.redis.ping();
    } finally {
      monitor.disconnect();
    }
    // Unsubscribing one by one raced the quit: each tenant's SUNSUBSCRIBE failed as the connection closed.
    const ours = [tenant, other].map((each) => realtimeKeys(each.row.id).channel);
    expect(unsubscribed.filter((channel) => ours.includes(channel))).toEqual([]);
  });

  it('counts connections and published events in the metrics', async () => {
    const before = (await replicaA.app.metrics.realtimeConnections.get()).values[0]?.value ?? 0;
    const client = connect(tenantUrl(tenant.host, replicaA.port), {
      token: await tenant.token(['dispatch-admin']),
    });
    await client.ready();
    expect((await replicaA.app.metrics.realtimeConnections.get()).values[0]?.value).toBe(before + 1);
    await replicaA.app.realtime.publish(tenant.row.id, [
      { type: 'queue.updated', payload: {} },
      { type: 'queue.updated', payload: {} },
    ]);
    const body = await (await fetch(replicaA.metricsUrl)).text();
    expect(body).toMatch(/realtime_events_total\{event="queue.updated"\} 2/);
    expect(body).toContain('realtime_connections');
    client.close();
    await waitFor(() => replicaA.app.realtime.localConnections() === before);
    expect((await replicaA.app.metrics.realtimeConnections.get()).values[0]?.value).toBe(before);
  });
});
