import type pg from 'pg';
import type { PoolClient } from './pool';
import type { TenantClient } from './tenant-context';

/** The parts of pg's client that pipelining touches (pg ≥ 8.23: `pipeline` switches the query queue's mode). */
interface PipelinableClient {
  pipeline: boolean;
  connection: { stream: { cork(): void; uncork(): void } };
}

export interface DeferredBegin {
  /** The connection, whose first statement carries the opening with it. */
  client: TenantClient;
  /** Whether the opening went out (with the first statement). */
  opened(): boolean;
}

const isPlainQuery = (config: unknown) =>
  typeof config === 'string' ||
  (typeof config === 'object' &&
    config !== null &&
    typeof (config as { submit?: unknown }).submit !== 'function' &&
    (config as { rows?: unknown }).rows === undefined);

/**
 * Opens a transaction together with its first statement: the opening (`BEGIN; SELECT set_config(…)`) and the
 * statement go out in one write, pipelined, and their answers come back together, so a write transaction costs
 * one round trip less. The statement keeps its own protocol (a named prepared statement stays named and planned
 * once per connection). pg's pipeline mode is switched on for those two queries only and off again once both are
 * answered, so the rest of the transaction, and every other user of the connection, sees the ordinary one query
 * at a time. Postgres runs them in order, so the statement runs in the tenant context the opening set; if the
 * opening fails, the statement fails in the aborted transaction and the caller's ROLLBACK cleans up as before.
 * Through pgBouncer in transaction mode the opening's BEGIN pins the server connection before the statement is
 * read, exactly as when they travel apart. `opening` is called when the first statement goes out, not before,
 * so whatever it takes from the connection's state (evicted statement names) is only taken when it is sent.
 */
export function deferredBegin(client: PoolClient, opening: () => string): DeferredBegin {
  let opened = false;
  const query = async (config: string | pg.QueryConfig, values?: unknown[]) => {
    if (opened) return client.query(config as pg.QueryConfig, values);
    opened = true;
    const first = opening();
    // Cursors and COPY keep a portal open across round trips, which pg's pipeline mode refuses: open first.
    if (!isPlainQuery(config)) {
      await client.query(first);
      return client.query(config as pg.QueryConfig, values);
    }
    const pipelined = client as unknown as PipelinableClient;
    const { stream } = pipelined.connection;
    pipelined.pipeline = true;
    stream.cork();
    let began: Promise<unknown>;
    let answered: Promise<pg.QueryResult>;
    try {
      began = client.query(first);
      answered = client.query(config as pg.QueryConfig, values);
    } finally {
      stream.uncork();
    }
    const [beginning, result] = await Promise.allSettled([began, answered]);
    pipelined.pipeline = false;
    if (beginning.status === 'rejected') throw beginning.reason;
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  };
  const deferred = {
    query,
    on: (event: 'error', listener: (error: Error) => void) => {
      client.on(event, listener);
      return deferred;
    },
  };
  return { client: deferred as unknown as TenantClient, opened: () => opened };
}
