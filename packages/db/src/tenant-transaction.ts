import type pg from 'pg';
import { is, SQL, type Query } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import { commitMessage, type CommitMessage } from './commit-message';
import type { Pool, PoolClient } from './pool';
import { DatabaseUnavailableError, isDatabaseUnavailable, isStalePlan } from './errors';
import { withPooledClient } from './pooled-client';
import {
  forgetNamedStatements,
  markHeldStatements,
  namedStatementClient,
  takeDeallocations,
} from './named-statements';
import { tenantBeginStatement, type TenantScope, type TenantTx } from './tenant-context';
import { deferredBegin } from './deferred-begin';
import { withTenantReads } from './tenant-reads';

export { tenantBeginStatement, tenantContextStatement } from './tenant-context';
export type { TenantClient, TenantScope, TenantTx } from './tenant-context';

const dialect = new PgDialect({ casing: 'snake_case' });

export interface TenantTransactionOptions {
  /** Read-only work: each statement is one message with the tenant context (`withTenantReads`). */
  readOnly?: boolean;
}

const unavailableOr = (error: unknown, cause: Error | undefined) =>
  cause && isDatabaseUnavailable(cause) ? new DatabaseUnavailableError(error) : error;

/**
 * A tenant write transaction. The opening (BEGIN, the tenant context, and DEALLOCATE for the named statements
 * this connection evicted) travels with the first statement (`deferredBegin`); what `withCommit` collected
 * travels with the COMMIT. A transaction whose work ran no statement sends nothing unless it has something to
 * commit.
 */
export function withTenantTransaction<T>(
  pool: Pool,
  tenant: TenantScope,
  work: (tx: TenantTx) => Promise<T>,
  options: TenantTransactionOptions = {},
): Promise<T> {
  if (options.readOnly) return withTenantReads(pool, tenant, work);
  return withPooledClient(pool, tenant.schemaName, async ({ client: pooled, broken, markBroken }) => {
    const begin = () => takeDeallocations(pooled) + tenantBeginStatement(tenant);
    const opening = deferredBegin(pooled, begin);
    const client = namedStatementClient(pooled, tenant.schemaName, opening.client);
    const last: { query: Query; onRows?: (rows: never[]) => void }[] = [];
    let message: CommitMessage | undefined;
    try {
      const result = await work({
        db: drizzle(client as PoolClient, { casing: 'snake_case' }),
        client,
        tenant,
        withCommit: (statement, onRows) => {
          const query = is(statement, SQL) ? dialect.sqlToQuery(statement) : statement;
          last.push({ query, onRows: onRows as never });
        },
      });
      if (opening.opened() || last.length > 0) {
        // One message: a failing statement skips the COMMIT after it, and the catch below rolls back.
        const opened = opening.opened();
        message = commitMessage(
          pooled,
          tenant.schemaName,
          last.map((statement) => statement.query),
          { named: opened },
        );
        const sent = opened ? pooled.query(message.text) : opening.client.query(message.text);
        const results = (await sent) as unknown as pg.QueryResult[];
        for (const statement of message.preparing) statement.markPrepared();
        // A message of several statements answers one result each, in order (the COMMIT's last).
        last.forEach((statement, index) =>
          statement.onRows?.(results[message!.resultIndex[index]!]!.rows as never[]),
        );
      }
      return result;
    } catch (error) {
      if (opening.opened()) await pooled.query('ROLLBACK').catch(markBroken);
      // PREPARE outlives the rollback: those that ran before the failure are held.
      if (message?.preparing.length && !broken())
        await markHeldStatements(pooled, message.preparing, error).catch(markBroken);
      // A migration changed a prepared statement's result: drop this connection's statements (a retry prepares).
      if (isStalePlan(error)) await pooled.query(forgetNamedStatements(pooled)).catch(markBroken);
      throw unavailableOr(error, broken());
    }
  });
}

/**
 * A plain transaction on the admin (owner) pool, for platform work: BEGIN, run, COMMIT; ROLLBACK on error. A
 * connection whose ROLLBACK failed is in an unknown state, so it is destroyed rather than returned to the pool.
 */
export function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return withPooledClient(pool, undefined, async ({ client, broken, markBroken }) => {
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(markBroken);
      throw unavailableOr(error, broken());
    }
  });
}
