import type pg from 'pg';
import type { PoolClient } from './pool';

/** The parts of pg's client that pipelining touches (pg ≥ 8.23: `pipeline` switches the query queue's mode). */
interface PipelinableClient {
  pipeline: boolean;
  connection: { stream: { cork(): void; uncork(): void } };
}

/** Whether pg can pipeline `config`: cursors and COPY keep a portal open across round trips, which it refuses. */
export const isPlainQuery = (config: unknown) =>
  typeof config === 'string' ||
  (typeof config === 'object' &&
    config !== null &&
    typeof (config as { submit?: unknown }).submit !== 'function' &&
    (config as { rows?: unknown }).rows === undefined);

/**
 * Sends the queries `send` starts in one write, with pg's pipeline mode on, and waits for every answer: Postgres
 * runs them in order and answers each. Pipeline mode is on for these queries only and off again once all are
 * answered, so every other user of the connection sees pg's ordinary one query at a time. A query that fails does
 * not stop the ones after it (each carries its own Sync); the caller decides what the answers mean together.
 */
export async function pipelined(
  client: PoolClient,
  send: () => Promise<pg.QueryResult>[],
): Promise<PromiseSettledResult<pg.QueryResult>[]> {
  const pipelinable = client as unknown as PipelinableClient;
  const { stream } = pipelinable.connection;
  pipelinable.pipeline = true;
  stream.cork();
  let answers: Promise<pg.QueryResult>[];
  try {
    answers = send();
  } finally {
    stream.uncork();
  }
  const settled = await Promise.allSettled(answers);
  pipelinable.pipeline = false;
  return settled;
}

/** The value of one pipelined answer, or its failure thrown. */
export function answerOf(settled: PromiseSettledResult<pg.QueryResult> | undefined): pg.QueryResult {
  if (!settled) throw new Error('a pipelined query went unanswered');
  if (settled.status === 'rejected') throw settled.reason;
  return settled.value;
}
