import { createHash } from 'node:crypto';
import type pg from 'pg';
import { inlineParameters } from './inline-parameters';
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

/** Whether this connection names its statements (its pool has `enableNamedStatements`). */
export function hasNamedStatements(client: PoolClient): boolean {
  return statements.has(connectionOf(client));
}

/**
 * Forgets every named statement of this connection, here and in pg's record, and returns the `DEALLOCATE ALL` that
 * drops them on the server (for the caller to send outside any failed transaction). After a migration changed a
 * statement's result, each of them may be stale; they are prepared again as they are next used.
 */
export function forgetNamedStatements(client: PoolClient): string {
  const connection = connectionOf(client);
  const cache = statements.get(connection);
  if (cache) {
    cache.names.clear();
    cache.evicted = [];
  }
  for (const name of Object.keys(connection.parsedStatements)) delete connection.parsedStatements[name];
  return 'DEALLOCATE ALL';
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

/** Names already computed, by statement text and then schema: a digest per call showed in the read's profile. */
const names = new Map<string, Map<string, string>>();
/** Statement texts whose names are kept: built-once statements are far fewer; ad hoc ones must not grow it forever. */
const MAX_NAMED_TEXTS = 2_000;

/** The statement's name on a connection: a digest of schema and text, so equal names mean equal statements. */
function statementName(schema: string, text: string): string {
  let bySchema = names.get(text);
  if (!bySchema) {
    if (names.size >= MAX_NAMED_TEXTS) names.clear();
    names.set(text, (bySchema = new Map()));
  }
  let name = bySchema.get(schema);
  if (name === undefined) {
    name = `t_${createHash('sha1').update(schema).update('\0').update(text).digest('base64url')}`;
    bySchema.set(schema, name);
  }
  return name;
}

/**
 * Marks the statement of `schema` and `text` most recently used on the connection and returns its name; evicts
 * the least recently used one when that makes more than `max` (deallocated with the next opening).
 */
function touchStatement(cache: ConnectionStatements, schema: string, text: string): string {
  const name = statementName(schema, text);
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
  return name;
}

/** SQLSTATE of a parameter whose type Postgres cannot infer from the statement alone (`$1 IS NULL`). */
export const INDETERMINATE_DATATYPE = '42P18';
/** Statement texts Postgres refused to prepare for that reason: sent with inlined values from then on. */
const unpreparable = new Set<string>();
const MAX_UNPREPARABLE = 1_000;

/** Records that `PREPARE` of this text failed with `INDETERMINATE_DATATYPE`, so it is never prepared again. */
function markUnpreparable(text: string): void {
  if (unpreparable.size >= MAX_UNPREPARABLE) unpreparable.clear();
  unpreparable.add(text);
}

/** A statement run as `EXECUTE` (by reads, and with a write's COMMIT): its name, and whether the server holds it. */
export interface SqlPreparedStatement {
  name: string;
  text: string;
  prepared: boolean;
  /** Records that the server now holds it (after a message with its `PREPARE` succeeded, or was found to have). */
  markPrepared(): void;
  /** Records that the server no longer holds it (deallocated by the caller). */
  forget(): void;
}

/**
 * The named statement for `text` in `schema` on this connection, for work that prepares and executes it in SQL
 * (`PREPARE`/`EXECUTE`) rather than in the protocol; undefined when the connection keeps none, the text is not a
 * plannable statement, or Postgres could not infer its parameters' types (`markUnpreparable`). Both ways share
 * the connection's bounded set and pg's record of what the server holds, so a statement prepared either way is
 * executed either way without preparing it twice.
 */
export function sqlPreparedStatement(
  client: PoolClient,
  schema: string,
  text: string,
): SqlPreparedStatement | undefined {
  const connection = connectionOf(client);
  const cache = statements.get(connection);
  if (!cache || !PLANNABLE.test(text) || unpreparable.has(text)) return undefined;
  const name = touchStatement(cache, schema, text);
  return {
    name,
    text,
    prepared: connection.parsedStatements[name] !== undefined,
    markPrepared: () => {
      connection.parsedStatements[name] = text;
    },
    forget: () => {
      delete connection.parsedStatements[name];
    },
  };
}

/** `PREPARE "<name>" AS <text>`: the statement prepared in SQL, in the schema the message's context set. */
export function prepareStatement(statement: SqlPreparedStatement): string {
  return `PREPARE "${statement.name}" AS ${statement.text}`;
}

/** `EXECUTE "<name>"(<values>)`, the values as literals (`inlineParameters`): a prepared statement run in SQL. */
export function executeStatement(name: string, params: readonly unknown[]): string {
  if (params.length === 0) return `EXECUTE "${name}"`;
  const placeholders = params.map((_, index) => `$${index + 1}`).join(', ');
  return inlineParameters(`EXECUTE "${name}"(${placeholders})`, params);
}

/**
 * After a failed message that sent these `PREPARE`s, in this order: records those the server holds all the same
 * (they ran before the failure). If the failure was a parameter type Postgres could not infer, the first one not
 * held is the statement it refused, and is never prepared again.
 */
export async function markHeldStatements(
  client: PoolClient,
  preparing: readonly SqlPreparedStatement[],
  failure?: unknown,
): Promise<void> {
  if (preparing.length === 0) return;
  const { rows } = await client.query<{ name: string }>({
    text: 'SELECT name FROM pg_prepared_statements WHERE name = ANY($1)',
    values: [preparing.map((statement) => statement.name)],
  });
  const held = new Set(rows.map((row) => row.name));
  for (const statement of preparing) if (held.has(statement.name)) statement.markPrepared();
  if ((failure as { code?: string } | undefined)?.code === INDETERMINATE_DATATYPE) {
    const refused = preparing.find((statement) => !held.has(statement.name));
    if (refused) markUnpreparable(refused.text);
  }
}

/**
 * Tenant work's statements as named prepared statements on this connection, so Postgres parses and analyses each
 * once per connection and plans it once, generically (`createPool` starts such connections with
 * `force_generic_plan`). A statement is planned against one schema (search_path differs per tenant), so the name
 * comes from schema and text: the same statement of two tenants is two entries, and equal names always mean equal
 * statements. At most `max` per connection, least recently used evicted; an evicted statement is deallocated with
 * the connection's next transaction opening (not now: the current transaction may already have failed, and
 * DEALLOCATE would fail with it). The opening travels with a transaction's first statement, so what that statement
 * evicts is dropped by its own opening. Pools without `enableNamedStatements` get `send` back unchanged. Statements
 * go out through `send` (by default the client itself; a transaction passes the client that opens it with its first
 * statement).
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
    const name = touchStatement(cache, schema, config.text);
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
