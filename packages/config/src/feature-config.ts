import type { VariableReaders } from './vault-config';

type Env = Record<string, string | undefined>;

/** Settings of single features: the dashboard cache, audit anchoring, the dispatch queue and its reconciler. */
export function featureConfig(env: Env, read: VariableReaders) {
  return {
    dashboard: {
      /**
       * Longest a cached dashboard is served (entries are also made unreachable at once by any event of the
       * tenant); bounds the drift of its last-24-hours counts and Redis memory. 0 turns the cache off.
       */
      cacheTtlSeconds: read.integer(env, 'DASHBOARD_CACHE_TTL_SECONDS', 60, 0, 3600),
    },
    audit: {
      /**
       * How often each tenant's audit chain head is written to the object store (only when S3_BUCKET is set);
       * 0 turns anchoring off. Verification compares the chain with the newest anchor.
       */
      anchorIntervalSeconds: read.integer(env, 'AUDIT_ANCHOR_INTERVAL_SECONDS', 3600, 0, 604_800),
      /** With S3 Object Lock on the bucket, how long an anchor can be neither deleted nor overwritten. */
      anchorRetentionDays: read.integer(env, 'AUDIT_ANCHOR_RETENTION_DAYS', 400, 1, 36_500),
    },
    dispatch: {
      /** How long a taken queue head stays invisible to other replicas if its taker neither serves nor returns it. */
      queueLeaseMs: read.integer(env, 'DISPATCH_QUEUE_LEASE_MS', 15_000, 1_000, 600_000),
      /** The reconciler's frequent pass, over tenants with a queue. */
      reconcileIntervalMs: read.integer(env, 'DISPATCH_RECONCILE_INTERVAL_MS', 15_000, 1_000, 3_600_000),
      /** The reconciler's full pass, over every tenant. */
      fullReconcileIntervalMs: read.integer(
        env,
        'DISPATCH_FULL_RECONCILE_INTERVAL_MS',
        300_000,
        10_000,
        86_400_000,
      ),
    },
  };
}
