import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createDbTestContext, type DbTestContext } from './test/db-test-context';
import { createPool } from './pool';
import { DatabaseUnavailableError } from './errors';
import { TenantAffinePool } from './tenant-affine-pool';
import { withTenantTransaction } from './tenant-transaction';
import { withTenantReads } from './tenant-reads';
import type { TenantScope } from './tenant-context';

let ctx: DbTestContext;

beforeAll(async () => {
  ctx = await createDbTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

const LANES = 4;

function affinePool(options: { acquireTimeoutMs?: number } = {}): TenantAffinePool {
  const pool = createPool(ctx.appUrl, { max: LANES, laneSize: 1, applicationName: 'affine', ...options });
  expect(pool).toBeInstanceOf(TenantAffinePool);
  return pool as TenantAffinePool;
}

async function backendOf(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return rows[0]!.pid;
}

/** Opens every lane's connection (all held at once), and says which backend serves which lane. */
async function warmLanes(pool: TenantAffinePool): Promise<number[]> {
  const clients = await Promise.all(pool.lanes.map((lane) => lane.connect()));
  const pids = await Promise.all(clients.map(backendOf));
  for (const client of clients) client.release();
  return pids;
}

/** One key per lane, each the home of a different lane. */
function keyPerLane(pool: TenantAffinePool): string[] {
  const keys: string[] = [];
  for (let i = 0; keys.filter(Boolean).length < LANES; i++) keys[pool.homeLane(`t_${i}`)] ??= `t_${i}`;
  return keys;
}

/** Every lane warmed, then each held by the key at home on it: the next caller waits. */
async function holdEveryLane(pool: TenantAffinePool) {
  const lanePids = await warmLanes(pool);
  const keys = keyPerLane(pool);
  const held = await Promise.all(keys.map((key) => pool.connectFor(key)));
  return { lanePids, keys, held };
}

describe('TenantAffinePool', () => {
  it('keeps each key on its home lane while that lane has a free connection', async () => {
    const pool = affinePool();
    try {
      const lanePids = await warmLanes(pool);
      const keys = keyPerLane(pool);
      // Sequential checkouts: one shared pool would hand every key the connection released last.
      for (const round of [1, 2]) {
        for (const [lane, key] of keys.entries()) {
          const client = await pool.connectFor(key);
          expect({ round, key, pid: await backendOf(client) }).toEqual({ round, key, pid: lanePids[lane] });
          client.release();
        }
      }
      expect(pool.routing).toEqual({ home: 2 * LANES, spilled: 0, waited: 0 });
    } finally {
      await pool.end();
    }
  });

  it('opens a connection on the home lane rather than take another lane’s idle one', async () => {
    const pool = affinePool();
    try {
      const [key] = keyPerLane(pool);
      const home = pool.homeLane(key!);
      // Only the next lane has a connection, and it is idle.
      const other = await pool.lanes[(home + 1) % LANES]!.connect();
      const otherPid = await backendOf(other);
      other.release();
      const client = await pool.connectFor(key!);
      const pid = await backendOf(client);
      client.release();
      expect(pid).not.toBe(otherPid);
      expect(pool.lanes[home]!.totalCount).toBe(1);
      expect(pool.routing).toEqual({ home: 1, spilled: 0, waited: 0 });
    } finally {
      await pool.end();
    }
  });

  it('takes the next lane of the key’s order when its home lane is busy, without waiting', async () => {
    const pool = affinePool();
    try {
      const lanePids = await warmLanes(pool);
      const [key] = keyPerLane(pool);
      const home = pool.homeLane(key!);
      const busy = await pool.lanes[home]!.connect();
      const client = await pool.connectFor(key!);
      expect(await backendOf(client)).toBe(lanePids[(home + 1) % LANES]);
      expect(pool.routing.spilled).toBe(1);
      client.release();
      busy.release();
    } finally {
      await pool.end();
    }
  });

  it('queues callers first-come when every lane is busy, served by whichever lane frees first', async () => {
    const pool = affinePool();
    try {
      const { lanePids, keys, held } = await holdEveryLane(pool);
      const served: Array<{ key: string; pid: number }> = [];
      const wait = (key: string) =>
        pool.connectFor(key).then(async (client) => {
          served.push({ key, pid: await backendOf(client) });
          return client;
        });
      // Both want lane 0 first; lane 3 frees first, so the first to ask gets it, and the second waits on.
      const first = wait(keys[0]!);
      const second = wait(keys[0]!);
      expect(pool.waitingCount).toBe(2);
      held[3]!.release();
      const firstClient = await first;
      expect(served).toEqual([{ key: keys[0], pid: lanePids[3] }]);
      expect(pool.waitingCount).toBe(1);
      held[1]!.release();
      const secondClient = await second;
      expect(served[1]).toEqual({ key: keys[0], pid: lanePids[1] });
      expect(pool.routing.waited).toBe(2);
      for (const client of [firstClient, secondClient, held[0]!, held[2]!]) client.release();
      expect(pool.totalCount).toBe(LANES);
    } finally {
      await pool.end();
    }
  });

  it('gives a freed lane to a caller at home there before an earlier one that is not, at most 8 times', async () => {
    const pool = affinePool();
    try {
      const { lanePids, keys, held } = await holdEveryLane(pool);
      const early = pool.connectFor(keys[0]!);
      let onLane1 = held[1]!;
      for (let turn = 0; turn < 8; turn++) {
        const later = pool.connectFor(keys[1]!);
        onLane1.release();
        onLane1 = await later;
        expect(await backendOf(onLane1)).toBe(lanePids[1]);
      }
      expect(pool.waitingCount).toBe(1);
      // Passed over eight times, the early caller takes the next lane to free, though a later one is at home there.
      const late = pool.connectFor(keys[1]!);
      onLane1.release();
      const earlyClient = await early;
      expect(await backendOf(earlyClient)).toBe(lanePids[1]);
      held[0]!.release();
      const lateClient = await late;
      expect(await backendOf(lateClient)).toBe(lanePids[0]);
      for (const client of [earlyClient, lateClient, held[2]!, held[3]!]) client.release();
      expect(pool.routing.waited).toBe(10);
    } finally {
      await pool.end();
    }
  });

  it('gives up after the acquire timeout, which a tenant transaction reports as the database unavailable', async () => {
    const pool = affinePool({ acquireTimeoutMs: 150 });
    const tenant = await ctx.provision('affine-timeout');
    try {
      const held = await Promise.all(pool.lanes.map((lane) => lane.connect()));
      const attempt = withTenantTransaction(pool, tenant, (tx) => tx.client.query('SELECT 1'));
      await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(pool.waitingCount).toBe(0);
      for (const client of held) client.release();
      // The lanes are still whole: the next transaction runs.
      await expect(
        withTenantTransaction(pool, tenant, (tx) => tx.client.query('SELECT 1')),
      ).resolves.toBeTruthy();
    } finally {
      await pool.end();
    }
  });

  it('routes tenant transactions and reads by the tenant’s schema', async () => {
    const pool = affinePool();
    const tenants: TenantScope[] = [];
    for (let i = 0; tenants.length < 2; i++) {
      const tenant = await ctx.provision(`affine-${i}`);
      if (tenants.every((other) => pool.homeLane(other.schemaName) !== pool.homeLane(tenant.schemaName)))
        tenants.push(tenant);
    }
    try {
      const lanePids = await warmLanes(pool);
      const pid = 'SELECT pg_backend_pid() AS pid';
      for (const tenant of tenants) {
        const home = lanePids[pool.homeLane(tenant.schemaName)];
        const written = await withTenantTransaction(pool, tenant, (tx) => tx.client.query(pid));
        const read = await withTenantReads(pool, tenant, (tx) => tx.client.query(pid));
        expect([written.rows[0].pid, read.rows[0].pid]).toEqual([home, home]);
      }
    } finally {
      await pool.end();
    }
  });

  it('recycles lanes at lifetimes spread around the setting, and ends every lane', async () => {
    const pool = createPool(ctx.appUrl, { max: 5, laneSize: 2, maxLifetimeSeconds: 300 }) as TenantAffinePool;
    const lifetimes = pool.lanes.map(
      (lane) => (lane as unknown as { options: { maxLifetimeSeconds: number; max: number } }).options,
    );
    expect(lifetimes.map((options) => [options.max, options.maxLifetimeSeconds])).toEqual([
      [2, 225],
      [2, 300],
      [1, 375],
    ]);
    await warmLanes(pool);
    expect(pool.totalCount).toBe(3);
    await pool.end();
    expect(pool.lanes.every((lane) => lane.ended)).toBe(true);
    await expect(pool.connectFor('t')).rejects.toThrow(/after calling end/);
  });
});
