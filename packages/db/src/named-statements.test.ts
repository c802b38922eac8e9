import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbTestContext } from './test/db-test-context';
import { namedStatementsFixture, type NamedStatementsFixture } from './test/named-statements-fixture';
import { createPool, type Pool } from './pool';
import { isStalePlan } from './errors';
import { withTenantTransaction, type TenantClient, type TenantScope } from './tenant-transaction';

let fixture: NamedStatementsFixture;
let ctx: DbTestContext;
let pool: Pool;
let a: TenantScope;
let b: TenantScope;
beforeAll(async () => {
  fixture = await namedStatementsFixture('named');
  ({ ctx, pool, a, b } = fixture);
});
afterAll(() => fixture?.close());

/** The named statements the server holds for this connection (asked as a plain string: never named itself). */
async function onServer(client: TenantClient): Promise<string[]> {
  const { rows } = await client.query<{ statement: string }>(
    'SELECT statement FROM pg_prepared_statements ORDER BY prepare_time, statement',
  );
  return rows.map((row) => row.statement);
}

const LIST = 'SELECT name FROM equipment_types WHERE name <> $1';
const COUNT = 'SELECT count(*)::int AS n FROM equipment_types WHERE name <> $1';
const FIRST = 'SELECT min(name) AS name FROM equipment_types WHERE name <> $1';

describe('named statements per connection', () => {
  it("keeps one statement per tenant schema, each answering for its own tenant's rows", async () => {
    const names = [];
    for (const tenant of [a, b, a]) {
      names.push(
        await withTenantTransaction(pool, tenant, async ({ client }) => {
          const { rows } = await client.query<{ name: string }>({ text: LIST }, ['-']);
          expect(rows).toEqual([{ name: tenant.slug }]);
          return onServer(client);
        }),
      );
    }
    // Tenant a's statement, then b's beside it, then a's again without a new one.
    expect(names[0]).toEqual([LIST]);
    expect(names[1]).toEqual([LIST, LIST]);
    expect(names[2]).toEqual([LIST, LIST]);
  });

  it('deallocates the least recently used statement with the next opening, even after a rollback', async () => {
    const held = await withTenantTransaction(pool, a, async ({ client }) => {
      await client.query({ text: COUNT }, ['-']);
      await client.query({ text: FIRST }, ['-']);
      // The opening travels with COUNT, so what COUNT evicted is already gone; what FIRST evicted (a's LIST)
      // is still held until the next opening.
      return onServer(client);
    });
    expect(held).toEqual([LIST, COUNT, FIRST]);
    await expect(
      withTenantTransaction(pool, b, async ({ client }) => {
        expect(await onServer(client)).toEqual([COUNT, FIRST]);
        await client.query({ text: LIST }, ['-']);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const after = await withTenantTransaction(pool, a, async ({ client }) => {
      const { rows } = await client.query<{ n: number }>({ text: COUNT }, ['-']);
      expect(rows).toEqual([{ n: 1 }]);
      return onServer(client);
    });
    // Statements are not transactional: the rollback kept b's LIST. a's COUNT, evicted by b's LIST and wanted
    // again, was still on the server and is used as it is; it evicts FIRST, dropped by this same opening.
    expect(after).toEqual([COUNT, LIST]);
  });

  it('never deallocates a statement the server refused to parse', async () => {
    await expect(
      withTenantTransaction(pool, a, ({ client }) => client.query({ text: 'SELECT nonsense FROM nowhere' })),
    ).rejects.toThrow(/does not exist/);
    for (const text of [LIST, COUNT, FIRST]) {
      await withTenantTransaction(pool, a, ({ client }) => client.query({ text }, ['-']));
    }
    // The refused statement was evicted on the way (the opening that followed would have failed on it).
    const held = await withTenantTransaction(pool, b, async ({ client }) => {
      await client.query({ text: LIST }, ['-']);
      return onServer(client);
    });
    expect(held).toEqual([FIRST, LIST]);
  });

  it('drops every statement of the connection when a migration made one stale, and prepares them again', async () => {
    const text = 'SELECT name, description FROM equipment_types WHERE name <> $1';
    const run = () =>
      withTenantTransaction(pool, a, async ({ client }) => (await client.query({ text }, ['-'])).rows);
    expect(await run()).toEqual([{ name: a.slug, description: null }]);
    const alter = (type: string) =>
      ctx.adminPool.query(
        `ALTER TABLE ${a.schemaName}.equipment_types ALTER COLUMN description TYPE ${type}`,
      );
    await alter('varchar(500)');
    try {
      await expect(run()).rejects.toSatisfy(isStalePlan);
      const { rows } = await pool.query('SELECT count(*)::int AS n FROM pg_prepared_statements');
      expect(rows).toEqual([{ n: 0 }]);
      expect(await run()).toEqual([{ name: a.slug, description: null }]);
    } finally {
      await alter('text');
    }
  });

  /** Runs `text` three times in one transaction of `tenant` and answers the plans Postgres made for it. */
  const plansAfterThreeRuns = (on: Pool, tenant: TenantScope, text: string) =>
    withTenantTransaction(on, tenant, async ({ client }) => {
      for (const after of ['', 'a', 'b']) await client.query({ text }, [after]);
      const { rows } = await client.query<{ generic: number; custom: number }>(
        'SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement = $1',
        [text],
      );
      return rows;
    });

  it('plans a named statement once, generically, rather than for the values of its first five runs', async () => {
    const plans = await plansAfterThreeRuns(pool, b, 'SELECT name FROM equipment_types WHERE name > $1');
    expect(plans).toEqual([{ generic: 3, custom: 0 }]);
  });

  it('plans for the values of the first runs again where the operator asks for auto', async () => {
    const auto = createPool(ctx.appUrl, { max: 1, namedStatements: 2, planCacheMode: 'auto' });
    try {
      const plans = await plansAfterThreeRuns(auto, a, 'SELECT name FROM equipment_types WHERE name >= $1');
      expect(plans).toEqual([{ generic: 0, custom: 3 }]);
    } finally {
      await auto.end();
    }
  });

  it('leaves pools without the option on unnamed statements and default planning', async () => {
    const [held, mode] = await withTenantTransaction(ctx.appPool, a, async ({ client }) => {
      await client.query({ text: LIST }, ['-']);
      const { rows } = await client.query<{ plan_cache_mode: string }>('SHOW plan_cache_mode');
      return [await onServer(client), rows[0]?.plan_cache_mode];
    });
    expect(held).toEqual([]);
    expect(mode).toBe('auto');
  });
});
