import { fillPlaceholders, type Query, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect, type PgPreparedQuery, type PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { PoolClient } from './pool';
import type { TenantTx } from './tenant-context';

/**
 * Builds hot tenant statements once, at module load: `statementBuilder.select()…prepare('name')`, wrapped by
 * `tenantStatement`. Drizzle then keeps the SQL text and the row mapping, and each call only fills in the
 * placeholders (`sql.placeholder('limit')`): no query building, no casing conversion, no new type-parser
 * closures per call. The builder's own client refuses to run anything: a statement runs only on the tenant work
 * it is given (`run(tx, values)`).
 */
export const statementBuilder = drizzle(
  {
    query: () => {
      throw new Error('a tenant statement runs through its run(tx, values), never on the builder');
    },
  } as unknown as PoolClient,
  { casing: 'snake_case' },
);

/** A statement built once and run on any tenant transaction. */
export interface TenantStatement<R> {
  run(tx: TenantTx, values?: Record<string, unknown>): Promise<R>;
}

/** What of drizzle's prepared query this relies on (checked at build time, so an upgrade that moves it fails loudly). */
interface PreparedInternals {
  client: unknown;
  queryConfig: { name?: string };
  rawQueryConfig: { name?: string };
}

/**
 * Makes a drizzle prepared query runnable on any tenant transaction. The name drizzle requires is dropped: the
 * tenant clients decide about server-side named statements themselves (per schema, bounded, and never through
 * pgBouncer in transaction mode — see named-statements.ts), and a read sends its statement in one simple-protocol
 * message anyway. Each run binds the statement to the transaction's client in an object of its own, so concurrent
 * runs on different connections never share one.
 */
export function tenantStatement<R>(
  prepared: PgPreparedQuery<PreparedQueryConfig & { execute: R }>,
): TenantStatement<R> {
  const internals = prepared as unknown as PreparedInternals;
  if (!('client' in internals) || !internals.queryConfig || !internals.rawQueryConfig) {
    throw new Error('drizzle prepared queries no longer have the shape tenantStatement relies on');
  }
  delete internals.queryConfig.name;
  delete internals.rawQueryConfig.name;
  return {
    run: (tx, values) => {
      const bound = Object.create(prepared, { client: { value: tx.client } }) as typeof prepared;
      return bound.execute(values);
    },
  };
}

/**
 * A statement with optional filters: `optional` names the values a call may leave out, and each combination of
 * given and left out is built once, the first time a call has it (`has.status` is true when `status` is given),
 * then kept — combinations are few, one per set of filters a route offers. Values always go through
 * placeholders, never into the shape.
 */
export function tenantStatementsByShape<K extends string, R>(
  optional: readonly K[],
  build: (has: Record<K, boolean>) => PgPreparedQuery<PreparedQueryConfig & { execute: R }>,
): { run(tx: TenantTx, values: Partial<Record<K, unknown>> & Record<string, unknown>): Promise<R> } {
  return byShape(optional, (has) => tenantStatement(build(has)));
}

/** `tenantStatementsByShape` for statements written in SQL (`tenantSqlStatement`): rows as Postgres names them. */
export function tenantSqlStatementsByShape<K extends string, Row extends Record<string, unknown>>(
  optional: readonly K[],
  build: (has: Record<K, boolean>) => SQL,
): { run(tx: TenantTx, values: Partial<Record<K, unknown>> & Record<string, unknown>): Promise<Row[]> } {
  return byShape(optional, (has) => tenantSqlStatement<Row>(build(has)));
}

function byShape<K extends string, R>(
  optional: readonly K[],
  make: (has: Record<K, boolean>) => TenantStatement<R>,
): { run(tx: TenantTx, values: Partial<Record<K, unknown>> & Record<string, unknown>): Promise<R> } {
  const built = new Map<number, TenantStatement<R>>();
  return {
    run(tx, values) {
      let key = 0;
      optional.forEach((name, bit) => {
        if (values[name] !== undefined) key |= 1 << bit;
      });
      let statement = built.get(key);
      if (!statement) {
        const has = Object.fromEntries(optional.map((name, bit) => [name, (key & (1 << bit)) !== 0]));
        built.set(key, (statement = make(has as Record<K, boolean>)));
      }
      return statement.run(tx, values);
    },
  };
}

const dialect = new PgDialect({ casing: 'snake_case' });

/**
 * A statement written in SQL (CTEs, LATERAL, `row_to_json`: what the query builder does not express), rendered to
 * text once, at module load. Every value is a `sql.placeholder('name')`, filled in per run; the rows come back
 * as node-postgres parses them (timestamps as `Date`, JSON parsed), with the column names the SQL gives them.
 * `bind(values)` gives the text with its values, for `TenantTx.withCommit`.
 */
export function tenantSqlStatement<Row extends Record<string, unknown>>(
  query: SQL,
): {
  run(tx: TenantTx, values?: Record<string, unknown>): Promise<Row[]>;
  bind(values?: Record<string, unknown>): Query;
} {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return {
    run: async (tx, values = {}) => {
      const result = await tx.client.query<Row>({ text, values: fillPlaceholders(params, values) });
      return result.rows;
    },
    bind: (values = {}) => ({ sql: text, params: fillPlaceholders(params, values) }),
  };
}
