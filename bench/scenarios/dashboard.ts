import type { App } from '@dispatch/api';
import type { BenchContext, Scenario } from '../lib/context';
import { inParallel, seedDispatchTenant, type DispatchTenant } from '../lib/dispatch-fixtures';
import {
  interleaved,
  recordHttpFigures,
  recordValidity,
  runPhases,
  sideStats,
  warmup,
  type HttpSide,
} from '../lib/http-measure';
import { format, type ScenarioRecorder } from '../lib/results';
import { startApi } from '../lib/servers';
import { call, closeWriters, portOf, sleep } from '../lib/socket-load';
import { elapsedMs, summarize } from '../lib/stats';
import { ensureTenants } from '../lib/tenant-reads';

const PATH = '/api/dashboard';
/** Tenants of this scenario alone (after those of the reads and of the dispatch scenario). */
const TENANTS = 4;
const SKIP_AFTER_READS = 16;
/** Sequential rounds per tenant: a change, then the read that misses, then the read that hits. */
const ROUNDS = 50;
const SLICES = 2;
/** Changes per second across the tenants while the board is read under load (a busy dispatch office). */
const CHANGES_PER_S = 20;

type Counts = Record<'hit' | 'miss' | 'shared' | 'bypass', number>;

async function cacheCounts(app: App): Promise<Counts> {
  const { values } = await app.metrics.dashboardCache.get();
  const of = (result: string) => values.find((value) => value.labels.result === result)?.value ?? 0;
  return { hit: of('hit'), miss: of('miss'), shared: of('shared'), bypass: of('bypass') };
}

const delta = (after: Counts, before: Counts): Counts => ({
  hit: after.hit - before.hit,
  miss: after.miss - before.miss,
  shared: after.shared - before.shared,
  bypass: after.bypass - before.bypass,
});

/** A change that emits an event (a new work order), as a dispatcher makes them. */
let changes = 0;
async function change(url: string, seeded: DispatchTenant): Promise<void> {
  const response = await call(portOf(url), seeded.tenant, seeded.token, 'POST', '/api/work-orders', {
    title: `Dashboard bench change ${++changes}`,
    siteAddress: '1 Bench Street',
    region: 'north',
  });
  if (response.status !== 201) throw new Error(`change answered ${response.status}: ${response.body}`);
}

async function timedRead(url: string, seeded: DispatchTenant): Promise<number> {
  const started = process.hrtime.bigint();
  const response = await call(portOf(url), seeded.tenant, seeded.token, 'GET', PATH);
  const ms = elapsedMs(started);
  if (response.status !== 200) throw new Error(`dashboard answered ${response.status}: ${response.body}`);
  return ms;
}

/** One client, one request at a time: latency without queueing, for a miss, a hit, and with the cache off. */
async function sequential(
  ctx: BenchContext,
  out: ScenarioRecorder,
  cached: { url: string; app: App },
  uncachedUrl: string,
  seeded: DispatchTenant[],
) {
  const miss: number[] = [];
  const hit: number[] = [];
  const off: number[] = [];
  const before = await cacheCounts(cached.app);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const tenant of seeded) {
      await change(cached.url, tenant);
      miss.push(await timedRead(cached.url, tenant));
      hit.push(await timedRead(cached.url, tenant));
      off.push(await timedRead(uncachedUrl, tenant));
    }
    ctx.progress.tick(`dashboard: sequential round ${round + 1}/${ROUNDS}`);
  }
  ctx.progress.clearTick();
  const counted = delta(await cacheCounts(cached.app), before);
  out.check({
    label: 'sequential reads: the read after each change missed, the one after it hit',
    target: `${miss.length} misses and ${hit.length} hits`,
    measured: `${counted.miss} misses, ${counted.hit} hits, ${counted.bypass} bypasses`,
    pass:
      counted.miss === miss.length &&
      counted.hit === hit.length &&
      counted.shared === 0 &&
      counted.bypass === 0,
    kind: 'validity',
  });
  for (const [key, label, values] of [
    ['seqMiss', 'one client: miss (position, lookup, statement, store)', miss],
    ['seqHit', 'one client: hit (position, lookup)', hit],
    ['seqOff', 'one client: cache off (position, statement)', off],
  ] as const) {
    const stats = summarize(values);
    out.figure(`${key}P50`, `${label}, p50`, stats.p50, 'ms');
    out.figure(`${key}P95`, `${label}, p95`, stats.p95, 'ms');
    out.figure(`${key}P99`, `${label}, p99`, stats.p99, 'ms');
    ctx.progress.log(
      `  ${label}: p50 ${format(stats.p50, 'ms')}, p95 ${format(stats.p95, 'ms')}, p99 ${format(stats.p99, 'ms')}`,
    );
  }
}

/** Changes at a steady rate, spread over the tenants, until `stop` is set. */
async function changeSteadily(url: string, seeded: DispatchTenant[], state: { stop: boolean; made: number }) {
  const interval = 1000 / CHANGES_PER_S;
  const started = Date.now();
  while (!state.stop) {
    await change(url, seeded[state.made % seeded.length]!);
    state.made += 1;
    const due = started + state.made * interval;
    if (due > Date.now()) await sleep(due - Date.now());
  }
}

export const dashboard: Scenario = {
  id: 'dashboard',
  title: `Dashboard from the Redis cache: hit and miss latency, hit rate while the tenants change (${TENANTS} tenants)`,
  method:
    `The real API (\`buildApp\`, production configuration) serves \`GET ${PATH}\` to dispatchers of ${TENANTS} ` +
    'tenants seeded through the API as the dispatch scenario seeds them (work orders, two equipment types with ' +
    'units and drivers, assignments, a queued request, ten more types). A second API instance on the same ' +
    'database and Redis runs with `DASHBOARD_CACHE_TTL_SECONDS=0` (the cache off: every read runs the statement). ' +
    `**One client**: ${ROUNDS} rounds per tenant of a change (a new work order, which emits an event), a read ` +
    '(a miss: computed and stored), the same read again (a hit) and a read from the instance without cache; the ' +
    "API's own counter must show exactly those misses and hits. **Under load**: closed loop at the run's " +
    `connection count, cache on and cache off in interleaved slices (ABBA, ${SLICES} rounds) with no changes ` +
    `(all hits); then cache on while ${CHANGES_PER_S} changes a second are made across the tenants, and the hit ` +
    "rate is the API's hit/miss counter over that run.",
  async run(ctx, out) {
    const { settings } = ctx;
    const offset = Math.max(settings.readTenants, 1) + SKIP_AFTER_READS;
    const tenants = (await ensureTenants(ctx, out, offset + TENANTS)).slice(offset);
    const cached = await startApi(ctx.apiConfig);
    const uncached = await startApi({ ...ctx.apiConfig, dashboard: { cacheTtlSeconds: 0 } });
    try {
      const started = process.hrtime.bigint();
      const seeded: DispatchTenant[] = [];
      await inParallel(tenants, 2, async (tenant) => {
        seeded.push(
          await seedDispatchTenant(cached.url, ctx.issuers, tenant, {
            workOrders: 12,
            busyUnits: 4,
            atOnceUnits: 8,
          }),
        );
      });
      ctx.progress.log(
        `dashboard: seeded ${seeded.length} tenants in ${(elapsedMs(started) / 1000).toFixed(1)} s`,
      );

      await sequential(ctx, out, cached, uncached.url, seeded);

      const targets = seeded.map((tenant) => ({
        path: PATH,
        headers: { host: tenant.tenant.host, authorization: `Bearer ${tenant.token}` },
      }));
      const on: HttpSide = { side: 'cache on (hits)', url: cached.url, targets };
      const off: HttpSide = { side: 'cache off', url: uncached.url, targets };
      const result = await runPhases(ctx, 'dashboard cache on vs off', [
        ...warmup(on, Math.min(settings.warmupS, 3)),
        ...warmup(off, settings.warmupS),
        ...interleaved(on, off, settings.durationS, SLICES),
      ]);
      const onStats = sideStats(result, on.side);
      const offStats = sideStats(result, off.side);
      recordHttpFigures(out, onStats, 'hit', 'cache on, no changes (hits): ');
      recordHttpFigures(out, offStats, 'off', 'cache off: ');
      recordValidity(out, on.side, onStats);
      recordValidity(out, off.side, offStats);
      out.figure(
        'hitToOff',
        'throughput, cache on (hits) relative to cache off',
        (onStats.rps / offStats.rps) * 100,
        '%',
      );
      out.cpu = result.cpu;

      const mixed: HttpSide = { side: `cache on, ${CHANGES_PER_S} changes/s`, url: cached.url, targets };
      const state = { stop: false, made: 0 };
      const before = await cacheCounts(cached.app);
      const writer = changeSteadily(cached.url, seeded, state);
      let mixedResult;
      try {
        mixedResult = await runPhases(ctx, 'dashboard while the tenants change', [
          { ...mixed, seconds: settings.durationS, measured: true },
        ]);
      } finally {
        state.stop = true;
        await writer;
      }
      const counted = delta(await cacheCounts(cached.app), before);
      const mixedStats = sideStats(mixedResult, mixed.side);
      recordHttpFigures(out, mixedStats, 'mixed', `cache on, ${CHANGES_PER_S} changes/s: `);
      recordValidity(out, mixed.side, mixedStats);
      const reads = counted.hit + counted.miss + counted.shared;
      out.figure(
        'hitRate',
        `hit rate while ${CHANGES_PER_S} changes/s are made`,
        (counted.hit / reads) * 100,
        '%',
      );
      out.figure('mixedComputations', 'dashboards computed in that run (misses)', counted.miss, '');
      out.figure(
        'mixedShared',
        'reads that waited for a computation already running (shared)',
        counted.shared,
        '',
      );
      out.figure('mixedChanges', 'changes made in that run', state.made, '');
      out.check({
        label: 'no read bypassed the cache (Redis answered throughout)',
        target: '0 bypasses',
        measured: String(counted.bypass),
        pass: counted.bypass === 0,
        kind: 'validity',
      });
      out.note(
        `Each change makes the entry of its tenant unreachable, so computations are bounded by the changes ` +
          `(${counted.miss} computations for ${state.made} changes and ${reads} reads); reads that arrive while ` +
          `the computation runs wait for it (${counted.shared} shared) and are not counted as hits.`,
      );
    } finally {
      closeWriters();
      await Promise.all([cached.close(), uncached.close()]);
    }
  },
};
