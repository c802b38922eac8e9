import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Pool, PoolClient } from './pool';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './errors';

export interface TenantScope {
  id: string;
  schemaName: string;
  /** Names the tenant in metric labels and log lines (ids are for the database). */
  slug: string;
}

/** What repositories receive: drizzle over one connection inside the tenant's transaction, plus the raw client. */
export interface TenantTx {
  db: NodePgDatabase;
  client: PoolClient;
  tenant: TenantScope;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SCHEMA = /^tenant_[a-z0-9_]{3,63}$/;

/**
 * The opening statement of every tenant unit of work: BEGIN plus transaction-local search_path and
 * app.current_tenant, sent as one simple-protocol round trip. Both values are validated and escaped,
 * and `true` makes them local, so a pooled connection (or a pgBouncer server connection in transaction
 * mode) carries nothing into the next transaction.
 */
export function tenantBeginStatement(tenant: TenantScope, readOnly = false): string {
  if (!UUID.test(tenant.id)) throw new Error('tenant id must be a lowercase UUID');
  if (!SCHEMA.test(tenant.schemaName)) throw new Error('tenant schema name is malformed');
  const schema = pg.escapeLiteral(pg.escapeIdentifier(tenant.schemaName));
  const id = pg.escapeLiteral(tenant.id);
  return (
    `BEGIN${readOnly ? ' READ ONLY' : ''}; ` +
    `SELECT set_config('search_path', ${schema}, true), set_config('app.current_tenant', ${id}, true)`
  );
}

export interface TenantTransactionOptions {
  readOnly?: boolean;
}

/**
 * BEGIN (with whatever opening statement), run, COMMIT; ROLLBACK on error. A connection whose ROLLBACK
 * failed is in an unknown state, so it is destroyed rather than returned to the pool.
 */
async function inTransaction<T>(
  pool: Pool,
  begin: string,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw new DatabaseUnavailableError(error);
  }
  let broken: Error | undefined;
  // A checked-out client whose server connection dies emits 'error'; unheard, that event would end the process.
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw broken && isDatabaseUnavailable(broken) ? new DatabaseUnavailableError(error) : error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

export function withTenantTransaction<T>(
  pool: Pool,
  tenant: TenantScope,
  work: (tx: TenantTx) => Promise<T>,
  options: TenantTransactionOptions = {},
): Promise<T> {
  return inTransaction(pool, tenantBeginStatement(tenant, options.readOnly), (client) =>
    work({ db: drizzle(client, { casing: 'snake_case' }), client, tenant }),
  );
}

/** A plain transaction on the admin (owner) pool, for platform work. */
export function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, 'BEGIN', work);
}
