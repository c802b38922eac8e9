import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool, PoolClient } from './pool';
import { withPooledClient } from './pooled-client';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './errors';
import { inlineParameters } from './inline-parameters';
import { tenantContextStatement, type TenantClient, type TenantScope, type TenantTx } from './tenant-context';

type QueryConfig = { text: string; values?: unknown[]; rowMode?: 'array'; types?: unknown; name?: string };

/**
 * A client for read-only tenant work whose every statement is one simple-protocol message:
 * `SET LOCAL search_path …; SET LOCAL app.current_tenant …; SET LOCAL transaction_read_only = on; <statement>`.
 * Postgres runs the statements of one such message as one implicit transaction, so the context is
 * transaction-local and ends with the message: no BEGIN, no COMMIT, one round trip per statement. Through
 * pgBouncer in transaction mode the message is one transaction on one server connection and nothing survives it.
 * Parameters are inlined as literals by pg's serializer and pg's quoting rule (`inlineParameters`). Each
 * statement sees its own snapshot, which is what READ COMMITTED gives statements inside one transaction too.
 */
function oneMessageClient(client: PoolClient, context: string): TenantClient {
  const query = async (config: string | QueryConfig, values?: unknown[]) => {
    const statement = typeof config === 'string' ? { text: config } : config;
    const text = `${context}; ${inlineParameters(statement.text, values ?? statement.values)}`;
    const results = (await client.query({
      text,
      rowMode: statement.rowMode,
      types: statement.types,
    } as pg.QueryConfig)) as unknown as pg.QueryResult[];
    // The context's statements answer first; the caller sees its statement's result only.
    return results[results.length - 1];
  };
  const reader = {
    query,
    on: (event: 'error', listener: (error: Error) => void) => {
      client.on(event, listener);
      return reader;
    },
  };
  return reader as unknown as TenantClient;
}

/**
 * Read-only tenant work, one message per statement (see `oneMessageClient`). A single-statement read costs one
 * round trip in all.
 */
export function withTenantReads<T>(
  pool: Pool,
  tenant: TenantScope,
  work: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  const context = tenantContextStatement(tenant, { readOnly: true });
  return withPooledClient(pool, async ({ client, broken, markBroken }) => {
    const reader = oneMessageClient(client, context);
    try {
      return await work({
        db: drizzle(reader as PoolClient, { casing: 'snake_case' }),
        client: reader,
        tenant,
      });
    } catch (error) {
      // No transaction is left open on the connection; only a lost connection makes it unusable.
      if (isDatabaseUnavailable(error)) markBroken(error as Error);
      throw broken() ? new DatabaseUnavailableError(error) : error;
    }
  });
}
