/** Bounded database operation kinds, one per way the API talks to Postgres. */
export type DbOperation = 'tenant_tx' | 'tenant_read' | 'platform' | 'reconcile';

/** The db_query_duration_seconds histogram (plugins/metrics.ts), as the code that times a query needs it. */
export interface DbTimer {
  dbQueryDuration: { startTimer(labels: { operation: DbOperation }): () => unknown };
}

/** Times `work` into db_query_duration_seconds under `operation`, whether it succeeds or fails. */
export async function timed<T>(
  metrics: DbTimer | undefined,
  operation: DbOperation,
  work: () => Promise<T>,
): Promise<T> {
  if (!metrics) return work();
  const stop = metrics.dbQueryDuration.startTimer({ operation });
  try {
    return await work();
  } finally {
    stop();
  }
}
