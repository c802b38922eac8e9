import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool, PoolClient } from './pool';
import { withPooledClient } from './pooled-client';
import { DatabaseUnavailableError, isDatabaseUnavailable, isStalePlan } from './errors';
import { inlineParameters } from './inline-parameters';
import {
  executeStatement,
  hasNamedStatements,
  INDETERMINATE_DATATYPE,
  markHeldStatements,
  prepareStatement,
  sqlPreparedStatement,
  takeDeallocations,
} from './named-statements';
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
  return clientWith(client, query);
}

/**
 * `oneMessageClient` on a connection that keeps named statements: the statement in the message is
 * `EXECUTE <name>(<values>)`, preceded the first time on this connection by `PREPARE <name> AS <statement>`
 * (after the context, so it is analysed in the tenant's schema). Postgres parses and plans the statement once per
 * connection and schema and keeps its plan, where a plain message is parsed and planned on every call: for the
 * tenant read that was about a third of its Postgres CPU. Still one simple-protocol message, one round trip and
 * one pg query per statement. The names, their bound and their eviction are the connection's own
 * (`sqlPreparedStatement`, shared with write transactions' protocol-level statements); what this connection
 * evicted is deallocated at the start of the message. `PREPARE` and `DEALLOCATE` outlive a failed message, so
 * after a failure the server is asked whether the statement got prepared. A statement whose result a migration
 * changed is deallocated and prepared again.
 */
function preparedReadClient(client: PoolClient, schema: string, context: string): TenantClient {
  const plain = oneMessageClient(client, context);
  const query = async (config: string | QueryConfig, values?: unknown[]) => {
    const statement = typeof config === 'string' ? { text: config } : config;
    const named = sqlPreparedStatement(client, schema, statement.text);
    if (!named) return plain.query(config as pg.QueryConfig, values);
    const execute = executeStatement(named.name, values ?? statement.values ?? []);
    const prepare = named.prepared ? '' : `${prepareStatement(named)}; `;
    const text = `${takeDeallocations(client)}${context}; ${prepare}${execute}`;
    try {
      const results = (await client.query({
        text,
        rowMode: statement.rowMode,
        types: statement.types,
      } as pg.QueryConfig)) as unknown as pg.QueryResult[];
      if (prepare) named.markPrepared();
      return results[results.length - 1];
    } catch (error) {
      if (!prepare) {
        if (!isStalePlan(error)) throw error;
        // A migration changed what the statement returns, and Postgres refuses to run the old plan: prepare again.
        await client.query(`DEALLOCATE "${named.name}"`);
        named.forget();
        return query(config, values);
      }
      // Records whether the PREPARE ran, and a statement Postgres could not type as never to be prepared again.
      await markHeldStatements(client, [named], error).catch(() => undefined);
      if ((error as { code?: string }).code !== INDETERMINATE_DATATYPE) throw error;
      return plain.query(config as pg.QueryConfig, values);
    }
  };
  return clientWith(client, query);
}

function clientWith(client: PoolClient, query: (...args: never[]) => Promise<unknown>): TenantClient {
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
 * Read-only tenant work, one simple-protocol message (one round trip) per statement: executing a statement the
 * connection keeps prepared where it keeps named statements (`preparedReadClient`), the statement itself on the
 * others, such as connections through pgBouncer (`oneMessageClient`).
 */
export function withTenantReads<T>(
  pool: Pool,
  tenant: TenantScope,
  work: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  return withPooledClient(pool, tenant.schemaName, async ({ client, broken, markBroken }) => {
    const context = tenantContextStatement(tenant, { readOnly: true });
    const reader = hasNamedStatements(client)
      ? preparedReadClient(client, tenant.schemaName, context)
      : oneMessageClient(client, context);
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
