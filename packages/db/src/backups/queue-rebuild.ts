/**
 * The dispatch queue's serving order lives in Redis and is rebuilt from Postgres by the API's reconciler. Its
 * full pass (every live tenant) runs at start, every few minutes, and at once when this sentinel is missing,
 * which is how a restore (from the CLI, with no API in the process) asks for its tenant's queue to be rebuilt.
 */
export const reconcilerSentinelKey = (deployment: string) => `dispatch:reconciler-sentinel:${deployment}`;

/** One deployment's keys are told apart by the database they serve (its URL path, e.g. `/dispatch`). */
export const dispatchDeploymentKey = (databaseUrl: string) => new URL(databaseUrl).pathname;

/**
 * Set in Redis while it holds a tenant's whole serving order (the API's dispatch.queue.ts sets it only together
 * with a rebuild from Postgres); without it the API rebuilds the tenant's order before serving from it.
 */
export const tenantQueueCompleteKey = (tenantId: string) => `dispatch:{t:${tenantId}}:complete`;

/**
 * Deletes the sentinel (a full reconciler pass at once) and each restored tenant's complete-marker, so that
 * nothing is served from the tenant's pre-restore order even before that pass.
 */
export async function requestQueueRebuild(
  redis: { del(key: string): Promise<number> },
  deployment: string,
  tenantIds: readonly string[] = [],
): Promise<void> {
  await redis.del(reconcilerSentinelKey(deployment));
  for (const tenantId of tenantIds) await redis.del(tenantQueueCompleteKey(tenantId));
}
