import { startB1Server } from '../lib/b1-server';
import type { BenchContext, Scenario } from '../lib/context';
import {
  countDispatch,
  dispatchTargets,
  freeFleet,
  inParallel,
  LIFECYCLE,
  seedDispatchTenant,
  verifyAuditChain,
  type DispatchCounts,
  type DispatchTenant,
} from '../lib/dispatch-fixtures';
import {
  recordHttpFigures,
  recordValidity,
  rotated,
  runPhases,
  sideStats,
  warmup,
  type HttpSide,
} from '../lib/http-measure';
import { followUpSide, type LoadPhase, type LoadResult, type LoadStats } from '../lib/load';
import { format, type ScenarioRecorder } from '../lib/results';
import { spawnApi } from '../lib/api-process';
import { closeWriters, sleep } from '../lib/socket-load';
import { elapsedMs } from '../lib/stats';
import { ensureTenants } from '../lib/tenant-reads';

/** Tenants the load is spread over: the audit chain serializes the writes of one tenant. */
const TENANTS = 8;
const WORK_ORDERS = 12;
/** Units of the queued type (and drivers for them), all on assignment before the load starts. */
const BUSY_UNITS = 4;
/** Units of the at-once type per tenant, and as many qualified drivers, half in each of two regions. */
const FLEET = 40;
const ROUNDS = 2;
/** Below saturation: the paced runs start requests at this share of the rate measured at saturation. */
const PACED_SHARE = 0.5;
/** Unmeasured seconds at the paced rate before each paced phase: the connections are open when measuring starts. */
const PACED_WARMUP_S = 2;
/** A paced run counts as below saturation when it got at least this share of the rate it asked for. */
const PACED_KEPT_UP = 0.97;
/** The at-once side is what it says when at least this share of its answers are 201. */
const MIN_AT_ONCE_SHARE = 0.95;
const TARGET_RPS = 300;
/** spec/targets.md: dispatched at once, with its three lifecycle steps. */
const TARGET_AT_ONCE_RPS = 150;
const TARGET_P99_MS = 50;

const count = (stats: LoadStats | undefined, status: number) => stats?.statusCounts[status] ?? 0;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** 2xx answers of a side over every phase (warm-up, measured) of the results given. */
function answered(results: LoadResult[], side: string, status?: number): number {
  return sum(
    results.flatMap((result) =>
      [result.warmup.get(side), result.measured.get(side)].map((stats) =>
        status === undefined ? (stats?.ok ?? 0) : count(stats, status),
      ),
    ),
  );
}

function recordMix(out: ScenarioRecorder, key: string, label: string, stats: LoadStats) {
  out.figure(`${key}201`, `${label}: answered 201 (dispatched at once)`, count(stats, 201), '');
  out.figure(`${key}202`, `${label}: answered 202 (queued)`, count(stats, 202), '');
}

/** A paced run's figures, and whether it kept up with the rate it was given (else it was not below saturation). */
function recordPaced(out: ScenarioRecorder, key: string, label: string, stats: LoadStats, rate: number) {
  out.figure(`${key}Rate`, `${label}: rate asked for`, rate, 'req/s');
  out.figure(`${key}Rps`, `${label}: throughput (2xx responses/s)`, stats.rps, 'req/s');
  out.figure(`${key}P50`, `${label}: latency p50`, stats.latencyMs.p50, 'ms');
  out.figure(`${key}P95`, `${label}: latency p95`, stats.latencyMs.p95, 'ms');
  out.figure(`${key}P99`, `${label}: latency p99`, stats.latencyMs.p99, 'ms');
  out.figure(`${key}Max`, `${label}: latency max`, stats.latencyMs.max, 'ms');
  const keptUp = stats.rps >= rate * PACED_KEPT_UP;
  out.check({
    label: `${label}: the server kept up (below saturation)`,
    target: `≥ ${PACED_KEPT_UP * 100}% of ${format(rate, 'req/s')} answered 2xx`,
    measured: format(stats.rps, 'req/s'),
    pass: keptUp,
    kind: 'validity',
  });
  return keptUp;
}

async function seedAll(ctx: BenchContext, url: string, tenants: DispatchTenant['tenant'][]) {
  const started = process.hrtime.bigint();
  const seeded: DispatchTenant[] = [];
  await inParallel(tenants, 4, async (tenant) => {
    seeded.push(
      await seedDispatchTenant(url, ctx.issuers, tenant, {
        workOrders: WORK_ORDERS,
        busyUnits: BUSY_UNITS,
        atOnceUnits: FLEET,
      }),
    );
    ctx.progress.tick(`dispatch: seeded ${seeded.length}/${tenants.length} tenants through the API`);
  });
  ctx.progress.clearTick();
  ctx.progress.log(
    `dispatch: seeded ${seeded.length} tenants through the API in ${(elapsedMs(started) / 1000).toFixed(1)} s`,
  );
  return seeded.sort((a, b) => a.tenant.slug.localeCompare(b.tenant.slug));
}

async function freeAll(ctx: BenchContext, url: string, seeded: DispatchTenant[]): Promise<number> {
  let cancelled = 0;
  await inParallel(seeded, 4, async (tenant) => {
    cancelled += await freeFleet(url, tenant);
  });
  return cancelled;
}

export const dispatch: Scenario = {
  id: 'dispatch',
  title: `Dispatch request (${TENANTS} tenants and 1), queued and dispatched at once, next to B1`,
  method:
    "The real API as production runs it (its bundle in a process of its own, with the chart's Node flags; see `spawnApi`) serves `POST /api/dispatch/requests` (tenant from the " +
    'Host header, RS256 dispatcher token with a second factor in `amr`, a unique `Idempotency-Key` per request, ' +
    'body `{ workOrderId, equipmentTypeId, priority }`, one in five urgent): in one tenant transaction the key is ' +
    'claimed, the work order locked FOR SHARE, a unit and driver chosen and locked, the request and the decision ' +
    'record written, the audit chain extended, and after COMMIT the queue (Redis) and the events published. ' +
    `Each of ${TENANTS} tenants (not used by any other scenario) is seeded through the API as a dispatcher would: ` +
    `${WORK_ORDERS} work orders (requests reuse them: a work order may have several), an equipment type whose ` +
    `${BUSY_UNITS} units and drivers are all on assignment, and one with a fleet of ${FLEET} units and ${FLEET} ` +
    'qualified drivers in two regions. Two kinds of request are measured, each an HTTP side: **queued** asks for ' +
    'the busy type, so every answer is 202 and the queue grows; **at once** asks for the fleet type and is ' +
    `answered 201, and the load generator then moves that assignment through ${LIFECYCLE.join(' → ')} (three ` +
    "more writes, as the driver's app would), so the unit and driver are free again and the fleet stays its " +
    'size whatever the duration: its throughput is dispatch requests per second while their lifecycle steps run ' +
    'too, and the steps are reported as their own side (a request that finds every free pair held by concurrent ' +
    'requests is queued instead, answered 202, and served by the follow-up; counted). Both kinds and B1 are ' +
    `measured at saturation (closed loop, the run's connection count) in rotated slices (abc cba, ${ROUNDS} ` +
    'rounds) after a warm-up, so each ratio to B1 compares them on the same machine state; then queued requests ' +
    'to a single tenant, whose audit chain serializes all of them. Below saturation: each kind again, open loop at ' +
    `${PACED_SHARE * 100}% of its rate at saturation (requests evenly spaced, latency from the moment each was ` +
    `due, so waiting behind a slow answer counts), each after ${PACED_WARMUP_S} s at that rate on the same ` +
    'connections, unmeasured: otherwise the first quarter second, spent opening connections, decided the p99. ' +
    'Every answer is checked (2xx only, 201 against 202 counted); ' +
    'afterwards the rows in each tenant must match the answers, and every audit chain must verify.',
  async run(ctx, out) {
    const { settings } = ctx;
    // Tenants no other scenario writes to or reads from (the reads use the first ones, realtime the first).
    const offset = Math.max(settings.readTenants, 1);
    const tenants = (await ensureTenants(ctx, out, offset + TENANTS)).slice(offset);
    const api = await spawnApi(ctx);
    const b1 = await startB1Server(ctx, 'B1, interleaved');
    try {
      const seeded = await seedAll(ctx, api.url, tenants);
      const before = await Promise.all(seeded.map((tenant) => countDispatch(ctx.adminPool, tenant)));

      const queued: HttpSide = {
        side: `queued ×${seeded.length}`,
        url: api.url,
        targets: dispatchTargets(seeded, 'queued'),
      };
      const atOnce: HttpSide = {
        side: `at once ×${seeded.length}`,
        url: api.url,
        targets: dispatchTargets(seeded, 'atOnce', true),
      };
      const single: HttpSide = {
        side: 'queued ×1',
        url: api.url,
        targets: dispatchTargets(seeded.slice(0, 1), 'queued'),
      };
      const saturatedPhases: LoadPhase[] = [
        ...warmup(queued, Math.min(settings.warmupS, 3)),
        ...warmup(atOnce, Math.min(settings.warmupS, 3)),
        ...warmup(b1, Math.min(settings.warmupS, 2)),
        ...rotated([queued, atOnce, b1], settings.durationS, ROUNDS),
        { ...single, seconds: Math.max(2, Math.round(settings.durationS / 2)), measured: true },
      ];
      const saturated = await runPhases(ctx, 'dispatch vs B1', saturatedPhases);
      const q = sideStats(saturated, queued.side);
      const a = sideStats(saturated, atOnce.side);
      const steps = sideStats(saturated, followUpSide(atOnce.side));
      const b = sideStats(saturated, b1.side);
      const one = sideStats(saturated, single.side);
      out.cpu = saturated.cpu;

      recordHttpFigures(out, q, '', 'queued: ');
      recordHttpFigures(out, a, 'atOnce', 'at once: ');
      recordHttpFigures(out, steps, 'steps', 'at once, lifecycle steps: ');
      recordHttpFigures(out, b, 'b1', 'interleaved B1: ');
      recordHttpFigures(out, one, 'single', 'queued, one tenant: ');
      recordMix(out, 'queued', 'queued', q);
      recordMix(out, 'atOnce', 'at once', a);
      out.figure('ratioToB1', 'queued: throughput relative to interleaved B1', (q.rps / b.rps) * 100, '%');
      out.figure(
        'atOnceRatioToB1',
        'at once: throughput relative to interleaved B1',
        (a.rps / b.rps) * 100,
        '%',
      );
      for (const [side, stats] of [
        [queued.side, q],
        [atOnce.side, a],
        [followUpSide(atOnce.side), steps],
        [b1.side, b],
        [single.side, one],
      ] as const)
        recordValidity(out, side, stats);
      out.check({
        label: `${queued.side}: every answer queued`,
        target: 'all 202',
        measured: `${count(q, 202)} of ${q.ok}`,
        pass: q.ok > 0 && count(q, 202) === q.ok && count(one, 202) === one.ok,
        kind: 'validity',
      });
      out.check({
        label: `${atOnce.side}: answers dispatched at once`,
        target: `≥ ${MIN_AT_ONCE_SHARE * 100}% 201 (the rest queued while capacity was held by concurrent requests)`,
        measured: `${count(a, 201)} of ${a.ok}`,
        pass: a.ok > 0 && count(a, 201) >= a.ok * MIN_AT_ONCE_SHARE,
        kind: 'validity',
      });

      // Assignments a closed loop left mid-lifecycle when it stopped: cancel them, so the paced run sees the whole fleet.
      const cancelled = await freeAll(ctx, api.url, seeded);

      const queuedRate = Math.max(1, Math.round(q.rps * PACED_SHARE));
      const atOnceRate = Math.max(1, Math.round(a.rps * PACED_SHARE));
      const queuedPaced = { ...queued, side: `${queued.side} at ${queuedRate}/s` };
      const atOncePaced = { ...atOnce, side: `${atOnce.side} at ${atOnceRate}/s` };
      const pacedAfterWarmup = (side: HttpSide, rate: number): LoadPhase[] => [
        { ...side, seconds: PACED_WARMUP_S, measured: false, rate },
        { ...side, seconds: settings.durationS, measured: true, rate },
      ];
      const pacedPhases = [
        ...pacedAfterWarmup(queuedPaced, queuedRate),
        ...pacedAfterWarmup(atOncePaced, atOnceRate),
      ];
      const paced = await runPhases(ctx, 'dispatch below saturation', pacedPhases);
      const qp = sideStats(paced, queuedPaced.side);
      const ap = sideStats(paced, atOncePaced.side);
      const apSteps = sideStats(paced, followUpSide(atOncePaced.side));
      const queuedKeptUp = recordPaced(out, 'queuedPaced', `queued at ${queuedRate}/s`, qp, queuedRate);
      const atOnceKeptUp = recordPaced(out, 'atOncePaced', `at once at ${atOnceRate}/s`, ap, atOnceRate);
      recordMix(out, 'atOncePaced', `at once at ${atOnceRate}/s`, ap);
      recordValidity(out, queuedPaced.side, qp);
      recordValidity(out, atOncePaced.side, ap);
      recordValidity(out, followUpSide(atOncePaced.side), apSteps);

      // Targets.
      out.check({
        label: 'dispatch requests, queued (202), 8 tenants, sustained',
        target: `≥ ${TARGET_RPS} per second`,
        measured: `${format(q.rps, 'req/s')} (p99 ${format(q.latencyMs.p99, 'ms')} at ${settings.connections} connections; one tenant ${format(one.rps, 'req/s')}; B1 ${format(b.rps, 'req/s')}, interleaved)`,
        pass: q.rps >= TARGET_RPS,
        kind: 'target',
      });
      out.check({
        label: `dispatch requests, dispatched at once (201), 8 tenants, sustained with their lifecycle steps`,
        target: `≥ ${TARGET_AT_ONCE_RPS} per second`,
        measured: `${format(a.rps, 'req/s')} (+ ${format(steps.rps, 'req/s')} lifecycle steps; p99 ${format(a.latencyMs.p99, 'ms')} at ${settings.connections} connections)`,
        pass: a.rps >= TARGET_AT_ONCE_RPS,
        kind: 'target',
      });
      out.check({
        label: 'dispatch request p99 below saturation, queued',
        target: `≤ ${TARGET_P99_MS} ms`,
        measured: `${format(qp.latencyMs.p99, 'ms')} at ${format(queuedRate, 'req/s')} (${PACED_SHARE * 100}% of saturation)`,
        pass: queuedKeptUp ? qp.latencyMs.p99 <= TARGET_P99_MS : false,
        kind: 'target',
      });
      out.check({
        label: 'dispatch request p99 below saturation, dispatched at once',
        target: `≤ ${TARGET_P99_MS} ms`,
        measured: `${format(ap.latencyMs.p99, 'ms')} at ${format(atOnceRate, 'req/s')} (${PACED_SHARE * 100}% of saturation, with lifecycle steps)`,
        pass: atOnceKeptUp ? ap.latencyMs.p99 <= TARGET_P99_MS : false,
        kind: 'target',
      });

      // The answers against the database. A closed-loop slice stops with up to one request per connection in
      // flight: the server commits it, the generator never counts its answer. Paced runs wait for every answer.
      await sleep(1000);
      const after = await Promise.all(seeded.map((tenant) => countDispatch(ctx.adminPool, tenant)));
      const rows = (pick: (c: DispatchCounts) => Record<string, number>) =>
        sum(after.map((c) => sum(Object.values(pick(c))))) -
        sum(before.map((c) => sum(Object.values(pick(c)))));
      const results = [saturated, paced];
      const stops = (...sides: string[]) =>
        saturatedPhases.filter((phase) => sides.includes(phase.side)).length;
      const queuedStops = stops(queued.side, single.side);
      const atOnceStops = stops(atOnce.side);
      const queuedAnswered = sum(
        [queued.side, single.side, queuedPaced.side].map((s) => answered(results, s)),
      );
      const atOnceAnswered = sum([atOnce.side, atOncePaced.side].map((s) => answered(results, s)));
      const queuedRows = rows((c) => c.queuedType);
      const atOnceRows = rows((c) => c.atOnceType);
      const stillQueued = sum(after.map((c) => c.queuedType.queued ?? 0));
      const queuedBefore = sum(before.map((c) => c.queuedType.queued ?? 0));
      const atOnceWaiting = sum(after.map((c) => c.atOnceType.queued ?? 0));
      const minAvailable = Math.min(...after.map((c) => c.atOnceAvailable));
      const unanswered = (made: number, answers: number, stops: number) =>
        made >= answers && made - answers <= stops * settings.connections;
      out.figure('queueDepth', 'queued requests waiting at the end (all tenants)', stillQueued, '');
      out.figure(
        'fleetAvailableMin',
        'at-once units available at the end, fewest in a tenant',
        minAvailable,
        '',
      );
      out.check({
        label: 'every 2xx answer is a request in its tenant, and nothing else',
        target:
          `rows created = 2xx answers + at most ${settings.connections} per closed-loop slice (in flight when it stopped); ` +
          'queued requests all still queued; no at-once request left waiting',
        measured:
          `queued: ${queuedRows} rows for ${queuedAnswered} answers (${queuedStops} slices), ${stillQueued - queuedBefore} waiting; ` +
          `at once: ${atOnceRows} rows for ${atOnceAnswered} answers (${atOnceStops} slices), ${atOnceWaiting} waiting`,
        pass:
          unanswered(queuedRows, queuedAnswered, queuedStops) &&
          unanswered(atOnceRows, atOnceAnswered, atOnceStops) &&
          stillQueued - queuedBefore === queuedRows &&
          atOnceWaiting === 0,
        kind: 'validity',
      });
      const chains = await Promise.all(seeded.map((tenant) => verifyAuditChain(api.url, tenant)));
      out.check({
        label: 'audit chain of every tenant verifies after the load',
        target: `${seeded.length} of ${seeded.length} ok`,
        measured: `${chains.filter((chain) => chain.ok).length} ok, ${format(sum(chains.map((chain) => chain.checked)), '')} events checked`,
        pass: chains.every((chain) => chain.ok),
        kind: 'validity',
      });

      out.note(
        `Spread uniformly over ${seeded.length} tenants (work orders × priority, one issuer each); "queued ×1" ` +
          `sends the same requests to one tenant, whose audit chain then serializes every commit. Database pool ` +
          `max ${ctx.apiConfig.db.poolMax}, as in production.`,
      );
      out.note(
        `Queued requests pile up during the run (${stillQueued} waiting at the end, about ` +
          `${Math.round(stillQueued / seeded.length)} per tenant): each request counts those ahead of it, so a ` +
          'longer run is a little slower per request.',
      );
      out.note(
        `The at-once fleet is ${FLEET} units and ${FLEET} drivers per tenant; choosing a pair joins the free units ` +
          `and drivers of a region, so its cost grows with the free fleet. ${cancelled} assignments left ` +
          'mid-lifecycle when the closed-loop slices stopped were cancelled (untimed) before the paced runs.',
      );
      out.note(
        'Below saturation the load generator is an open-loop pacer on node:http (autocannon paces in bursts once ' +
          'per second); latency there runs from the moment each request was due.',
      );
    } finally {
      await api.stop();
      await b1.close();
      closeWriters();
    }
  },
};
