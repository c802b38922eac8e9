/**
 * `tsx bench/micro/mix-cpu.ts`: CPU per request for each operation of the customer mix (bench/lib/customer-base.ts),
 * in the API process (with the few-line client that drives it) and in the Postgres backends of the API's pool,
 * and each operation's share of the mix's CPU by its weight. Where nominal load spends its CPU, so that a change
 * aims at the operation that costs the most, and is judged by CPU per request, which a busy shared box distorts
 * least. `GET /api/health` (no tenant, no database) is the floor every request pays. TENANTS (default 4) spreads
 * the requests over that many tenants; REQUESTS (default 400) per operation and round; ONLY (comma-separated
 * operation names) measures just those (moves bring the dispatch requests they walk); CPU_PROFILE=file writes
 * V8's CPU profile of the measured requests of the last round (not the seeding, not the warm-ups) to that file.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { backendTicks } from './backend-cpu';
import { openContext } from '../lib/context';
import {
  ApiClient,
  DISPATCH_PATH,
  LIFECYCLE,
  REGIONS,
  inParallel,
  seedDispatchTenant,
  type DispatchTenant,
} from '../lib/dispatch-fixtures';
import { Progress } from '../lib/progress';
import { startApi } from '../lib/servers';
import { readSettings } from '../lib/settings';
import { API_POOL_APPLICATION } from '../lib/tenant-reads';
import { OPERATION_WEIGHTS } from '../lib/vu-protocol';
import type { Pool } from '@dispatch/db';

const REQUESTS = Number(process.env.REQUESTS ?? 400);
const TENANTS = Number(process.env.TENANTS ?? 4);
const CONCURRENCY = 4;
const ONLY = process.env.ONLY?.split(',').map((name) => name.trim());
const CPU_PROFILE = process.env.CPU_PROFILE;
const ROUNDS = 2;
/** The profiler, running only while the last round's requests are measured. */
let profiling: Session | undefined;

const profiles: unknown[] = [];
const keepProfile = (result: { profile: unknown }) => profiles.push(result.profile);

interface Cost {
  apiMs: number;
  pgMs: number;
}

const WARM_UP = 50;

async function measure(
  admin: Pool,
  count: number,
  one: (index: number) => Promise<void>,
  warmUp = WARM_UP,
): Promise<Cost> {
  const indexes = Array.from({ length: count }, (_, i) => i);
  await inParallel(indexes.slice(0, warmUp), CONCURRENCY, one);
  const ticks = await backendTicks(admin, API_POOL_APPLICATION);
  await profiling?.post('Profiler.start');
  const cpu = process.cpuUsage();
  await inParallel(indexes, CONCURRENCY, one);
  const used = process.cpuUsage(cpu);
  await profiling?.post('Profiler.stop').then(keepProfile);
  const pgMs = ((await backendTicks(admin, API_POOL_APPLICATION)) - ticks) * 10;
  return { apiMs: (used.user + used.system) / 1000 / count, pgMs: pgMs / count };
}

type Operation = keyof typeof OPERATION_WEIGHTS | 'assignment move' | 'queued dispatch' | 'health';

function operations(seeded: DispatchTenant[], clients: ApiClient[]) {
  const at = (index: number) => ({
    tenant: seeded[index % seeded.length]!,
    api: clients[index % clients.length]!,
  });
  const get = (path: (index: number) => string) => async (index: number) => {
    await at(index).api.send('GET', path(index), undefined, [200]);
  };
  const dispatch = (index: number, typeId: string, status: number, workOrderId?: string) => {
    const { tenant, api } = at(index);
    return api.send<{ assignment?: { id: string } }>(
      'POST',
      DISPATCH_PATH,
      {
        workOrderId: workOrderId ?? tenant.workOrderIds[index % tenant.workOrderIds.length],
        equipmentTypeId: typeId,
        priority: index % 5 === 0 ? 'urgent' : 'standard',
      },
      [status],
      { 'idempotency-key': randomUUID() },
    );
  };
  /** Assignments dispatched at once, for the moves to walk through their lifecycle (three moves each). */
  const moves: Array<{ api: ApiClient; id: string; step: number }> = [];
  /**
   * Each tenant's open work orders, one per request dispatched at once: as in the mix, a user's job is a work order
   * of its own, which its assignment's start moves to in progress and its completion completes.
   */
  const jobs: string[][] = seeded.map(() => []);
  const createJobs = async (count: number) => {
    await inParallel(
      Array.from({ length: count }, (_, i) => i),
      CONCURRENCY,
      async (index) => {
        const { json } = await at(index).api.send<{ id: string }>(
          'POST',
          '/api/work-orders',
          { title: `Job ${index}`, siteAddress: `${index} Job Street`, region: REGIONS[index % 2] },
          [201],
        );
        jobs[index % seeded.length]!.push(json.id);
      },
    );
  };
  const table: Record<Operation, (index: number) => Promise<void>> = {
    health: get(() => '/api/health'),
    'list work orders': get(() => '/api/work-orders?limit=20'),
    'read work order': get((i) => `/api/work-orders/${at(i).tenant.workOrderIds[i % 10]}`),
    'list equipment': get(() => '/api/equipment?limit=20'),
    'list equipment types': get(() => '/api/equipment-types?limit=10'),
    dashboard: get(() => '/api/dashboard'),
    'list active assignments': get(() => '/api/dispatch/assignments?status=active&limit=50'),
    'create work order': async (index) => {
      await at(index).api.send(
        'POST',
        '/api/work-orders',
        { title: `Mix ${index}`, siteAddress: `${index} Mix Street`, region: REGIONS[index % 2] },
        [201],
      );
    },
    // At once (201), as the mix's requests for its free fleet are; each assignment is then moved three times.
    'dispatch request': async (index) => {
      const job = jobs[index % seeded.length]!.shift()!;
      const { json } = await dispatch(index, at(index).tenant.atOnceTypeId, 201, job);
      moves.push({ api: at(index).api, id: json.assignment!.id, step: 0 });
    },
    'assignment move': async () => {
      // Near the end the last assignments' next steps may all be in flight: wait for one to come back.
      while (moves.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      const move = moves.shift()!;
      await move.api.send(
        'POST',
        `/api/dispatch/assignments/${move.id}/status`,
        { status: LIFECYCLE[move.step] },
        [200],
      );
      if (move.step < LIFECYCLE.length - 1) moves.push({ ...move, step: move.step + 1 });
    },
    'queued dispatch': async (index) => {
      await dispatch(index, at(index).tenant.queuedTypeId, 202);
    },
  };
  return { table, createJobs };
}

async function main() {
  const settings = { ...readSettings(), apiLogLevel: 'warn' as const };
  const { ctx, close } = await openContext(settings, new Progress());
  try {
    await ctx.fleet.grow(TENANTS);
    const api = await startApi(ctx.apiConfig);
    try {
      const seeded: DispatchTenant[] = [];
      for (const tenant of ctx.fleet.tenants) {
        // A free unit for every request dispatched at once in a round; the moves complete them all before the next.
        const units = Math.ceil((REQUESTS + WARM_UP) / TENANTS) + 2;
        seeded.push(
          await seedDispatchTenant(api.url, ctx.issuers, tenant, {
            workOrders: 10,
            busyUnits: 4,
            atOnceUnits: units,
          }),
        );
      }
      await ctx.adminPool.query('ANALYZE');
      const clients = seeded.map((tenant) => new ApiClient(api.url, tenant.tenant, tenant.token));
      const { table, createJobs } = operations(seeded, clients);
      for (let round = 1; round <= ROUNDS; round++) {
        if (CPU_PROFILE && round === ROUNDS) {
          profiling = new Session();
          profiling.connect();
          await profiling.post('Profiler.enable');
        }
        const costs = new Map<Operation, Cost>();
        for (const [operation, run] of Object.entries(table) as Array<
          [Operation, (i: number) => Promise<void>]
        >) {
          if (ONLY && !ONLY.includes(operation)) {
            if (!(operation === 'dispatch request' && ONLY.includes('assignment move'))) continue;
          }
          // Three moves for each assignment the dispatch requests made (warm-up's included), which frees them all.
          const moving = operation === 'assignment move';
          if (operation === 'dispatch request') await createJobs(REQUESTS + WARM_UP);
          const count = moving ? 3 * REQUESTS : REQUESTS;
          costs.set(operation, await measure(ctx.adminPool, count, run, moving ? 3 * WARM_UP : WARM_UP));
        }
        report(round, costs);
      }
      // One profile per measured operation: a file each, numbered in the order measured.
      for (const [index, profile] of profiles.entries())
        await writeFile(`${CPU_PROFILE}.${index + 1}.cpuprofile`, JSON.stringify(profile));
    } finally {
      await api.close();
    }
  } finally {
    await close();
  }
}

function report(round: number, costs: Map<Operation, Cost>) {
  // Each dispatch request answered 201 brings three moves, as in the mix when its fleet has room.
  const weights: Partial<Record<Operation, number>> = {
    ...OPERATION_WEIGHTS,
    'assignment move': 3 * OPERATION_WEIGHTS['dispatch request'],
  };
  const total = [...costs].reduce(
    (sum, [operation, cost]) => sum + (weights[operation] ?? 0) * (cost.apiMs + cost.pgMs),
    0,
  );
  console.log(`\nround ${round}: CPU per request, ms (${REQUESTS} requests each, ${CONCURRENCY} concurrent)`);
  console.log(
    `${'operation'.padEnd(26)} ${'API'.padStart(6)} ${'Postgres'.padStart(9)} ${'share'.padStart(6)}`,
  );
  for (const [operation, cost] of costs) {
    const weight = weights[operation];
    const share = weight ? `${((100 * weight * (cost.apiMs + cost.pgMs)) / total).toFixed(1)}%` : '';
    console.log(
      `${operation.padEnd(26)} ${cost.apiMs.toFixed(2).padStart(6)} ${cost.pgMs.toFixed(2).padStart(9)} ${share.padStart(6)}`,
    );
  }
}

await main();
