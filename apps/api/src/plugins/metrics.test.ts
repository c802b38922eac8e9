import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
} from '#src/test/fleet-fixtures';
import { startReplica, TestClient, tenantUrl, waitFor } from '#src/test/realtime-support';
import { queueKeys } from '#src/modules/dispatch/index';
import type { RunningServer } from '#src/server';
import { requestWithUnreachableIdp } from '#src/test/broken-idp';

const ctx = useApiHarness();
let server: RunningServer & { port: number };
let brokenIdp: Server;

beforeAll(async () => {
  server = await startReplica(ctx.config);
  // An identity provider that answers every request with 500: its keys can never be fetched.
  brokenIdp = createServer((_request, response) => response.writeHead(500).end());
  await new Promise<void>((resolve) => brokenIdp.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await server?.shutdown();
  await new Promise((resolve) => brokenIdp?.close(resolve));
});

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text exposition, as samples (the format is simple enough to read line by line). */
async function scrape(): Promise<Sample[]> {
  const response = await fetch(server.metricsUrl);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  const samples: Sample[] = [];
  for (const line of (await response.text()).split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[pair[1]!] = pair[2]!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample with this name whose labels include `labels`; undefined when there is none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (sample) =>
      sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length === 0) return undefined;
  return found.reduce((sum, sample) => sum + sample.value, 0);
}

describe('metrics endpoint', () => {
  it('reports every series with a real sample after the action that causes it', async () => {
    const replica = { ...ctx, app: server.app };
    const { tenant } = await adminTenant(ctx, 'met');
    const admin = await tenantClient(replica, tenant, ['dispatch-admin']);
    const slug = tenant.row.slug;

    const socket = new TestClient(tenantUrl(tenant.host, server.port), { token: admin.token });
    await socket.ready();
    expect(valueOf(await scrape(), 'realtime_connections')).toBe(1);

    const typeId = await createType(admin);
    const [first, second] = [await createWorkOrder(admin), await createWorkOrder(admin)];
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId] });
    const dispatched = await requestDispatch(admin, {
      workOrderId: first.id,
      equipmentTypeId: typeId,
      priority: 'standard',
    });
    expect(dispatched.status).toBe(201);
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
    await waitFor(() => socket.events.length > 0);

    let samples = await scrape();
    expect(valueOf(samples, 'dispatch_requests_total', { tenant: slug, result: 'dispatched' })).toBe(1);
    expect(valueOf(samples, 'dispatch_requests_total', { tenant: slug, result: 'queued' })).toBe(1);
    expect(valueOf(samples, 'dispatch_requests_total', { tenant: slug, result: 'rejected' })).toBe(1);
    expect(valueOf(samples, 'dispatch_queue_depth', { tenant: slug, priority: 'urgent' })).toBe(1);
    expect(valueOf(samples, 'dispatch_queue_depth', { tenant: slug, priority: 'standard' })).toBe(0);
    expect(valueOf(samples, 'active_dispatches', { tenant: slug })).toBe(1);
    expect(valueOf(samples, 'realtime_events_total', { event: 'request.updated' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'realtime_emit_lag_seconds_count')).toBeGreaterThan(0);
    expect(valueOf(samples, 'db_query_duration_seconds_count', { operation: 'tenant_tx' })).toBeGreaterThan(
      0,
    );
    expect(valueOf(samples, 'db_query_duration_seconds_count', { operation: 'platform' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'db_pool_connections', { pool: 'app', state: 'total' })).toBeGreaterThan(0);
    // Idle and waiting vary with what runs during the scrape (the dependency probe itself takes a connection).
    for (const state of ['idle', 'waiting'])
      expect(valueOf(samples, 'db_pool_connections', { pool: 'app', state })).toBeTypeOf('number');
    // Every tenant request checked out on some lane of the tenant-affine app pool.
    const checkouts = ['home', 'spilled'].map(
      (route) => valueOf(samples, 'db_pool_checkouts_total', { pool: 'app', route }) ?? 0,
    );
    expect(checkouts[0]! + checkouts[1]!).toBeGreaterThan(0);
    expect(valueOf(samples, 'idp_jwks_fetch_total', { result: 'success' })).toBeGreaterThan(0);
    // Route patterns, never raw URLs (ids would make the label unbounded).
    expect(
      valueOf(samples, 'http_requests_total', {
        method: 'POST',
        route: '/api/dispatch/requests',
        status: '202',
      }),
    ).toBe(1);
    expect(samples.some((sample) => sample.labels.route?.includes(first.id))).toBe(false);

    // Redis loses the queued request: the reconciler puts it back from Postgres and counts the repair.
    await server.app.redis.del(...queueKeys(tenant.row.id, typeId));
    const report = await server.app.dispatch.reconciler.runOnce({ full: true });
    expect(report?.added).toBe(1);
    samples = await scrape();
    expect(valueOf(samples, 'dispatch_reconciler_runs_total', { pass: 'full' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'dispatch_reconciler_repairs_total', { kind: 'added' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'db_query_duration_seconds_count', { operation: 'reconcile' })).toBeGreaterThan(
      0,
    );

    // Completing the first assignment frees the unit and driver: the queued request is fulfilled.
    await completeAssignment(admin, dispatched.body.assignment.id);
    await server.app.dispatch.service.settle();
    const reads = await admin.get('/api/dispatch/requests');
    expect(reads.status).toBe(200);
    samples = await scrape();
    expect(valueOf(samples, 'dispatch_queue_wait_seconds_count', { tenant: slug, priority: 'urgent' })).toBe(
      1,
    );
    expect(valueOf(samples, 'dispatch_queue_depth', { tenant: slug, priority: 'urgent' })).toBe(0);
    expect(valueOf(samples, 'active_dispatches', { tenant: slug })).toBe(1);
    expect(valueOf(samples, 'dispatch_completion_duration_seconds_count')).toBe(1);
    expect(valueOf(samples, 'dispatch_dependency_up', { dependency: 'postgres' })).toBe(1);
    expect(valueOf(samples, 'dispatch_dependency_up', { dependency: 'redis' })).toBe(1);
    expect(valueOf(samples, 'db_query_duration_seconds_count', { operation: 'tenant_read' })).toBeGreaterThan(
      0,
    );
    expect(
      valueOf(samples, 'http_requests_total', {
        method: 'POST',
        route: '/api/dispatch/assignments/:id/status',
        status: '200',
      }),
    ).toBe(3);

    socket.close();
    await waitFor(() => server.app.realtime.localConnections() === 0);
    expect(valueOf(await scrape(), 'realtime_connections')).toBe(0);
  });

  it('counts tenant-resolution failures by bounded reason, never by host', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'res');
    const get = (host: string) =>
      server.app.inject({
        method: 'GET',
        url: '/api/equipment',
        headers: { host, authorization: `Bearer ${admin.token}` },
      });
    expect((await get(`nobody-${unique('x')}.${BASE_DOMAIN}`)).statusCode).toBe(404);
    expect((await get('elsewhere.example.com')).statusCode).toBe(404);
    expect((await get(tenant.host)).statusCode).toBe(200);
    const samples = await scrape();
    expect(valueOf(samples, 'tenant_resolution_failures_total', { reason: 'unknown-tenant' })).toBe(1);
    expect(valueOf(samples, 'tenant_resolution_failures_total', { reason: 'unknown-host' })).toBe(1);
    const failureLabels = samples
      .filter((sample) => sample.name === 'tenant_resolution_failures_total')
      .flatMap((sample) => Object.values(sample.labels));
    expect(failureLabels.join(' ')).not.toContain('example.com');
  });

  it('counts JWKS fetch failures per tenant slug when its identity provider is unreachable', async () => {
    const address = brokenIdp.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const issuer = `http://127.0.0.1:${address.port}/realms/broken`;
    const slug = unique('idp');
    const response = await requestWithUnreachableIdp(ctx.adminPool, server.app, slug, issuer);
    expect(response.statusCode).toBe(503);
    const samples = await scrape();
    expect(valueOf(samples, 'idp_jwks_fetch_failures_total', { tenant: slug })).toBe(1);
    expect(valueOf(samples, 'idp_jwks_fetch_total', { result: 'failure' })).toBeGreaterThan(0);
  });

  it("includes Node's process metrics and binds to loopback unless METRICS_HOST says otherwise", async () => {
    const samples = await scrape();
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'nodejs_heap_size_total_bytes')).toBeGreaterThan(0);
    expect(ctx.config.metrics.host).toBe('127.0.0.1');
    expect(new URL(server.metricsUrl).hostname).toBe('127.0.0.1');
  });
});
