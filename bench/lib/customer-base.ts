import type { BenchContext } from './context';
import { addCrew, ApiClient, dispatcherToken, inParallel, REGIONS } from './dispatch-fixtures';
import { format, type ScenarioRecorder } from './results';
import { SocketLoad } from './socket-load';
import type { SideReport } from './socket-load-worker';
import { summarize, type Summary } from './stats';
import { ensureTenants } from './tenant-reads';
import type { BenchTenant } from './tenants';
import { runVirtualUsers, type VuResult, type VuTenant } from './vu-load';

/** Seeded per tenant through the API: work orders to read and dispatch, and a fleet for dispatches at once. */
const WORK_ORDERS = 10;
const FLEET = 16;
/** Sockets per user the API allows (REALTIME_SOCKETS_PER_USER) is 10: a tenant's sockets share its dispatcher. */
const SOCKETS_PER_TOKEN = 10;

export interface Customer extends VuTenant {
  tenant: BenchTenant;
}

/** Customers seeded in this run, by tenant id: 3× nominal reuses the nominal ones. */
const seeded = new WeakMap<BenchContext, Map<string, Customer>>();

/** Tenants the customer base uses: after those the reads and the dispatch scenario use. */
const offsetOf = (ctx: BenchContext) => Math.max(ctx.settings.readTenants, 1) + 10;

async function seedCustomer(ctx: BenchContext, url: string, tenant: BenchTenant): Promise<Customer> {
  const token = await dispatcherToken(ctx.issuers, tenant);
  const adminToken = await ctx.issuers.sign(tenant.slug, {
    sub: `bench-admin-${tenant.slug}`,
    aud: 'dispatch-api',
    realm_access: { roles: ['dispatch-admin'] },
    amr: ['pwd', 'otp'],
  });
  const api = new ApiClient(url, tenant, token);
  const types = await api.send<{ items: Array<{ id: string }> }>(
    'GET',
    '/api/equipment-types?limit=1',
    undefined,
    [200],
  );
  const fleetTypeId = types.json.items[0]?.id;
  if (!fleetTypeId) throw new Error(`${tenant.slug} has no equipment type`);
  const workOrderIds: string[] = [];
  for (let i = 0; i < WORK_ORDERS; i++) {
    const created = await api.send<{ id: string }>(
      'POST',
      '/api/work-orders',
      {
        title: `Customer work order ${i + 1}`,
        siteAddress: `${i + 1} Customer Road`,
        region: REGIONS[i % REGIONS.length],
      },
      [201],
    );
    workOrderIds.push(created.json.id);
  }
  await addCrew(new ApiClient(url, tenant, adminToken), fleetTypeId, 'FLEET', FLEET, 4);
  return { tenant, host: tenant.host, token, workOrderIds, fleetTypeId };
}

/** The first `count` customers, seeding through the API at `url` those not seeded yet in this run. */
export async function customers(
  ctx: BenchContext,
  out: ScenarioRecorder,
  url: string,
  count: number,
): Promise<Customer[]> {
  const offset = offsetOf(ctx);
  const tenants = (await ensureTenants(ctx, out, offset + count)).slice(offset);
  let known = seeded.get(ctx);
  if (!known) seeded.set(ctx, (known = new Map()));
  const missing = tenants.filter((tenant) => !known.has(tenant.id));
  const started = performance.now();
  let done = 0;
  await inParallel(missing, 6, async (tenant) => {
    known.set(tenant.id, await seedCustomer(ctx, url, tenant));
    ctx.progress.step('seeded customers', ++done, missing.length, 25);
  });
  if (missing.length) {
    out.note(
      `Seeded ${missing.length} tenants through the API first (${((performance.now() - started) / 1000).toFixed(0)} s, ` +
        `untimed): ${WORK_ORDERS} work orders, ${FLEET} units and ${FLEET} qualified drivers each in two regions.`,
    );
  }
  return tenants.map((tenant) => known.get(tenant.id)!);
}

export interface CustomerLoad {
  label: string;
  customers: Customer[];
  users: number;
  /** Dispatcher sockets, spread over the customers (SOCKETS_PER_TOKEN at most each). */
  sockets: number;
  /** API URLs the users are spread over. */
  urls: string[];
  /** Port the sockets connect to (through each tenant's host name). */
  socketPort?: number;
  /** Sampled once a second while recording: resident memory of the API, KiB. */
  memory?: () => Promise<number>;
  /**
   * Sampled every HEAP_SAMPLE_S while recording: the API's V8 heap (its metrics endpoint, scraped rarely as
   * Prometheus would), so the report can tell the heap from the rest of the resident memory.
   */
  heap?: () => Promise<{ usedKiB: number; totalKiB: number }>;
  /** Called once recording is under way (the rolling restart runs here); the run lasts at least until it ends. */
  during?: () => Promise<void>;
  seconds?: number;
}

export interface CustomerLoadResult {
  vu: VuResult;
  events: SideReport | undefined;
  socketsConnected: number;
  rssPeakKiB: number | null;
  /** Peaks of the heap samples (used, and reserved by V8), KiB. */
  heapPeakKiB: { used: number; total: number } | null;
}

const HEAP_SAMPLE_S = 5;

/** Runs the virtual users (and the sockets, if any) and returns the raw figures. */
export async function runCustomerLoad(ctx: BenchContext, load: CustomerLoad): Promise<CustomerLoadResult> {
  const { nominal } = ctx.settings;
  const sockets = load.sockets > 0 && load.socketPort ? new SocketLoad() : undefined;
  let socketsConnected = 0;
  let rssPeakKiB: number | null = null;
  let heapPeakKiB: CustomerLoadResult['heapPeakKiB'] = null;
  let sampler: NodeJS.Timeout | undefined;
  let heapSampler: NodeJS.Timeout | undefined;
  let during: Promise<void> | undefined;
  try {
    if (sockets) {
      const per = Math.ceil(load.sockets / load.customers.length);
      if (per > SOCKETS_PER_TOKEN) throw new Error(`${per} sockets per tenant is over the per-user limit`);
      let left = load.sockets;
      for (const customer of load.customers) {
        const n = Math.min(per, left);
        if (n <= 0) break;
        left -= n;
        const connected = await sockets.ask(
          {
            type: 'connect',
            group: 'events',
            url: `http://${customer.host}:${load.socketPort}`,
            tokens: Array.from({ length: n }, () => customer.token),
          },
          'connected',
        );
        if (connected.failed) throw new Error(`${connected.failed} sockets refused: ${connected.firstError}`);
        socketsConnected += connected.ok;
        ctx.progress.tick(`${load.label}: ${socketsConnected}/${load.sockets} sockets connected`);
      }
      ctx.progress.log(`${load.label}: ${socketsConnected} dispatcher sockets connected`);
    }
    const vu = await runVirtualUsers(
      {
        urls: load.urls,
        tenants: load.customers,
        users: load.users,
        thinkMs: nominal.thinkMs,
        warmupS: nominal.warmupS,
        seconds: load.seconds ?? nominal.seconds,
        untilStopped: Boolean(load.during),
      },
      ctx.progress,
      load.label,
      ctx.database.name,
      (on, stop) => {
        sockets?.tell({ type: 'record', on });
        if (on && load.memory) {
          const sample = () =>
            void load.memory!().then(
              (kib) => (rssPeakKiB = Math.max(rssPeakKiB ?? 0, kib)),
              () => undefined,
            );
          sample();
          sampler = setInterval(sample, 1000);
        }
        if (on && load.heap) {
          const sample = () =>
            void load.heap!().then(
              ({ usedKiB, totalKiB }) =>
                (heapPeakKiB = {
                  used: Math.max(heapPeakKiB?.used ?? 0, usedKiB),
                  total: Math.max(heapPeakKiB?.total ?? 0, totalKiB),
                }),
              () => undefined,
            );
          sample();
          heapSampler = setInterval(sample, HEAP_SAMPLE_S * 1000);
        }
        if (!on) {
          clearInterval(sampler);
          clearInterval(heapSampler);
        }
        // Recording lasts until `during` is over (and at least the run's seconds).
        if (on && load.during) during = load.during().finally(stop);
      },
    );
    if (during) await during;
    const events = sockets ? (await sockets.ask({ type: 'report' }, 'report')).sides.events : undefined;
    return { vu, events, socketsConnected, rssPeakKiB, heapPeakKiB };
  } finally {
    clearInterval(sampler);
    clearInterval(heapSampler);
    sockets?.close();
  }
}

/**
 * The recorded window second by second: the median of the seconds' p95s, and the worst second. A stall of a
 * second or two (a wave of invalidations, a pause) is plain here where the window's p99 only rises.
 */
function recordSeconds(out: ScenarioRecorder, secondsP95: Array<number | null>) {
  const answered = secondsP95.flatMap((p95, index) => (p95 === null ? [] : [{ p95, at: index + 1 }]));
  if (answered.length === 0) return null;
  const worst = answered.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  out.figure(
    'secondP95Median',
    "recorded seconds: median of each second's p95",
    summarize(answered.map((s) => s.p95)).p50,
    'ms',
  );
  out.figure('worstSecondP95', 'recorded seconds: p95 of the worst second', worst.p95, 'ms');
  out.figure(
    'worstSecondAt',
    'recorded seconds: when the worst was, from the start of recording',
    worst.at,
    's',
  );
  return worst;
}

const slug = (operation: string) =>
  operation.replace(/[^a-z0-9]+(.)?/gi, (_, next: string | undefined) => (next ? next.toUpperCase() : ''));

/** Per-operation and overall figures, failures, event latency and memory of one customer-base run. */
export function recordCustomerLoad(
  ctx: BenchContext,
  out: ScenarioRecorder,
  result: CustomerLoadResult,
): { overall: Summary; failed: number; total: number; events: Summary | null } {
  const { vu } = result;
  const seconds = vu.recordedS;
  for (const [operation, stats] of [...vu.operations].sort(([a], [b]) => a.localeCompare(b))) {
    const key = slug(operation);
    out.figure(`${key}Requests`, `${operation}: answered 2xx`, stats.ok, '');
    out.figure(`${key}P50`, `${operation}: p50`, stats.latencyMs.p50, 'ms');
    out.figure(`${key}P95`, `${operation}: p95`, stats.latencyMs.p95, 'ms');
    out.figure(`${key}P99`, `${operation}: p99`, stats.latencyMs.p99, 'ms');
    out.figure(`${key}Failed`, `${operation}: failed (non-2xx or no answer)`, stats.failed, '');
    ctx.progress.log(
      `  ${operation}: ${stats.ok} ok, ${stats.failed} failed, p50 ${format(stats.latencyMs.p50, 'ms')}, ` +
        `p95 ${format(stats.latencyMs.p95, 'ms')}, p99 ${format(stats.latencyMs.p99, 'ms')}`,
    );
    if (stats.failed)
      out.note(
        `${operation}: ${stats.failed} failed ${JSON.stringify(stats.statusCounts)}; e.g. ${stats.samples.join(' | ')}`,
      );
  }
  const { overall } = vu;
  const total = overall.ok + overall.failed;
  out.figure('rps', 'throughput, every operation (2xx responses/s)', overall.ok / seconds, 'req/s');
  out.figure('p50', 'latency p50, every operation', overall.latencyMs.p50, 'ms');
  out.figure('p95', 'latency p95, every operation', overall.latencyMs.p95, 'ms');
  out.figure('p99', 'latency p99, every operation', overall.latencyMs.p99, 'ms');
  out.figure('max', 'latency max, every operation', overall.latencyMs.max, 'ms');
  out.figure('requests', 'responses measured (2xx)', overall.ok, '');
  out.figure('recordedS', 'recorded window', seconds, 's');
  const worst = recordSeconds(out, vu.secondsP95);
  out.figure('failed', 'failed requests (non-2xx or no answer)', overall.failed, '');
  out.figure('failedShare', 'failed requests, share', total ? (overall.failed / total) * 100 : null, '%');
  out.figure('dispatched', 'dispatch requests answered 201 (whole run)', vu.dispatched, '');
  out.figure('queued', 'dispatch requests answered 202 (whole run)', vu.queued, '');
  out.figure(
    'rssPeak',
    'API resident memory, peak sampled while recording',
    result.rssPeakKiB === null ? null : result.rssPeakKiB / 1024,
    'MiB',
  );
  if (result.heapPeakKiB) {
    const { used, total } = result.heapPeakKiB;
    out.figure(
      'heapUsedPeak',
      `API V8 heap in use, peak of samples every ${HEAP_SAMPLE_S} s`,
      used / 1024,
      'MiB',
    );
    out.figure('heapTotalPeak', 'API V8 heap reserved, peak of the same samples', total / 1024, 'MiB');
  }
  let events: Summary | null = null;
  if (result.socketsConnected) {
    out.figure('sockets', 'dispatcher sockets connected', result.socketsConnected, '');
    const deliveries = result.events?.deliveries ?? [];
    events = deliveries.length ? summarize(deliveries) : null;
    out.figure('eventDeliveries', 'events delivered to sockets while recording', deliveries.length, '');
    out.figure('eventP50', 'event latency (commit to socket) p50', events?.p50 ?? null, 'ms');
    out.figure('eventP95', 'event latency (commit to socket) p95', events?.p95 ?? null, 'ms');
    out.figure('eventP99', 'event latency (commit to socket) p99', events?.p99 ?? null, 'ms');
    out.figure(
      'eventsOutOfOrder',
      'deliveries out of sequence on their socket',
      result.events?.outOfOrder ?? 0,
      '',
    );
  }
  out.cpu = vu.cpu;
  ctx.progress.log(
    `  overall: ${overall.ok} ok, ${overall.failed} failed, p50 ${format(overall.latencyMs.p50, 'ms')}, p95 ` +
      `${format(overall.latencyMs.p95, 'ms')}, p99 ${format(overall.latencyMs.p99, 'ms')}` +
      (events ? `; events p95 ${format(events.p95, 'ms')}` : '') +
      (result.rssPeakKiB ? `; API RSS peak ${format(result.rssPeakKiB / 1024, 'MiB')}` : '') +
      (result.heapPeakKiB
        ? ` (heap in use ${format(result.heapPeakKiB.used / 1024, 'MiB')}, reserved ${format(result.heapPeakKiB.total / 1024, 'MiB')})`
        : '') +
      (worst ? `; worst second p95 ${format(worst.p95, 'ms')} at ${worst.at} s` : ''),
  );
  return { overall: overall.latencyMs, failed: overall.failed, total, events };
}

export const CUSTOMER_MIX_DESCRIPTION =
  'Each virtual user belongs to one tenant (a dispatcher token with a second factor) and loops: think (uniform ' +
  'in 0.5–1.5 × the think time), then one operation drawn by weight — list work orders 20, read a work order by id ' +
  '20, list equipment 12, dashboard 12, list active assignments 10, create a work order 10, dispatch request 10 ' +
  '(unique Idempotency-Key, one in five urgent), list equipment types 6. A user whose dispatch request was answered ' +
  '201 spends its next three turns moving that assignment through en_route → on_site → completed, as the ' +
  "driver's app would (so the fleet stays free). Users start spread over one think time; a warm-up is not " +
  'recorded. Latency runs from request start to the last byte; nothing is retried: every non-2xx answer or ' +
  'connection error is a failure. The users run in a child process (timers on one event loop, a keep-alive ' +
  'node:http agent); dispatcher sockets (websocket, token in the handshake) in another, recording commit-to-socket ' +
  "latency (the event's commit time against its arrival) for every event of their tenant. Each recorded " +
  "second's p95 is kept as well; the report gives their median and the worst second, where a stall shows.";
