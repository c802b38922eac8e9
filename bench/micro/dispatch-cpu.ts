/**
 * `tsx bench/micro/dispatch-cpu.ts`: CPU per dispatch request, in the API process (with the few-line client that
 * drives it) and in the Postgres backends of the API's pool, for queued requests (202) and for requests
 * dispatched at once followed by their three lifecycle steps (201 + 3). CPU per request is what a busy shared
 * box distorts least, so changes to the dispatch path can be compared when `pnpm bench` throughput cannot.
 * DATABASE_NAMED_STATEMENTS and DATABASE_PLAN_CACHE_MODE in the environment override the API's settings (0 = unnamed
 * statements); TENANTS (default 2) spreads the requests over that many tenants.
 */
import { backendTicks } from './backend-cpu';
import { randomUUID } from 'node:crypto';
import { openContext } from '../lib/context';
import {
  ApiClient,
  DISPATCH_PATH,
  LIFECYCLE,
  inParallel,
  seedDispatchTenant,
  type DispatchTenant,
} from '../lib/dispatch-fixtures';
import { Progress } from '../lib/progress';
import { startApi } from '../lib/servers';
import { readSettings } from '../lib/settings';
import { API_POOL_APPLICATION } from '../lib/tenant-reads';
import type { Pool } from '@dispatch/db';

const REQUESTS = Number(process.env.REQUESTS ?? 600);
// With many tenants few calls meet a statement their connection already prepared for that tenant's schema.
const TENANTS = Number(process.env.TENANTS ?? 2);
const CONCURRENCY = 4;

async function measure(label: string, admin: Pool, count: number, one: (index: number) => Promise<void>) {
  await inParallel(
    Array.from({ length: Math.min(100, count) }, (_, i) => i),
    CONCURRENCY,
    one,
  ); // warm-up
  // Statistics, as a server that has run a minute has them (autovacuum's first analysis comes after 500 changes,
  // within its one-minute nap, which this short run never reaches): without them a lookup by id reads every row
  // of the tenant through whichever index leads with tenant_id (docs/benchmarks/2026-12-02-morning-progress.txt).
  await admin.query('ANALYZE');
  const ticks = await backendTicks(admin, API_POOL_APPLICATION);
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  await inParallel(
    Array.from({ length: count }, (_, i) => i),
    CONCURRENCY,
    one,
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const pgMs = ((await backendTicks(admin, API_POOL_APPLICATION)) - ticks) * 10;
  console.log(
    `${label.padEnd(28)} API CPU ${((used.user + used.system) / 1000 / count).toFixed(2)} ms, ` +
      `Postgres CPU ${(pgMs / count).toFixed(2)} ms per request; ${(count / seconds).toFixed(0)}/s at ${CONCURRENCY} concurrent`,
  );
}

async function main() {
  const settings = { ...readSettings(), apiLogLevel: 'warn' as const };
  const { ctx, close } = await openContext(settings, new Progress());
  try {
    const { DATABASE_NAMED_STATEMENTS: named, DATABASE_PLAN_CACHE_MODE: planning } = process.env;
    const db = { ...ctx.apiConfig.db };
    if (named) db.namedStatements = Number(named);
    if (planning) db.planCacheMode = planning as typeof db.planCacheMode;
    const config = { ...ctx.apiConfig, db };
    console.log(
      `named statements per connection: ${db.namedStatements}, plan_cache_mode ${db.planCacheMode}`,
    );
    await ctx.fleet.grow(TENANTS);
    const api = await startApi(config);
    try {
      const seeded: DispatchTenant[] = [];
      for (const tenant of ctx.fleet.tenants) {
        seeded.push(
          await seedDispatchTenant(api.url, ctx.issuers, tenant, {
            workOrders: 10,
            busyUnits: 4,
            atOnceUnits: 8,
          }),
        );
      }
      const clients = seeded.map((tenant) => new ApiClient(api.url, tenant.tenant, tenant.token));
      const request = (index: number, kind: 'queued' | 'atOnce') => {
        const tenant = seeded[index % seeded.length]!;
        return clients[index % clients.length]!.send<{ assignment?: { id: string } }>(
          'POST',
          DISPATCH_PATH,
          {
            workOrderId: tenant.workOrderIds[index % tenant.workOrderIds.length],
            equipmentTypeId: kind === 'queued' ? tenant.queuedTypeId : tenant.atOnceTypeId,
            priority: index % 5 === 0 ? 'urgent' : 'standard',
          },
          kind === 'queued' ? [202] : [201],
          { 'idempotency-key': randomUUID() },
        );
      };
      for (const round of [1, 2]) {
        await measure(`round ${round} queued`, ctx.adminPool, REQUESTS, async (index) => {
          await request(index, 'queued');
        });
        await measure(`round ${round} at once + 3 steps`, ctx.adminPool, REQUESTS / 2, async (index) => {
          const { json } = await request(index, 'atOnce');
          for (const status of LIFECYCLE) {
            await clients[index % clients.length]!.send(
              'POST',
              `/api/dispatch/assignments/${json.assignment!.id}/status`,
              { status },
              [200],
            );
          }
        });
      }
    } finally {
      await api.close();
    }
  } finally {
    await close();
  }
}

await main();
