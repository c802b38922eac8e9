import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { PoolClient } from './pool';
import type { TenantClient } from './tenant-context';

/** pg's per-connection record of the named statements the server has parsed (pg keeps it; we prune it). */
interface PgConnection {
  parsedStatements: Record<string, string>;
}

/** The named statements one server connection holds, least recently used first. */
interface ConnectionStatements {
  max: number;
  names: Map<string, true>;
  /** Evicted names the server still holds: deallocated at the start of the connection's next transaction. */
  evicted: string[];
}

const statements = new WeakMap<PgConnection, ConnectionStatements>();
const PLANNABLE = /^\s*(select|insert|update|delete|with)\b/i;

const connectionOf = (client: PoolClient) => (client as unknown as { connection: PgConnection }).connection;

/**
 * Gives every connection of `pool` a bounded set of named prepared statements (see `namedStatementClient`).
 * Only for pools connected straight to Postgres: pgBouncer before 1.21 (and later ones without
 * `max_prepared_statements`) does not keep a named statement on the server connection a later transaction gets.
 */
export function enableNamedStatements(pool: pg.Pool, maxPerConnection: number): void {
  if (maxPerConnection <= 0) return;
  pool.on('connect', (client) => {
    statements.set(connectionOf(client), { max: maxPerConnection, names: new Map(), evicted: [] });
  });
}

/** `DEALLOCATE` for the statements this connection evicted, to open its next transaction with (or ''). */
export function takeDeallocations(client: PoolClient): string {
  const connection = connectionOf(client);
  const cache = statements.get(connection);
  if (!cache || cache.evicted.length === 0) return '';
  const names = cache.evicted.filter((name) => connection.parsedStatements[name] !== undefined);
  cache.evicted = [];
  for (const name of names) delete connection.parsedStatements[name];
  return names.map((name) => `DEALLOCATE "${name}"; `).join('');
}

/**
 * Tenant work's statements as named prepared statements on this connection, so Postgres parses and analyses each
 * once per connection and may keep a generic plan instead of planning every call. A statement is planned against
 * one schema (search_path differs per tenant), so the name comes from schema and text: the same statement of
 * two tenants is two entries, and equal names always mean equal statements. At most `max` per connection, least
 * recently used evicted; an evicted statement is deallocated with the connection's next transaction opening (not
 * now: the current transaction may already have failed, and DEALLOCATE would fail with it). The opening travels
 * with a transaction's first statement, so what that statement evicts is dropped by its own opening. Pools without
 * `enableNamedStatements` get `send` back unchanged. Statements go out through `send` (by default the client
 * itself; a transaction passes the client that opens it with its first statement).
 */
export function namedStatementClient(
  client: PoolClient,
  schema: string,
  send: TenantClient = client,
): TenantClient {
  const cache = statements.get(connectionOf(client));
  if (!cache) return send;
  const query = (config: string | pg.QueryConfig, values?: unknown[]) => {
    if (typeof config === 'string' || config.name || !PLANNABLE.test(config.text))
      return send.query(config as pg.QueryConfig, values);
    const name = `t_${createHash('sha1').update(schema).update('\0').update(config.text).digest('base64url')}`;
    if (cache.names.delete(name)) cache.names.set(name, true);
    else {
      cache.names.set(name, true);
      // Evicted earlier in this transaction and wanted again: it is still on the server, so keep it there.
      const evicted = cache.evicted.indexOf(name);
      if (evicted !== -1) cache.evicted.splice(evicted, 1);
      if (cache.names.size > cache.max) {
        const oldest = cache.names.keys().next().value!;
        cache.names.delete(oldest);
        cache.evicted.push(oldest);
      }
    }
    return send.query({ ...config, name }, values);
  };
  const named = {
    query,
    on: (event: 'error', listener: (error: Error) => void) => {
      send.on(event, listener);
      return named;
    },
  };
  return named as unknown as TenantClient;
}
