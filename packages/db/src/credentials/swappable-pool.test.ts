import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';
import { createPool } from '../pool';
import { withTransaction } from '../tenant-transaction';
import { SwappablePool } from './swappable-pool';

let ctx: DbTestContext;

beforeAll(async () => {
  ctx = await createDbTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

describe('SwappablePool', () => {
  it('swaps pools under concurrent transactions without a failed one, and closes each replaced pool', async () => {
    const pools = [1, 2, 3, 4].map((index) =>
      createPool(ctx.appUrl, { max: 2, applicationName: `swap-${index}` }),
    );
    const pool = new SwappablePool(pools[0]!);
    let stop = false;
    let done = 0;
    const failures: unknown[] = [];
    const seen = new Set<string>();
    // More workers than connections: callers queue on a pool at the moment it is replaced.
    const worker = async () => {
      while (!stop) {
        try {
          const name = await withTransaction(pool, async (client) => {
            const { rows } = await client.query<{ name: string }>(
              "SELECT current_setting('application_name') AS name, pg_sleep(0.005)",
            );
            return rows[0]!.name;
          });
          seen.add(name);
          done++;
        } catch (error) {
          failures.push(error);
        }
      }
    };
    const workers = Array.from({ length: 12 }, worker);
    for (const next of pools.slice(1)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const previous = pool.current;
      await pool.swap(next);
      expect(previous.ended).toBe(true);
      expect(previous.totalCount).toBe(0);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop = true;
    await Promise.all(workers);

    expect(failures).toEqual([]);
    expect(done).toBeGreaterThan(12);
    expect([...seen].sort()).toEqual(['swap-1', 'swap-2', 'swap-3', 'swap-4']);
    expect(pool.current).toBe(pools[3]);
    expect(pool.totalCount).toBeLessThanOrEqual(2);
    const { rows } = await pool.query<{ n: number }>('SELECT 1 AS n');
    expect(rows).toEqual([{ n: 1 }]);
    await pool.end();
    expect(pools[3]!.ended).toBe(true);
  });
});
