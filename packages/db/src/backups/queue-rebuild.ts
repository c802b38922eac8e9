/**
 * The dispatch queue's serving order lives in Redis and is rebuilt from Postgres by the API's reconciler. Its
 * full pass (every live tenant) runs at start, every few minutes, and at once when this sentinel is missing,
 * which is how a restore (from the CLI, with no API in the process) asks for its tenant's queue to be rebuilt.
 */
export const reconcilerSentinelKey = (deployment: string) => `dispatch:reconciler-sentinel:${deployment}`;

/** One deployment's keys are told apart by the database they serve (its URL path, e.g. `/dispatch`). */
export const dispatchDeploymentKey = (databaseUrl: string) => new URL(databaseUrl).pathname;

export async function requestQueueRebuild(
  redis: { del(key: string): Promise<number> },
  deployment: string,
): Promise<void> {
  await redis.del(reconcilerSentinelKey(deployment));
}
