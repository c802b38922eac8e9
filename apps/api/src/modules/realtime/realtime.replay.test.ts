import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import type { RealtimeEvent } from './realtime.events';
import { TestClient, consecutive, sleep, startReplica, tenantUrl, waitFor } from '#src/test/realtime-support';

const ctx = useApiHarness();
let replicaA: Awaited<ReturnType<typeof startReplica>>;
let replicaB: Awaited<ReturnType<typeof startReplica>>;
const clients: TestClient[] = [];

beforeAll(async () => {
  [replicaA, replicaB] = await Promise.all([startReplica(ctx.config), startReplica(ctx.config)]);
});

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.allSettled([replicaA?.shutdown(), replicaB?.shutdown()]);
});

const event = (n: number, region = 'north'): RealtimeEvent => ({
  type: 'workorder.updated',
  payload: { n },
  audience: { region },
});

async function connect(
  tenant: TestTenant,
  port: number,
  options: {
    roles?: string[];
    claims?: Record<string, unknown>;
    lastSeq?: number;
    epoch?: string | null;
  } = {},
) {
  const token = await tenant.token(options.roles ?? ['dispatch-admin'], options.claims);
  const client = new TestClient(tenantUrl(tenant.host, port), {
    token,
    lastSeq: options.lastSeq,
    epoch: options.epoch,
  });
  clients.push(client);
  await client.ready();
  return client;
}

/** Connects, then disconnects: returns the position and epoch a returning client would hold. */
async function leave(
  tenant: TestTenant,
  options: { roles?: string[]; claims?: Record<string, unknown> } = {},
) {
  const client = await connect(tenant, replicaA.port, options);
  client.close();
  return { lastSeq: client.lastSeq!, epoch: client.epoch! };
}

describe('realtime replay', () => {
  it('replays what a returning client missed, in order, before anything live', async () => {
    const tenant = await ctx.createTenant('rt-replay');
    await replicaA.app.realtime.publish(tenant.row.id, [event(0)]);
    const position = await leave(tenant);

    // While it is away: ten events, published on both replicas.
    for (let n = 1; n <= 10; n += 1) {
      await (n % 2 ? replicaA : replicaB).app.realtime.publish(tenant.row.id, [event(n)]);
    }
    // It comes back on the other replica while events keep coming.
    const live = (async () => {
      for (let n = 11; n <= 30; n += 1) await replicaA.app.realtime.publish(tenant.row.id, [event(n)]);
    })();
    const back = await connect(tenant, replicaB.port, position);
    await live;
    await waitFor(() => back.lastSeq === position.lastSeq + 30);

    expect(back.resyncs).toEqual([]);
    expect(back.readies[0]!.replayed).toBeGreaterThanOrEqual(10);
    expect(consecutive(back.seqs(), position.lastSeq)).toBe(true);
    expect(back.events.map((e) => (e.payload as { n: number }).n)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
  });

  it('replays to a region-limited client only its region’s events', async () => {
    const tenant = await ctx.createTenant('rt-replay-region');
    const position = await leave(tenant, { roles: ['dispatch-dispatcher'], claims: { region: 'south' } });
    await replicaA.app.realtime.publish(tenant.row.id, [
      event(1, 'north'),
      event(2, 'south'),
      event(3, 'north'),
      event(4, 'south'),
    ]);

    const back = await connect(tenant, replicaB.port, {
      roles: ['dispatch-dispatcher'],
      claims: { region: 'south' },
      ...position,
    });
    expect(back.readies[0]!.replayed).toBe(2);
    expect(back.events.map((e) => (e.payload as { n: number }).n)).toEqual([2, 4]);
    expect(back.events[0]!.prev).toBeLessThanOrEqual(position.lastSeq);
    expect(back.events[1]!.prev).toBe(back.events[0]!.seq);
    expect(back.readies[0]!.seq).toBe(position.lastSeq + 4);
  });

  it('tells a client to refetch when the backlog no longer reaches back to it', async () => {
    const tenant = await ctx.createTenant('rt-replay-gone');
    await replicaA.app.realtime.publish(tenant.row.id, [event(-1)]);
    const position = await leave(tenant);
    const southPosition = await leave(tenant, { roles: ['dispatch-viewer'], claims: { region: 'south' } });
    // More than the backlog keeps (1,000, trimmed in whole stream nodes), all in the north.
    const burst = Array.from({ length: 1300 }, (_, n) => event(n));
    for (let i = 0; i < burst.length; i += 100)
      await replicaA.app.realtime.publish(tenant.row.id, burst.slice(i, i + 100));

    const back = await connect(tenant, replicaB.port, position);
    expect(back.resyncs).toEqual([
      { epoch: position.epoch, seq: position.lastSeq + 1300, reason: 'backlog-exceeded' },
    ]);
    expect(back.events).toEqual([]);
    expect(back.readies[0]).toMatchObject({ seq: position.lastSeq + 1300, replayed: 0 });

    // A south viewer missed nothing of its own feed: the trimmed events were all north, and the links show it.
    const south = await connect(tenant, replicaB.port, {
      roles: ['dispatch-viewer'],
      claims: { region: 'south' },
      ...southPosition,
    });
    expect(south.resyncs).toEqual([]);
    expect(south.readies[0]).toMatchObject({ replayed: 0, seq: position.lastSeq + 1300 });

    // Live events keep flowing after a resync.
    await replicaA.app.realtime.publish(tenant.row.id, [event(9999)]);
    await waitFor(() => back.events.length === 1 && south.events.length === 0);
    expect(back.events[0]!.seq).toBe(position.lastSeq + 1301);
  });

  it('tells a client to refetch when its position belongs to another epoch or does not exist', async () => {
    const tenant = await ctx.createTenant('rt-replay-epoch');
    await replicaA.app.realtime.publish(tenant.row.id, [event(1)]);
    const stale = await connect(tenant, replicaA.port, { lastSeq: 1, epoch: 'an-epoch-redis-forgot' });
    expect(stale.resyncs).toMatchObject([{ reason: 'epoch-changed' }]);
    const ahead = await connect(tenant, replicaB.port, { lastSeq: 500 });
    expect(ahead.resyncs).toMatchObject([{ reason: 'unknown-position', seq: 1 }]);
  });

  it('starts a new epoch when Redis lost the tenant’s events, and connected clients resync', async () => {
    const tenant = await ctx.createTenant('rt-replay-lost');
    await replicaA.app.realtime.publish(tenant.row.id, [event(1), event(2)]);
    const client = await connect(tenant, replicaB.port);
    const before = client.epoch;
    // What a Redis without persistence does on restart, for this tenant's keys.
    const keys = await ctx.app.redis.keys(`dispatch:{t:${tenant.row.id}}:events*`);
    await ctx.app.redis.del(...keys);
    await replicaA.app.realtime.publish(tenant.row.id, [event(3)]);

    await waitFor(() => client.resyncs.length === 1 && client.events.length === 1);
    expect(client.resyncs[0]!.reason).toBe('epoch-changed');
    expect(client.resyncs[0]!.epoch).not.toBe(before);
    expect(client.events[0]).toMatchObject({ seq: 1, payload: { n: 3 } });
  });

  it('fills a hole left by a lost pub/sub message from the backlog, so clients still see every event in order', async () => {
    const tenant = await ctx.createTenant('rt-replay-hole');
    const client = await connect(tenant, replicaB.port);
    const start = client.readies[0]!.seq;
    await replicaA.app.realtime.publish(tenant.row.id, [event(1)]);
    await waitFor(() => client.events.length === 1);

    // Cut replica B's subscriber connection; publish while it reconnects; then more after.
    const list = String(await ctx.app.redis.client('LIST'));
    const line = list
      .split('\n')
      .find((entry) => entry.includes(`name=${replicaB.app.realtime.subscriberName} `));
    await ctx.app.redis.client('KILL', 'ID', /^id=(\d+)/.exec(line!)![1]!);
    for (let n = 2; n <= 6; n += 1) await replicaA.app.realtime.publish(tenant.row.id, [event(n)]);
    await sleep(300);
    for (let n = 7; n <= 9; n += 1) await replicaA.app.realtime.publish(tenant.row.id, [event(n)]);

    await waitFor(() => client.events.length === 9);
    expect(consecutive(client.seqs(), start)).toBe(true);
    expect(client.resyncs).toEqual([]);
    expect(client.disconnects).toEqual([]);
  });
});
