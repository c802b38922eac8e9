import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alertRules,
  measuredExpressions,
  panelQueries,
  startPrometheus,
  type PromResult,
  type RunningPrometheus,
} from '@dispatch/delivery';
import { queueKeys } from '#src/modules/dispatch/index';
import { startReplica, TestClient, tenantUrl, waitFor, sleep } from '#src/test/realtime-support';
import type { RunningServer } from '#src/server';
import { requestWithUnreachableIdp } from '#src/test/broken-idp';
import { BASE_DOMAIN } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import {
  adminTenant,
  completeAssignment,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  tenantClient,
  unique,
  type TenantClient,
} from '#src/test/fleet-fixtures';

/**
 * The chart's dashboards and alerts against a real Prometheus (Debian's package) that scraped two running API
 * replicas every second while traffic ran: every panel query and every alert's measured expression must parse and
 * return finite data. Series that only exist in a cluster (kube-state-metrics, cAdvisor, cert-manager) come from a
 * labelled stand-in exporter below; everything else is the API's own.
 */
const NAMESPACE = 'dispatch';

const ctx = useApiHarness({ RATE_LIMITS_ENABLED: 'true' });
let replicas: Array<RunningServer & { port: number }> = [];
let prometheus: RunningPrometheus;
let brokenIdp: Server;
let clusterStandIn: Server;
const sockets: TestClient[] = [];
let tenantSlug = '';

/** Stand-in for exporters that run only in a cluster; the label sets are those the exporters publish. */
function clusterMetrics(): string {
  const expiry = Math.floor(Date.now() / 1000) + 60 * 24 * 3600;
  return [
    '# TYPE kube_deployment_status_replicas_available gauge',
    `kube_deployment_status_replicas_available{namespace="${NAMESPACE}",deployment="dispatch-api"} 2`,
    '# TYPE kube_deployment_spec_replicas gauge',
    `kube_deployment_spec_replicas{namespace="${NAMESPACE}",deployment="dispatch-api"} 2`,
    '# TYPE container_memory_working_set_bytes gauge',
    `container_memory_working_set_bytes{namespace="${NAMESPACE}",pod="dispatch-api-0",container="api"} ${process.memoryUsage().rss}`,
    '# TYPE kube_pod_container_resource_limits gauge',
    `kube_pod_container_resource_limits{namespace="${NAMESPACE}",pod="dispatch-api-0",container="api",resource="memory",unit="byte"} 2147483648`,
    '# TYPE certmanager_certificate_expiration_timestamp_seconds gauge',
    `certmanager_certificate_expiration_timestamp_seconds{namespace="${NAMESPACE}",name="dispatch-apex-tls"} ${expiry}`,
    '',
  ].join('\n');
}

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `127.0.0.1:${address.port}` : '');
    }),
  );

/** A tenant whose identity provider answers 500: a token for it makes the API fail a JWKS fetch. */
async function failedToken(issuerBase: string, replica: RunningServer) {
  const slug = unique('idp');
  const response = await requestWithUnreachableIdp(
    ctx.adminPool,
    replica.app,
    slug,
    `${issuerBase}/realms/${slug}`,
  );
  expect(response.statusCode).toBe(503);
}

/**
 * One round of traffic on one replica for one tenant: reads, a dispatch served at once, an urgent one queued
 * (lost from Redis and repaired by the reconciler), a rejected one, then a completion that serves the queue.
 */
async function round(replica: RunningServer, admin: TenantClient, tenantId: string) {
  const typeId = await createType(admin);
  const [first, second] = [await createWorkOrder(admin), await createWorkOrder(admin)];
  await createEquipment(admin, { typeId });
  await createDriver(admin, { typeIds: [typeId] });
  expect((await admin.get('/api/equipment')).status).toBe(200);
  expect((await admin.get('/api/dispatch/requests')).status).toBe(200);
  const now = await requestDispatch(admin, {
    workOrderId: first.id,
    equipmentTypeId: typeId,
    priority: 'standard',
  });
  expect(now.status).toBe(201);
  const queued = await requestDispatch(admin, {
    workOrderId: second.id,
    equipmentTypeId: typeId,
    priority: 'urgent',
  });
  expect(queued.status).toBe(202);
  const rejected = await requestDispatch(admin, {
    workOrderId: '00000000-0000-4000-8000-000000000000',
    equipmentTypeId: typeId,
    priority: 'standard',
  });
  expect(rejected.status).toBe(400);
  await replica.app.redis.del(...queueKeys(tenantId, typeId));
  // The other replica may hold the reconciler's lock right now (its own pass repairs and counts it then).
  for (let attempt = 0; (await replica.app.dispatch.reconciler.runOnce({ full: true })) === null; attempt++) {
    expect(attempt).toBeLessThan(100);
    await sleep(100);
  }
  await sleep(1100); // a measurable time in queue
  await completeAssignment(admin, now.body.assignment.id);
  await replica.app.dispatch.service.settle();
  // Reports past the tenant's allowance: rate-limited.
  const reports = [];
  for (let i = 0; i < 3; i++) reports.push((await admin.get('/api/reports/utilization')).status);
  expect(reports).toContain(429);
  // An unknown tenant host: a bounded tenant-resolution failure.
  const unknown = await replica.app.inject({
    method: 'GET',
    url: '/api/equipment',
    headers: { host: `nobody-${unique('x')}.${BASE_DOMAIN}`, authorization: `Bearer ${admin.token}` },
  });
  expect(unknown.statusCode).toBe(404);
}

/** Grafana's variables and intervals, as Grafana would substitute them for this namespace and tenant. */
const substitute = (expr: string) =>
  expr
    .replaceAll('$__rate_interval', '5m') // spans the whole test, however slow the machine
    .replaceAll('$__range', '5m')
    .replaceAll('$namespace', NAMESPACE)
    .replaceAll('$tenant', tenantSlug);

function finiteValues(result: PromResult): number[] {
  return (result.data?.result ?? []).map((sample) => Number(sample.value[1])).filter(Number.isFinite);
}

beforeAll(async () => {
  // A reports allowance of 2 per minute (the third report request of a round is refused, 429); the other
  // allowances far above what the test sends.
  const tiers = ctx.config.rateLimits.tiers;
  const config = {
    ...ctx.config,
    rateLimits: {
      ...ctx.config.rateLimits,
      tiers: { ...tiers, standard: { user: 1000, tenant: 1000, reports: 2 } },
    },
  };
  replicas = [await startReplica(config), await startReplica(config)];
  brokenIdp = createServer((_request, response) => response.writeHead(500).end());
  const idpAddress = await listen(brokenIdp);
  clusterStandIn = createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(clusterMetrics()),
  );
  const standInAddress = await listen(clusterStandIn);
  prometheus = await startPrometheus([
    ...replicas.map((replica) => ({
      job: 'dispatch-api',
      address: new URL(replica.metricsUrl).host,
      labels: { namespace: NAMESPACE },
    })),
    { job: 'cluster-stand-in', address: standInAddress },
  ]);
  await prometheus.waitForScrapes(2);

  // Traffic in two rounds a few scrapes apart, so counters and histograms move between samples.
  const tenants = [await adminTenant(ctx, 'prom'), await adminTenant(ctx, 'prom')];
  tenantSlug = tenants[0]!.tenant.row.slug;
  for (const [index, replica] of replicas.entries()) {
    const { tenant } = tenants[index]!;
    const socket = new TestClient(tenantUrl(tenant.host, replica.port), {
      token: tenants[index]!.admin.token,
    });
    await socket.ready();
    sockets.push(socket);
  }
  for (let pass = 0; pass < 2; pass++) {
    for (const [index, replica] of replicas.entries()) {
      const { tenant } = tenants[index]!;
      const admin = await tenantClient({ ...ctx, app: replica.app }, tenant, ['dispatch-admin']);
      await round(replica, admin, tenant.row.id);
    }
    await failedToken(`http://${idpAddress}`, replicas[pass % 2]!);
    await waitFor(() => sockets.every((socket) => socket.events.length > 0));
    await prometheus.waitForScrapes(2 + 3 * (pass + 1));
  }
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await prometheus?.stop();
  await Promise.all(replicas.map((replica) => replica.shutdown()));
  await new Promise((resolve) => brokenIdp?.close(resolve));
  await new Promise((resolve) => clusterStandIn?.close(resolve));
});

describe('dashboards and alerts against a real Prometheus scraping two API replicas', () => {
  it('scraped both replicas and the stand-in', async () => {
    // Any successful scrape in the last 30 s: a single slow scrape on a busy machine is not what this checks.
    const up = await prometheus.query('max_over_time(up[30s])');
    const jobs = (up.data?.result ?? []).map((sample) => `${sample.metric.job}=${sample.value[1]}`).sort();
    expect(jobs).toEqual(['cluster-stand-in=1', 'dispatch-api=1', 'dispatch-api=1']);
  });

  it('offers the tenant variable the tenants that had traffic', async () => {
    const values = await prometheus.labelValues(
      'tenant',
      `dispatch_requests_total{job="dispatch-api",namespace="${NAMESPACE}"}`,
    );
    expect(values).toContain(tenantSlug);
  });

  it.each(panelQueries().map((q) => [`${q.dashboard} / ${q.panel}`, q.expr] as const))(
    'panel %s parses and returns data',
    async (_name, expr) => {
      const result = await prometheus.query(substitute(expr));
      expect(result.error, expr).toBeUndefined();
      expect(result.status).toBe('success');
      expect(finiteValues(result).length, substitute(expr)).toBeGreaterThan(0);
    },
  );

  it.each(alertRules().map((rule) => [rule.alert, rule.expr] as const))(
    'alert %s parses, and what it measures returns data',
    async (_alert, expr) => {
      const whole = await prometheus.query(expr);
      expect(whole.error, expr).toBeUndefined();
      expect(whole.status).toBe('success');
      for (const measured of measuredExpressions(expr)) {
        const result = await prometheus.query(measured);
        expect(result.status, measured).toBe('success');
        expect(finiteValues(result).length, measured).toBeGreaterThan(0);
      }
    },
  );

  it('would fail on a query for a series the API does not expose (the check can fail)', async () => {
    const result = await prometheus.query(`sum(rate(dispatch_no_such_series_total{job="dispatch-api"}[1m]))`);
    expect(result.status).toBe('success');
    expect(finiteValues(result)).toEqual([]);
    expect((await prometheus.query('sum(rate(http_requests_total[1m]')).status).toBe('error');
  });
});
