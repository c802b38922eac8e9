import { createDbTestContext, type DbTestContext } from './db-test-context';
import { createPool, type Pool } from '../pool';
import { withTenantTransaction, type TenantScope } from '../tenant-transaction';

export interface NamedStatementsFixture {
  ctx: DbTestContext;
  /** One connection that keeps at most two named statements: a third evicts one. */
  pool: Pool;
  a: TenantScope;
  b: TenantScope;
  close(): Promise<void>;
}

/** Two tenants `<prefix>-a` and `<prefix>-b`, each with one equipment type named after its slug. */
export async function namedStatementsFixture(prefix: string): Promise<NamedStatementsFixture> {
  const ctx = await createDbTestContext();
  const a = await ctx.provision(`${prefix}-a`);
  const b = await ctx.provision(`${prefix}-b`);
  const pool = createPool(ctx.appUrl, { max: 1, namedStatements: 2 });
  for (const tenant of [a, b]) {
    await withTenantTransaction(pool, tenant, ({ client }) =>
      client.query('INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), $1)', [tenant.slug]),
    );
  }
  return {
    ctx,
    pool,
    a,
    b,
    close: async () => {
      await pool.end();
      await ctx.close();
    },
  };
}
