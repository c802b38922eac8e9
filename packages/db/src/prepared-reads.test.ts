import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbTestContext } from './test/db-test-context';
import { namedStatementsFixture, type NamedStatementsFixture } from './test/named-statements-fixture';
import type { Pool } from './pool';
import { withTenantReads } from './tenant-reads';
import { withTenantTransaction, type TenantScope } from './tenant-transaction';

let fixture: NamedStatementsFixture;
let ctx: DbTestContext;
let pool: Pool;
let a: TenantScope;
let b: TenantScope;
beforeAll(async () => {
  fixture = await namedStatementsFixture('prepared');
  ({ ctx, pool, a, b } = fixture);
});
afterAll(() => fixture?.close());

const LIST = 'SELECT name FROM equipment_types WHERE name <> $1';
const COUNT = 'SELECT count(*)::int AS n FROM equipment_types WHERE name <> $1';
const FIRST = 'SELECT min(name) AS name FROM equipment_types WHERE name <> $1';

/** The connection's prepared statements on the server, oldest first (asked as a string: never prepared itself). */
async function held(): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    'SELECT name FROM pg_prepared_statements ORDER BY prepare_time, name',
  );
  return rows.map((row) => row.name);
}

/** Every message the pool's one connection sends, as text. */
async function messages(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const client = await pool.connect();
  const original = client.query.bind(client);
  client.query = ((config: string | { text: string }, ...rest: unknown[]) => {
    sent.push(typeof config === 'string' ? config : config.text);
    return (original as (...args: unknown[]) => unknown)(config, ...rest);
  }) as typeof client.query;
  client.release();
  try {
    await work();
  } finally {
    const again = await pool.connect();
    again.query = original as typeof again.query;
    again.release();
  }
  return sent;
}

const read = <R>(tenant: TenantScope, text: string, values: unknown[] = ['-']) =>
  withTenantReads(
    pool,
    tenant,
    async ({ client }) => (await client.query<R & object>({ text }, values)).rows,
  );

describe('reads on a connection that keeps named statements', () => {
  it('prepare a statement once per connection and schema and execute it, one message per read', async () => {
    const sent = await messages(async () => {
      expect(await read(a, LIST)).toEqual([{ name: a.slug }]);
      expect(await read(a, LIST)).toEqual([{ name: a.slug }]);
      // Tenant b gets a statement of its own, analysed in its own schema: its own rows.
      expect(await read(b, LIST)).toEqual([{ name: b.slug }]);
    });
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(
      /^SET LOCAL search_path = .+; PREPARE "t_[\w-]+" AS SELECT name .+; EXECUTE "t_[\w-]+"\('-'\)$/,
    );
    expect(sent[1]).toMatch(/SET LOCAL transaction_read_only = on; EXECUTE "t_[\w-]+"\('-'\)$/);
    expect(sent[1]).not.toMatch(/PREPARE/);
    expect(sent[2]).toMatch(/PREPARE/);
    expect(await held()).toHaveLength(2);
    // Nothing of the tenant stays on the connection.
    const after = await pool.query(
      "SELECT current_setting('app.current_tenant', true) AS tenant, current_setting('search_path') AS path, " +
        "current_setting('transaction_read_only') AS ro",
    );
    expect(after.rows[0]).toEqual({ tenant: '', path: '"$user", public', ro: 'off' });
  });

  it('keep at most the bound, deallocating the least recently used with the next message', async () => {
    await read(a, COUNT);
    await read(a, FIRST);
    const sent = await messages(() => read(b, LIST));
    expect(sent[0]).toMatch(/^DEALLOCATE "t_[\w-]+"; SET LOCAL search_path/);
    expect(await held()).toHaveLength(2);
    expect(await read(b, LIST)).toEqual([{ name: b.slug }]);
  });

  it('share their statements with write transactions, which execute them without preparing again', async () => {
    await read(a, COUNT);
    const rows = await withTenantTransaction(pool, a, async ({ client }) => {
      const result = await client.query<{ n: number }>({ text: COUNT }, ['-']);
      return result.rows;
    });
    expect(rows).toEqual([{ n: 1 }]);
    await withTenantTransaction(pool, b, ({ client }) => client.query({ text: FIRST }, ['-']));
    expect(await read(b, FIRST)).toEqual([{ name: b.slug }]);
  });

  it('give every value the meaning it has as a bind parameter', async () => {
    const values: [string, unknown][] = [
      ['text', "it's \\' $1 -- /* */ $$ $tag$"],
      ['text', null],
      ['int', 42],
      ['timestamptz', new Date('2026-11-29T07:00:00.123Z')],
      ['jsonb', { quote: "o'neil", nested: ['$1', 2] }],
      ['text[]', ['a', "b'c", null]],
      ['bytea', Buffer.from([0, 1, 39, 92, 255])],
    ];
    for (const [type, value] of values) {
      const [row] = await read<{ v: unknown }>(a, `SELECT $1::${type} AS v FROM equipment_types LIMIT 1`, [
        value,
      ]);
      const bound = await ctx.adminPool.query(`SELECT $1::${type} AS v`, [value]);
      expect(row!.v, type).toEqual(bound.rows[0].v);
    }
  });

  it('stay known when a prepared statement fails as it runs, and unknown when it could not be prepared', async () => {
    const divide = 'SELECT 10 / $1::int AS q FROM equipment_types';
    await expect(read(a, divide, [0])).rejects.toThrow(/division by zero/);
    // Prepared before it failed: executed now, not prepared twice (which the server would refuse).
    expect(await read(a, divide, [5])).toEqual([{ q: 2 }]);
    await expect(read(a, 'SELECT nonsense FROM nowhere WHERE x = $1')).rejects.toThrow(/does not exist/);
    expect(await read(a, LIST)).toEqual([{ name: a.slug }]);
  });

  it('read with inlined values a statement whose parameter type Postgres cannot infer', async () => {
    expect(await read(a, 'SELECT $1 IS NULL AS missing FROM equipment_types', [null])).toEqual([
      { missing: true },
    ]);
    const sent = await messages(() => read(a, 'SELECT $1 IS NULL AS missing FROM equipment_types', ['x']));
    expect(sent).toEqual([expect.stringMatching(/; SELECT 'x' IS NULL AS missing FROM equipment_types$/)]);
  });

  it('prepare again a statement whose result columns a migration changed', async () => {
    const text = 'SELECT name, description FROM equipment_types WHERE name <> $1';
    expect(await read(b, text)).toEqual([{ name: b.slug, description: null }]);
    const alter = (type: string) =>
      ctx.adminPool.query(
        `ALTER TABLE ${b.schemaName}.equipment_types ALTER COLUMN description TYPE ${type}`,
      );
    await alter('varchar(500)');
    try {
      // Postgres refuses the plan prepared before (its result type changed); the read prepares it again.
      expect(await read(b, text)).toEqual([{ name: b.slug, description: null }]);
      expect(await read(b, text)).toEqual([{ name: b.slug, description: null }]);
    } finally {
      await alter('text');
    }
  });

  it('only read', async () => {
    await expect(
      read(a, 'INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), $1) RETURNING name', [
        'sneaky',
      ]),
    ).rejects.toThrow(/read-only transaction/);
    expect(await read(a, COUNT)).toEqual([{ n: 1 }]);
  });
});
