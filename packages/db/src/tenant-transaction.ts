import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import { inlineParameters } from './inline-parameters';
import type { Pool, PoolClient } from './pool';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './errors';
import { withPooledClient } from './pooled-client';
import { namedStatementClient, takeDeallocations } from './named-statements';
import { tenantBeginStatement, type TenantScope, type TenantTx } from './tenant-context';
import { withTenantReads } from './tenant-reads';

export { tenantBeginStatement, tenantContextStatement } from './tenant-context';
export type { TenantClient, TenantScope, TenantTx } from './tenant-context';

const dialect = new PgDialect({ casing: 'snake_case' });

export interface TenantTransactionOptions {
  /** Read-only work: each statement is one message with the tenant context (`withTenantReads`). */
  readOnly?: boolean;
}

/**
 * BEGIN (with whatever opening statement), run, COMMIT; ROLLBACK on error. A connection whose ROLLBACK
 * failed is in an unknown state, so it is destroyed rather than returned to the pool.
 */
function inTransaction<T>(
  pool: Pool,
  begin: string,
  work: (client: PoolClient, atCommit: (statement: string) => void) => Promise<T>,
): Promise<T> {
  return withPooledClient(pool, async ({ client, broken, markBroken }) => {
    try {
      // Named statements this connection evicted go in the same message (no round trip of their own).
      await client.query(takeDeallocations(client) + begin);
      const last: string[] = [];
      const result = await work(client, (statement) => last.push(statement));
      // One message: a failing statement skips the COMMIT after it, and the catch below rolls back.
      await client.query([...last, 'COMMIT'].join('; '));
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(markBroken);
      const cause = broken();
      throw cause && isDatabaseUnavailable(cause) ? new DatabaseUnavailableError(error) : error;
    }
  });
}

export function withTenantTransaction<T>(
  pool: Pool,
  tenant: TenantScope,
  work: (tx: TenantTx) => Promise<T>,
  options: TenantTransactionOptions = {},
): Promise<T> {
  if (options.readOnly) return withTenantReads(pool, tenant, work);
  return inTransaction(pool, tenantBeginStatement(tenant), (pooled, atCommit) => {
    const client = namedStatementClient(pooled, tenant.schemaName);
    return work({
      db: drizzle(client as PoolClient, { casing: 'snake_case' }),
      client,
      tenant,
      withCommit: (statement) => {
        const query = dialect.sqlToQuery(statement);
        atCommit(inlineParameters(query.sql, query.params));
      },
    });
  });
}

/** A plain transaction on the admin (owner) pool, for platform work. */
export function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, 'BEGIN', work);
}
