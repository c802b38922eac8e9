import type { Query } from 'drizzle-orm';
import { inlineParameters } from './inline-parameters';
import type { PoolClient } from './pool';
import {
  executeStatement,
  prepareStatement,
  sqlPreparedStatement,
  type SqlPreparedStatement,
} from './named-statements';

/** The statements that travel with a COMMIT, and the COMMIT, as one simple-protocol message. */
export interface CommitMessage {
  text: string;
  /** Where each statement's result sits among the message's results (a `PREPARE` answers one of its own). */
  resultIndex: number[];
  /** The statements this message prepares: held by the server once it succeeded (or if found so after a failure). */
  preparing: SqlPreparedStatement[];
}

/**
 * Builds the message. On a connection that keeps named statements each statement runs as `EXECUTE` of a statement
 * prepared once per connection and schema, its `PREPARE` ahead of its first use, as tenant reads do: sent as text,
 * it was parsed and planned on every call (the queue depths and the idempotent answer of a queued dispatch took
 * about 0.2 ms of planning per request). The message follows the transaction's context, so a `PREPARE` is analysed
 * in the tenant's schema. Elsewhere (pgBouncer), the statements go as they are, values inlined as literals.
 * `named` is off when the message also opens the transaction: the opening, sent after this is built, deallocates
 * what building it evicted, which could be one of its own statements.
 */
export function commitMessage(
  client: PoolClient,
  schema: string,
  statements: readonly Query[],
  options: { named: boolean },
): CommitMessage {
  const parts: string[] = [];
  const resultIndex: number[] = [];
  const preparing: SqlPreparedStatement[] = [];
  for (const { sql: text, params } of statements) {
    const named = options.named ? sqlPreparedStatement(client, schema, text) : undefined;
    if (named && !named.prepared && !preparing.some((statement) => statement.name === named.name)) {
      parts.push(prepareStatement(named));
      preparing.push(named);
    }
    resultIndex.push(parts.length);
    parts.push(named ? executeStatement(named.name, params) : inlineParameters(text, params));
  }
  parts.push('COMMIT');
  return { text: parts.join('; '), resultIndex, preparing };
}
