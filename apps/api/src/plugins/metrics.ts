import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A gauge whose values are read at scrape time from whatever feature registered a source for it. */
type GaugeSource<L extends string> = () => Promise<Array<{ labels: Record<L, string>; value: number }>>;

function collectedGauge<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
) {
  let source: GaugeSource<L> | undefined;
  const gauge = new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      if (!source) return;
      // A failed read (Redis away) keeps the last values rather than failing the whole scrape.
      const samples = await source().catch(() => undefined);
      if (!samples) return;
      this.reset();
      for (const sample of samples) this.set(sample.labels, sample.value);
    },
  });
  return {
    gauge,
    setSource(next: GaugeSource<L>) {
      source = next;
    },
  };
}

/** Seconds buckets for waits measured in minutes to hours (time in the dispatch queue). */
const QUEUE_WAIT_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200];
const DB_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const LAG_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2, 5];

/** Bounded reasons a request's tenant could not be resolved (never the host itself: that is user input). */
export type TenantResolutionFailure =
  'unknown-host' | 'unknown-tenant' | 'malformed-token' | 'unknown-issuer' | 'suspended' | 'offboarding';

export { timed, type DbOperation } from '#src/observability/db-timing';

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter({ name, help, labelNames, registers: [registry] });
  const histogram = <L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    buckets: number[],
  ) => new Histogram({ name, help, labelNames, buckets, registers: [registry] });

  const queueDepth = collectedGauge(
    registry,
    'dispatch_queue_depth',
    'Requests waiting in the dispatch queue, by tenant slug and priority (read from Redis at scrape)',
    ['tenant', 'priority'] as const,
  );
  const activeDispatches = collectedGauge(
    registry,
    'active_dispatches',
    'Assignments not yet completed or cancelled, by tenant slug (a Redis count repaired by the reconciler)',
    ['tenant'] as const,
  );
  const dependencyUp = collectedGauge(
    registry,
    'dispatch_dependency_up',
    'Whether this replica reaches a dependency (postgres, redis): 1 up, 0 down, probed at scrape time',
    ['dependency'] as const,
  );
  const dbPool = collectedGauge(
    registry,
    'db_pool_connections',
    'Database pool connections by pool and state (total, idle, waiting clients)',
    ['pool', 'state'] as const,
  );

  // pg keeps the routing counts; the counter mirrors them at scrape time (a pool swapped under Vault starts at 0).
  let checkoutSource: (() => Array<{ labels: { pool: string; route: string }; value: number }>) | undefined;
  const dbPoolCheckouts = {
    counter: new Counter({
      name: 'db_pool_checkouts_total',
      help: "Tenant checkouts from the tenant-affine pools: route home (the tenant's lane), spilled (a later lane), waited (queued first)",
      labelNames: ['pool', 'route'] as const,
      registers: [registry],
      collect() {
        if (!checkoutSource) return;
        this.reset();
        for (const sample of checkoutSource()) this.inc(sample.labels, sample.value);
      },
    }),
    setSource(next: typeof checkoutSource) {
      checkoutSource = next;
    },
  };

  return {
    registry,
    httpRequests: counter('http_requests_total', 'HTTP requests by route pattern and status', [
      'method',
      'route',
      'status',
    ] as const),
    httpDuration: histogram(
      'http_request_duration_seconds',
      'HTTP request duration by route pattern',
      ['method', 'route'] as const,
      [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
    ),
    dispatchRequests: counter(
      'dispatch_requests_total',
      'Dispatch requests by tenant slug and result (dispatched at once, queued, rejected)',
      ['tenant', 'result'] as const,
    ),
    queueWait: histogram(
      'dispatch_queue_wait_seconds',
      'Time a request spent queued before it was fulfilled, by tenant slug and priority',
      ['tenant', 'priority'] as const,
      QUEUE_WAIT_BUCKETS,
    ),
    queueDepth,
    activeDispatches,
    dependencyUp,
    completionDuration: histogram(
      'dispatch_completion_duration_seconds',
      'Time from an assignment being dispatched to its completion',
      [] as const,
      [300, 900, 1800, 3600, 7200, 14400, 28800, 57600, 86400, 172800],
    ),
    reconcilerRuns: counter(
      'dispatch_reconciler_runs_total',
      'Queue reconciler passes run on this replica (pass: full or frequent)',
      ['pass'] as const,
    ),
    reconcilerRepairs: counter(
      'dispatch_reconciler_repairs_total',
      'Queue entries the reconciler repaired in Redis from Postgres (kind: added or removed)',
      ['kind'] as const,
    ),
    dbQueryDuration: histogram(
      'db_query_duration_seconds',
      'Database work duration by operation kind (a transaction or a registry lookup)',
      ['operation'] as const,
      DB_BUCKETS,
    ),
    dbPool,
    dbPoolCheckouts,
    jwksFetches: counter('idp_jwks_fetch_total', 'JWKS fetches from identity providers by result', [
      'result',
    ] as const),
    jwksTenantFailures: counter(
      'idp_jwks_fetch_failures_total',
      'Failed JWKS fetches for the issuer of a tenant, by tenant slug',
      ['tenant'] as const,
    ),
    tenantResolutionFailures: counter(
      'tenant_resolution_failures_total',
      'Requests whose tenant could not be resolved, by bounded reason',
      ['reason'] as const,
    ),
    dashboardCache: counter(
      'dashboard_cache_requests_total',
      'Dashboard reads by cache result: hit, miss (computed and stored), shared (waited for the same computation ' +
        'started by another request of this replica), or bypass (no realtime position yet, Redis unreachable, ' +
        'or the cache turned off)',
      ['result'] as const,
    ),
    credentialRenewals: counter(
      'vault_lease_renewals_total',
      'Database credential lease renewals by credentials path and result (renewed, failed)',
      ['source', 'result'] as const,
    ),
    credentialSwaps: counter(
      'db_credential_swaps_total',
      'Pool swaps onto new database credentials by credentials path and result (swapped, failed)',
      ['source', 'result'] as const,
    ),
    credentialRevocations: counter(
      'vault_lease_revocations_total',
      'Database credential leases given back to Vault by credentials path and result (revoked, failed)',
      ['source', 'result'] as const,
    ),
    credentialLeaseSeconds: new Gauge({
      name: 'vault_lease_duration_seconds',
      help: 'Seconds the current database credentials were last issued or renewed for, by credentials path',
      labelNames: ['source'] as const,
      registers: [registry],
    }),
    vaultTokenRenewals: counter(
      'vault_token_renewals_total',
      'Vault token renewals and logins of this replica by result (renewed, failed, login, login_failed)',
      ['result'] as const,
    ),
    realtimeConnections: new Gauge({
      name: 'realtime_connections',
      help: 'Socket.IO connections open on this replica',
      registers: [registry],
    }),
    realtimeEvents: counter(
      'realtime_events_total',
      'Realtime events published by this replica, by event type',
      ['event'] as const,
    ),
    realtimeEmitLag: histogram(
      'realtime_emit_lag_seconds',
      'Time from the COMMIT of a change to its event being emitted to sockets on this replica',
      [] as const,
      LAG_BUCKETS,
    ),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

/** Metrics live in a registry per app instance (served on the internal port by server.ts). */
export const metricsPlugin = fp(
  async (app) => {
    const metrics = createMetrics();
    app.decorate('metrics', metrics);
    app.addHook('onResponse', async (request, reply) => {
      // The route pattern, never the raw URL: label values stay bounded.
      const route = request.routeOptions.url ?? (request.is404 ? 'not-found' : 'unknown');
      metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
      metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    });
  },
  { name: 'metrics' },
);
