import pg from 'pg';
import type { Query, SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PoolClient } from './pool';

export interface TenantScope {
  id: string;
  schemaName: string;
  /** Names the tenant in metric labels and log lines (ids are for the database). */
  slug: string;
}

/** What tenant work may do with its connection: run statements and hear it fail (never check it in or out). */
export type TenantClient = Pick<PoolClient, 'query' | 'on'>;

/** What repositories receive: drizzle over one connection inside the tenant's context, plus the raw client. */
export interface TenantTx {
  db: NodePgDatabase;
  client: TenantClient;
  tenant: TenantScope;
  /**
   * Runs `statement` after everything else the transaction runs, in the COMMIT's own message (parameters inlined
   * by the library; several run in the order given): one round trip less, and whatever it locks is held one
   * round trip shorter. Nothing in the transaction may depend on its effect; a failure fails the transaction.
   * `onRows` receives its rows (pg's own type parsing, column names as the statement spells them) once the COMMIT
   * succeeded, before the transaction's answer: for what is only needed after the commit, such as an event's
   * payload read as of the commit. Absent in read-only work. A hot statement is best rendered once
   * (`tenantSqlStatement(…).bind(values)`), so only its values are filled in per call.
   */
  withCommit?<R extends Record<string, unknown> = Record<string, unknown>>(
    statement: SQL | Query,
    onRows?: (rows: R[]) => void,
  ): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SCHEMA = /^tenant_[a-z0-9_]{3,63}$/;

/**
 * The tenant context of a transaction: transaction-local search_path and app.current_tenant (and read-only
 * mode when asked). Both values are validated and escaped, and LOCAL makes every setting end with the
 * transaction, so a pooled connection (or a pgBouncer server connection in transaction mode) carries nothing into
 * the next one. `SET LOCAL` rather than `SELECT set_config(…)`: a utility statement is neither planned nor
 * answered with a row, which made the context about a fifth cheaper for Postgres. It needs a transaction block:
 * an explicit BEGIN, or a simple-protocol message of several statements, which Postgres runs as one implicit block.
 */
export function tenantContextStatement(tenant: TenantScope, options: { readOnly?: boolean } = {}): string {
  if (!UUID.test(tenant.id)) throw new Error('tenant id must be a lowercase UUID');
  if (!SCHEMA.test(tenant.schemaName)) throw new Error('tenant schema name is malformed');
  const schema = pg.escapeIdentifier(tenant.schemaName);
  const id = pg.escapeLiteral(tenant.id);
  return (
    `SET LOCAL search_path = ${schema}; SET LOCAL app.current_tenant = ${id}` +
    (options.readOnly ? '; SET LOCAL transaction_read_only = on' : '')
  );
}

/** The opening message of a tenant transaction: BEGIN and the context, one simple-protocol round trip. */
export function tenantBeginStatement(tenant: TenantScope, readOnly = false): string {
  return `BEGIN${readOnly ? ' READ ONLY' : ''}; ${tenantContextStatement(tenant)}`;
}
