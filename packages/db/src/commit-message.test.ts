import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { namedStatementsFixture, type NamedStatementsFixture } from './test/named-statements-fixture';
import { withTenantTransaction, type TenantScope } from './tenant-transaction';
import { createPool, type Pool } from './pool';

let fixture: NamedStatementsFixture;
let a: TenantScope;
let b: TenantScope;
beforeAll(async () => {
  fixture = await namedStatementsFixture('commit');
  ({ a, b } = fixture);
});
afterAll(() => fixture?.close());

/** A fresh connection (a pool of one) for each test, so it starts holding no statement. */
let pool: Pool;
beforeEach(() => {
  pool = createPool(fixture.ctx.appUrl, { max: 1, namedStatements: 10 });
});
afterEach(() => pool.end());

interface Held {
  name: string;
  text: string;
  fromSql: boolean;
  runs: number;
}

/**
 * The statements the pool's one connection holds, with their runs. Postgres records a statement prepared in SQL
 * as the whole message that prepared it; `text` is what it was prepared as.
 */
async function held(on: Pool): Promise<Held[]> {
  const { rows } = await on.query<Held & { statement: string }>(
    `SELECT name, statement, from_sql AS "fromSql", (generic_plans + custom_plans)::int AS runs
       FROM pg_prepared_statements ORDER BY prepare_time, name`,
  );
  return rows.map(({ name, statement, fromSql, runs }) => {
    const prepared = statement.slice(
      statement.indexOf(`PREPARE "${name}" AS `) + `PREPARE "${name}" AS `.length,
    );
    return { name, text: prepared.slice(0, prepared.indexOf('; ')), fromSql, runs };
  });
}

const COUNT_TEXT = 'SELECT count(*)::int AS n FROM equipment_types WHERE name <> $1';
const countedTypes = () => sql`SELECT count(*)::int AS n FROM equipment_types WHERE name <> ${'-'}`;

/** A transaction that opens with a statement Postgres does not plan (so it takes no named slot), then commits. */
function commitWith(on: Pool, tenant: TenantScope, ...statements: SQL[]) {
  const answers: unknown[][] = [];
  return withTenantTransaction(on, tenant, async (tx) => {
    await tx.client.query("SET LOCAL statement_timeout = '10s'");
    for (const statement of statements) tx.withCommit!(statement, (rows) => answers.push(rows));
  }).then(() => answers);
}

describe('statements that travel with the COMMIT, on a connection that keeps named statements', () => {
  it('are prepared once per connection and schema, then executed, and answer for their own tenant', async () => {
    const answers = [
      ...(await commitWith(pool, a, countedTypes())),
      ...(await commitWith(pool, a, countedTypes())),
      ...(await commitWith(pool, b, countedTypes())),
    ];
    expect(answers).toEqual([[{ n: 1 }], [{ n: 1 }], [{ n: 1 }]]);
    const statements = await held(pool);
    // a's statement ran twice from one PREPARE; b's is a statement of its own (analysed in b's schema).
    expect(statements.map(({ text, fromSql, runs }) => ({ text, fromSql, runs }))).toEqual([
      { text: COUNT_TEXT, fromSql: true, runs: 2 },
      { text: COUNT_TEXT, fromSql: true, runs: 1 },
    ]);
    expect(statements[0]!.name).not.toBe(statements[1]!.name);
  });

  it('keeps a statement usable that was prepared by a message that then failed', async () => {
    const divide = (by: number) => sql`SELECT 10 / ${by}::int AS q`;
    // The PREPAREs of both ran before the division failed; the rollback does not undo them. (The division's
    // generic plan was made, then failed as it ran.)
    await expect(commitWith(pool, a, countedTypes(), divide(0))).rejects.toThrow(/division by zero/);
    expect((await held(pool)).map((row) => row.runs)).toEqual([1, 1]);
    // Both are executed now, not prepared a second time (which Postgres would refuse: it already holds them).
    expect(await commitWith(pool, a, countedTypes(), divide(5))).toEqual([[{ n: 1 }], [{ q: 2 }]]);
    expect((await held(pool)).map((row) => row.runs)).toEqual([2, 2]);
  });

  it('sends a statement as text from then on once Postgres could not infer its parameter types', async () => {
    const untyped = () => sql`SELECT ${null} IS NULL AS missing`;
    await expect(commitWith(pool, a, untyped())).rejects.toMatchObject({ code: '42P18' });
    expect(await commitWith(pool, a, untyped())).toEqual([[{ missing: true }]]);
    expect(await held(pool)).toEqual([]);
  });
});

describe('statements that travel with the COMMIT elsewhere', () => {
  it('go as text on a pool without named statements (pgBouncer), and still commit', async () => {
    const plain = createPool(fixture.ctx.appUrl, { max: 1 });
    try {
      expect(await commitWith(plain, a, countedTypes())).toEqual([[{ n: 1 }]]);
      expect(await held(plain)).toEqual([]);
    } finally {
      await plain.end();
    }
  });
});
