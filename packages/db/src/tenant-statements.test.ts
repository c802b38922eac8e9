import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, gt, sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createDbTestContext, type DbTestContext } from './test/db-test-context';
import { createPool, type Pool } from './pool';
import { withTenantTransaction, type TenantScope } from './tenant-transaction';
import {
  statementBuilder,
  tenantSqlStatement,
  tenantStatement,
  tenantStatementsByShape,
} from './tenant-statements';

// The tenant template's equipment_types, as the API's fleet module declares it (enough columns to map a date).
const equipmentTypes = pgTable('equipment_types', {
  id: uuid().primaryKey(),
  name: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
});

const namesAfter = tenantStatement(
  statementBuilder
    .select()
    .from(equipmentTypes)
    .where(gt(equipmentTypes.name, sql.placeholder('after')))
    .orderBy(asc(equipmentTypes.name))
    .limit(sql.placeholder('limit'))
    .prepare('names_after'),
);

let ctx: DbTestContext;
let direct: Pool;
let named: Pool;
let a: TenantScope;
let b: TenantScope;
beforeAll(async () => {
  ctx = await createDbTestContext();
  a = await ctx.provision('stmt-a');
  b = await ctx.provision('stmt-b');
  direct = createPool(ctx.appUrl, { max: 2 });
  // One connection shared by both tenants, with the bounded named-statement cache on.
  named = createPool(ctx.appUrl, { max: 1, namedStatements: 4 });
  for (const tenant of [a, b]) {
    await withTenantTransaction(direct, tenant, ({ client }) =>
      client.query(
        `INSERT INTO equipment_types (id, name) SELECT gen_random_uuid(), $1 || '-' || n FROM generate_series(1, 3) n`,
        [tenant.slug],
      ),
    );
  }
});
afterAll(async () => {
  await direct?.end();
  await named?.end();
  await ctx.close();
});

describe('tenant statements built once', () => {
  it('answers each tenant with its own rows, mapped as drizzle maps them, in reads and in transactions', async () => {
    for (const tenant of [a, b]) {
      const read = await withTenantTransaction(
        direct,
        tenant,
        (tx) => namesAfter.run(tx, { after: '', limit: 2 }),
        {
          readOnly: true,
        },
      );
      expect(read.map((row) => row.name)).toEqual([`${tenant.slug}-1`, `${tenant.slug}-2`]);
      expect(read[0]!.createdAt).toBeInstanceOf(Date);
      const written = await withTenantTransaction(direct, tenant, (tx) =>
        namesAfter.run(tx, { after: `${tenant.slug}-1`, limit: 5 }),
      );
      expect(written.map((row) => row.name)).toEqual([`${tenant.slug}-2`, `${tenant.slug}-3`]);
    }
  });

  it('runs concurrently on different connections without mixing them up', async () => {
    const runs = await Promise.all(
      [a, b, a, b].map((tenant) =>
        withTenantTransaction(direct, tenant, (tx) => namesAfter.run(tx, { after: '', limit: 1 }), {
          readOnly: true,
        }),
      ),
    );
    expect(runs.map((rows) => rows[0]!.name)).toEqual(['stmt-a-1', 'stmt-b-1', 'stmt-a-1', 'stmt-b-1']);
  });

  it("never sends drizzle's statement name: the connection names statements per schema, or not at all", async () => {
    for (const tenant of [a, b]) {
      const held = await withTenantTransaction(named, tenant, async (tx) => {
        await namesAfter.run(tx, { after: '', limit: 1 });
        const { rows } = await tx.client.query<{ name: string }>('SELECT name FROM pg_prepared_statements');
        return rows.map((row) => row.name);
      });
      expect(held).not.toContain('names_after');
      expect(held.every((name) => name.startsWith('t_'))).toBe(true);
    }
    const withoutCache = await withTenantTransaction(direct, a, async (tx) => {
      await namesAfter.run(tx, { after: '', limit: 1 });
      return (await tx.client.query('SELECT name FROM pg_prepared_statements')).rows;
    });
    expect(withoutCache).toEqual([]);
  });

  it('refuses to run on the builder itself', async () => {
    const unbound = statementBuilder.select().from(equipmentTypes).limit(1).prepare('unbound');
    // Drizzle wraps the driver error ("Failed query: …"); its cause is the builder's refusal.
    const error = await unbound.execute().then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(String((error?.cause as Error | undefined)?.message)).toMatch(/run\(tx, values\)/);
  });

  it('builds a statement per shape of optional filters once, and runs each with its own values', async () => {
    const built: string[] = [];
    const page = tenantStatementsByShape(['after'], (has) => {
      built.push(has.after ? 'after' : 'first');
      return statementBuilder
        .select({ name: equipmentTypes.name })
        .from(equipmentTypes)
        .where(has.after ? gt(equipmentTypes.name, sql.placeholder('after')) : undefined)
        .orderBy(asc(equipmentTypes.name))
        .limit(sql.placeholder('limit'))
        .prepare('page');
    });
    const names = (after?: string) =>
      withTenantTransaction(
        direct,
        b,
        async (tx) => (await page.run(tx, { after, limit: 2 })).map((row) => row.name),
        { readOnly: true },
      );
    expect(await names()).toEqual(['stmt-b-1', 'stmt-b-2']);
    expect(await names('stmt-b-1')).toEqual(['stmt-b-2', 'stmt-b-3']);
    expect(await names('stmt-b-2')).toEqual(['stmt-b-3']);
    expect(await names()).toEqual(['stmt-b-1', 'stmt-b-2']);
    expect(built).toEqual(['first', 'after']);
  });

  it('renders a statement written in SQL once and fills its placeholders per run, every occurrence alike', async () => {
    const counted = tenantSqlStatement<{ names: string[]; matching: number; at: Date }>(sql`
      SELECT (SELECT array_agg(name ORDER BY name) FROM equipment_types WHERE name > ${sql.placeholder('after')}) AS names,
             (SELECT count(*) FROM equipment_types WHERE name > ${sql.placeholder('after')})::int AS matching,
             now() AS at`);
    for (const tenant of [a, b]) {
      const [row] = await withTenantTransaction(named, tenant, (tx) =>
        counted.run(tx, { after: `${tenant.slug}-1` }),
      );
      expect(row).toEqual({
        names: [`${tenant.slug}-2`, `${tenant.slug}-3`],
        matching: 2,
        at: expect.any(Date),
      });
    }
    // A value is a parameter, never text of the statement: a quote in it is just data.
    const [none] = await withTenantTransaction(
      direct,
      a,
      (tx) => counted.run(tx, { after: "z' OR true --" }),
      {
        readOnly: true,
      },
    );
    expect(none).toMatchObject({ names: null, matching: 0 });
    await expect(withTenantTransaction(direct, a, (tx) => counted.run(tx, {}))).rejects.toThrow(
      /No value for placeholder "after"/,
    );
  });
});
