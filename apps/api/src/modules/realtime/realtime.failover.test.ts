import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import { createType, tenantClient } from '#src/test/fleet-fixtures';
import {
  TestClient,
  consecutive,
  httpJson,
  sleep,
  spawnReplica,
  startBalancer,
  tenantUrl,
  waitFor,
  type ReplicaProcess,
} from '#src/test/realtime-support';

const ctx = useApiHarness();
let tenant: TestTenant;
let processA: ReplicaProcess;
let processB: ReplicaProcess;
const clients: TestClient[] = [];

beforeAll(async () => {
  tenant = await ctx.createTenant('rt-failover');
  [processA, processB] = await Promise.all([spawnReplica(ctx.config), spawnReplica(ctx.config)]);
}, 120_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.allSettled([processA?.stop(), processB?.stop()]);
});

describe('realtime across API processes', () => {
  it('delivers to a client of process A what a request handled by process B commits', async () => {
    const admin = await tenantClient(ctx, tenant, ['dispatch-admin']);
    const typeId = await createType(admin);
    const client = new TestClient(tenantUrl(tenant.host, processA.port), {
      token: await tenant.token(['dispatch-dispatcher']),
    });
    clients.push(client);
    await client.ready();

    for (const identifier of ['RT-P-1', 'RT-P-2', 'RT-P-3']) {
      const created = await httpJson(processB.port, {
        method: 'POST',
        path: '/api/equipment',
        host: tenant.host,
        token: admin.token,
        body: { identifier, typeId, region: 'north' },
      });
      expect(created.status).toBe(201);
    }
    await waitFor(() => client.events.length === 3);
    expect(client.events.map((event) => (event.payload as { identifier: string }).identifier)).toEqual([
      'RT-P-1',
      'RT-P-2',
      'RT-P-3',
    ]);
    expect(consecutive(client.seqs(), client.readies[0]!.seq)).toBe(true);
  });

  it('moves the clients of a killed process to the other within 5 s, and they miss nothing', async () => {
    const balancer = await startBalancer(() => [processA.port, processB.port]);
    try {
      const token = await tenant.token(['dispatch-admin']);
      const fleet = Array.from({ length: 20 }, () => {
        const client = new TestClient(tenantUrl(tenant.host, balancer.port), { token, reconnection: true });
        clients.push(client);
        return client;
      });
      await Promise.all(fleet.map((client) => client.ready()));

      // Events keep committing elsewhere (this test process is a third instance) while A dies.
      let publishing = true;
      let n = 0;
      const publisher = (async () => {
        while (publishing) {
          await ctx.app.realtime.publish(tenant.row.id, [
            { type: 'equipment.updated', payload: { n: n++ }, audience: { region: 'north' } },
          ]);
          await sleep(10);
        }
      })();
      await sleep(300);
      const killedAt = Date.now();
      processA.kill();
      const cut = () => fleet.filter((client) => client.disconnects.length > 0);
      await waitFor(() => cut().length > 0 && cut().every((client) => client.readies.length >= 2), 10_000);
      await sleep(300);
      publishing = false;
      await publisher;

      const head = Number(await ctx.app.redis.hget(`dispatch:{t:${tenant.row.id}}:events:meta`, 'seq'));
      await waitFor(() => fleet.every((client) => client.lastSeq === head), 5000);
      expect(cut().length).toBeGreaterThanOrEqual(9);
      for (const client of cut()) {
        expect(client.disconnects[0]!.reason).toBe('transport close');
        expect(client.readies[1]!.at - killedAt).toBeLessThan(5000);
      }
      for (const client of fleet) {
        expect(client.resyncs).toEqual([]);
        expect(consecutive(client.seqs(), client.readies[0]!.seq)).toBe(true);
      }
      const worst = Math.max(...cut().map((client) => client.readies[1]!.at - killedAt));
      console.log(
        `${cut().length} clients moved after kill -9; slowest back in ${worst} ms; ${n} events, none missed`,
      );
    } finally {
      await balancer.close();
    }
  });
});
