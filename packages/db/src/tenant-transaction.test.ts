import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDbTestContext, type DbTestContext } from './test/db-test-context';
import { inlineParameters } from './inline-parameters';
import { withTenantReads } from './tenant-reads';
import { withTenantTransaction, type TenantScope } from './tenant-transaction';

let ctx: DbTestContext;
let a: TenantScope;
let b: TenantScope;
beforeAll(async () => {
  ctx = await createDbTestContext({ appPoolMax: 1 });
  a = await ctx.provision('reads-a');
  b = await ctx.provision('reads-b');
  for (const tenant of [a, b]) {
    await withTenantTransaction(ctx.appPool, tenant, ({ client }) =>
      client.query("INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), $1 || ':1')", [
        tenant.slug,
      ]),
    );
  }
});
afterAll(() => ctx.close());

// Values that have broken hand-made escaping: quotes, backslashes (E'' strings), placeholder-looking text,
// comment and dollar-quote starts, non-BMP characters, and the types pg serializes specially.
const VALUES: [string, unknown][] = [
  ['text', "it's"],
  ['text', "back\\slash \\' and $1 and -- not a comment /* nor this */ $$ $tag$"],
  ['text', '"; DROP TABLE equipment_types; --'],
  ['text', 'emoji 🚜 and ünïcödé'],
  ['text', null],
  ['int', 42],
  ['numeric', -1.5],
  ['bool', true],
  ['timestamptz', new Date('2026-11-29T07:00:00.123Z')],
  ['jsonb', { quote: "o'neil", nested: ['$1', 2] }],
  ['text[]', ['a', "b'c", 'd"e', null]],
  ['bytea', Buffer.from([0, 1, 39, 92, 255])],
];

describe('inlineParameters', () => {
  it('gives every value the same meaning Postgres gives it as a bind parameter', async () => {
    for (const [type, value] of VALUES) {
      const bound = await ctx.adminPool.query(`SELECT $1::${type} AS v`, [value]);
      const inlined = await ctx.adminPool.query(inlineParameters(`SELECT $1::${type} AS v`, [value]));
      expect(inlined.rows[0].v, `${type} ${String(value)}`).toEqual(bound.rows[0].v);
    }
  });

  it('leaves placeholders inside strings, quoted identifiers, dollar quotes and comments alone', () => {
    const text = `SELECT '$1', "$1", $q$ $1 $q$, $$ $1 $$ -- $1\n, /* $1 */ $1, $2`;
    expect(inlineParameters(text, ['x', 2])).toBe(
      `SELECT '$1', "$1", $q$ $1 $q$, $$ $1 $$ -- $1\n, /* $1 */ 'x', '2'`,
    );
  });

  it('refuses a placeholder that has no value', () => {
    expect(() => inlineParameters('SELECT $2', ['only one'])).toThrow(/no value for \$2/);
  });
});

type Writable = { _write: (...args: unknown[]) => unknown; _writev?: (...args: unknown[]) => unknown };

/**
 * Counts the client's writes to the server on the connections `work` checks out: each is one message (however
 * many protocol messages it packs) and, since the work waits for each answer, one round trip.
 */
async function roundTrips(work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const restore = new Map<Writable, Pick<Writable, '_write' | '_writev'>>();
  const onAcquire = (client: unknown) => {
    const stream = (client as { connection: { stream: Writable } }).connection.stream;
    if (restore.has(stream)) return;
    const { _write, _writev } = stream;
    restore.set(stream, { _write, _writev });
    stream._write = (...args) => (count++, _write.apply(stream, args));
    if (_writev) stream._writev = (...args) => (count++, _writev.apply(stream, args));
  };
  ctx.appPool.on('acquire', onAcquire);
  try {
    await work();
  } finally {
    ctx.appPool.off('acquire', onAcquire);
    for (const [stream, original] of restore) Object.assign(stream, original);
  }
  return count;
}

describe('withTenantReads', () => {
  it('sends the context and the statement as one message: one round trip, nothing left on the connection', async () => {
    let rows: { name: string; path: string }[] = [];
    const trips = await roundTrips(async () => {
      const result = await withTenantReads(ctx.appPool, a, async ({ db }) =>
        db.execute<{ name: string; path: string }>(
          sql`SELECT name, current_setting('search_path') AS path FROM equipment_types WHERE name LIKE ${'%:1'}`,
        ),
      );
      rows = result.rows;
    });
    expect(trips).toBe(1);
    expect(rows).toEqual([{ name: 'reads-a:1', path: a.schemaName }]);
    // A write transaction takes two: BEGIN with the context pipelined with the statement, then COMMIT.
    expect(
      await roundTrips(() => withTenantTransaction(ctx.appPool, a, ({ client }) => client.query('SELECT 1'))),
    ).toBe(2);
    // The same single connection afterwards: no tenant, default search_path, no transaction left open.
    const after = await ctx.appPool.query(
      "SELECT current_setting('app.current_tenant', true) AS tenant, current_setting('search_path') AS path, " +
        "current_setting('transaction_read_only') AS ro, (SELECT count(*)::int FROM pg_stat_activity WHERE pid = pg_backend_pid() AND state LIKE '%transaction%') AS open",
    );
    expect(after.rows[0]).toEqual({ tenant: '', path: '"$user", public', ro: 'off', open: 0 });
  });

  it('runs every statement of the work in the tenant context, and only reads', async () => {
    const seen = await withTenantReads(ctx.appPool, b, async ({ client }) => {
      const first = await client.query<{ name: string }>('SELECT name FROM equipment_types');
      const second = await client.query<{ tenant: string }>(
        "SELECT current_setting('app.current_tenant') AS tenant",
      );
      await expect(
        client.query("INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), 'sneaky')"),
      ).rejects.toThrow(/read-only transaction/);
      return { names: first.rows.map((row) => row.name), tenant: second.rows[0]!.tenant };
    });
    expect(seen).toEqual({ names: ['reads-b:1'], tenant: b.id });
  });

  it("reads none of another tenant's rows even when a statement names its schema", async () => {
    const rows = await withTenantReads(ctx.appPool, a, ({ client }) =>
      client.query(`SELECT * FROM ${b.schemaName}.equipment_types`),
    );
    expect(rows.rows).toEqual([]);
  });

  it('keeps the connection usable after a failed statement', async () => {
    await expect(withTenantReads(ctx.appPool, a, ({ client }) => client.query('SELECT 1/0'))).rejects.toThrow(
      /division by zero/,
    );
    const names = await withTenantReads(ctx.appPool, a, ({ client }) =>
      client.query('SELECT name FROM equipment_types'),
    );
    expect(names.rows).toEqual([{ name: 'reads-a:1' }]);
  });
});

describe('a write transaction’s last statement', () => {
  it('travels with the COMMIT: one round trip less, and its effect commits', async () => {
    const name = `reads-a:${Date.now()}`;
    const trips = await roundTrips(() =>
      withTenantTransaction(ctx.appPool, a, async (tx) => {
        await tx.client.query('SELECT 1');
        tx.withCommit!(sql`INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), ${name})`);
      }),
    );
    expect(trips).toBe(2); // BEGIN with the context and SELECT 1, then the INSERT with COMMIT
    const { rows } = await ctx.adminPool.query(
      `SELECT count(*)::int AS n FROM ${a.schemaName}.equipment_types WHERE name = $1`,
      [name],
    );
    expect(rows[0].n).toBe(1);
  });

  it('fails the whole transaction when it fails, and leaves the connection clean', async () => {
    const name = `reads-a:doomed-${Date.now()}`;
    await expect(
      withTenantTransaction(ctx.appPool, a, async (tx) => {
        await tx.client.query('INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), $1)', [
          name,
        ]);
        // The name is taken by the row above: the unique index refuses, so nothing of the transaction stays.
        tx.withCommit!(sql`INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), ${name})`);
      }),
    ).rejects.toThrow(/duplicate key/);
    const { rows } = await ctx.adminPool.query(
      `SELECT count(*)::int AS n FROM ${a.schemaName}.equipment_types WHERE name = $1`,
      [name],
    );
    expect(rows[0].n).toBe(0);
    const after = await ctx.appPool.query('SELECT 1 AS ok');
    expect(after.rows).toEqual([{ ok: 1 }]);
  });
});

describe('a write transaction’s opening', () => {
  /** The app pool has one connection: after the work it must be back outside any transaction. */
  const openTransactions = async () =>
    (
      await ctx.appPool.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = pg_backend_pid() AND state LIKE '%transaction%'",
      )
    ).rows[0].n;

  it('travels with the first statement, which runs in the tenant context inside the transaction', async () => {
    let seen: Record<string, unknown> = {};
    const trips = await roundTrips(() =>
      withTenantTransaction(ctx.appPool, b, async ({ client }) => {
        // A parameterized statement: the extended protocol, pipelined behind the simple-protocol opening.
        const { rows } = await client.query(
          `SELECT current_setting('search_path') AS path, current_setting('app.current_tenant') AS tenant,
                  now()::text AS began, $1::text AS echo,
                  (SELECT count(*)::int FROM equipment_types) AS types`,
          ['it’s'],
        );
        seen = rows[0];
        // The rest of the transaction: one statement at a time again, same transaction (now() is fixed).
        const later = await client.query('SELECT now()::text AS began');
        seen.laterInSameTransaction = later.rows[0].began === seen.began;
        delete seen.began;
      }),
    );
    expect(trips).toBe(3);
    expect(seen).toEqual({
      path: b.schemaName,
      tenant: b.id,
      echo: 'it’s',
      types: 1,
      laterInSameTransaction: true,
    });
  });

  it('rolls back when the first statement fails, and leaves the connection in ordinary mode', async () => {
    const name = `reads-a:first-fails-${Date.now()}`;
    await expect(
      withTenantTransaction(ctx.appPool, a, async ({ client }) => {
        await client.query(
          'INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), $1), (NULL, $1)',
          [name],
        );
      }),
    ).rejects.toThrow(/null value/);
    const client = await ctx.appPool.connect();
    try {
      expect((client as unknown as { pipeline: boolean }).pipeline).toBe(false);
      expect((await client.query("SELECT current_setting('app.current_tenant', true) AS t")).rows).toEqual([
        { t: '' },
      ]);
    } finally {
      client.release();
    }
    const { rows } = await ctx.adminPool.query(
      `SELECT count(*)::int AS n FROM ${a.schemaName}.equipment_types WHERE name = $1`,
      [name],
    );
    expect(rows[0].n).toBe(0);
    expect(await openTransactions()).toBe(0);
  });

  it('sends nothing for work that fails before its first statement', async () => {
    const trips = await roundTrips(() =>
      expect(
        withTenantTransaction(ctx.appPool, a, async () => {
          throw new Error('refused before touching the database');
        }),
      ).rejects.toThrow(/refused before/),
    );
    expect(trips).toBe(0);
    expect(await openTransactions()).toBe(0);
  });

  it('opens, runs and commits in one message when all the work travels with the COMMIT', async () => {
    const name = `reads-a:commit-only-${Date.now()}`;
    const trips = await roundTrips(() =>
      withTenantTransaction(ctx.appPool, a, async (tx) => {
        tx.withCommit!(sql`INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), ${name})`);
      }),
    );
    expect(trips).toBe(1);
    const { rows } = await ctx.adminPool.query(
      `SELECT count(*)::int AS n FROM ${a.schemaName}.equipment_types WHERE name = $1`,
      [name],
    );
    expect(rows[0].n).toBe(1);
  });
});
