import { drizzle } from 'drizzle-orm/node-postgres';
import type { PgPreparedQuery, PreparedQueryConfig } from 'drizzle-orm/pg-core';
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
 * A statement whose shape depends on which optional filters a call has (`{ status: true, region: false }`): each
 * shape is built once, the first time it is asked for, and kept (shapes are few: one per combination of the
 * filters a route offers). Values always go through placeholders, never into the shape.
 */
export function tenantStatementsByShape<S extends Record<string, boolean>, R>(
  build: (shape: S) => PgPreparedQuery<PreparedQueryConfig & { execute: R }>,
): { run(tx: TenantTx, shape: S, values: Record<string, unknown>): Promise<R> } {
  const built = new Map<string, TenantStatement<R>>();
  return {
    run(tx, shape, values) {
      const key = Object.keys(shape)
        .sort()
        .map((name) => (shape[name] ? `${name}+` : `${name}-`))
        .join(',');
      let statement = built.get(key);
      if (!statement) built.set(key, (statement = tenantStatement(build(shape))));
      return statement.run(tx, values);
    },
  };
}
