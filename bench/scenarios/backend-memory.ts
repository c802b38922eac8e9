import { measureBackendMemory } from '../lib/backend-memory';
import type { Scenario } from '../lib/context';
import { measured, recordHttpFigures, recordValidity, runPhases, sideStats } from '../lib/http-measure';
import { READ_MIX_PATHS, readMixTargets } from '../lib/read-mix';
import { format, type ScenarioRecorder } from '../lib/results';
import { startApi } from '../lib/servers';
import { API_POOL_APPLICATION, assertReadWorks, ensureTenants } from '../lib/tenant-reads';

const mib = (kib: number) => kib / 1024;

async function recordMemory(
  ctx: Parameters<Scenario['run']>[0],
  out: ScenarioRecorder,
  key: string,
  label: string,
) {
  const memory = await measureBackendMemory(ctx.adminPool, API_POOL_APPLICATION);
  if (!memory) return null;
  const perBackend = {
    pss: mib(memory.pssKiB) / memory.backends,
    private: mib(memory.privateKiB) / memory.backends,
  };
  out.figure(`${key}Backends`, `${label}: Postgres backends of the API pool`, memory.backends, '');
  out.figure(`${key}PssTotal`, `${label}: backends, PSS total`, mib(memory.pssKiB), 'MiB');
  out.figure(`${key}PrivateTotal`, `${label}: backends, private total`, mib(memory.privateKiB), 'MiB');
  out.figure(`${key}PssPerBackend`, `${label}: per backend, PSS`, perBackend.pss, 'MiB');
  out.figure(`${key}PrivatePerBackend`, `${label}: per backend, private`, perBackend.private, 'MiB');
  ctx.progress.log(
    `  ${label}: ${memory.backends} backends, private ${format(perBackend.private, 'MiB')} and PSS ` +
      `${format(perBackend.pss, 'MiB')} per backend`,
  );
  return perBackend;
}

export const backendMemory: Scenario = {
  id: 'backend-memory',
  title: 'Postgres backend memory after reading across every tenant (1,000)',
  method:
    'A fresh API (`buildApp`, production configuration, pool of `DATABASE_POOL_MAX`) serves a read mix per ' +
    `tenant (${READ_MIX_PATHS.map((path) => `\`${path}\``).join(', ')}: list pages of three tables and the ` +
    'dashboard, which reads every table of the tenant) as viewers, closed loop. First over the first ' +
    '`BENCH_READ_TENANTS` tenants only, then the memory of the API pool’s Postgres backends is read from ' +
    '/proc/<pid>/smaps_rollup (private: what each backend alone holds — catalog, relation and plan caches, ' +
    'prepared statements; PSS: its share of shared memory too). Then the same mix over every provisioned tenant for ' +
    '`BENCH_SCALE_WARMUP_S` + 2 × `BENCH_DURATION_S`, and the memory is read again. Were requests placed on pooled ' +
    'connections at random, a backend would have met 1 − (1 − 1/pool)^(requests per tenant) of the tenant schemas ' +
    '(reported; a slow box gets through fewer). The pool’s lanes keep a tenant on its home lane while it has room ' +
    '(docs/tenancy.md), so each backend meets fewer than that, and the difference per extra tenant schema met, ' +
    'computed with that share, is a lower bound on what a long-lived pool pays per tenant: the figure a bounded ' +
    'prepared-statement cache (LRU with DEALLOCATE) should keep flat.',
  async run(ctx, out) {
    const { settings } = ctx;
    const tenants = await ensureTenants(ctx, out, settings.tenants);
    const few = tenants.slice(0, settings.readTenants);
    const api = await startApi(ctx.apiConfig);
    try {
      await assertReadWorks(api.url, tenants);
      const fewSide = { side: `read mix ×${few.length}`, url: api.url, targets: readMixTargets(few) };
      const fewRun = await runPhases(
        ctx,
        'backend memory, few tenants',
        measured(fewSide, settings.durationS),
      );
      recordValidity(out, fewSide.side, sideStats(fewRun, fewSide.side));
      const before = await recordMemory(ctx, out, 'few', `after ${few.length} tenants`);
      if (!before) {
        out.note(
          'Backend memory not measured: the backends are not readable in /proc here (Postgres elsewhere).',
        );
        return;
      }
      const allSide = { side: `read mix ×${tenants.length}`, url: api.url, targets: readMixTargets(tenants) };
      const seconds = settings.scaleWarmupS + 2 * settings.durationS;
      const allRun = await runPhases(ctx, 'backend memory, every tenant', measured(allSide, seconds));
      const allStats = sideStats(allRun, allSide.side);
      recordHttpFigures(out, allStats);
      recordValidity(out, allSide.side, allStats);
      out.cpu = allRun.cpu;
      const after = await recordMemory(ctx, out, 'all', `after ${tenants.length} tenants`);
      const perTenantRequests = allStats.ok / tenants.length;
      out.figure('requestsPerTenant', 'requests per tenant across every tenant', perTenantRequests, '');
      // The share of tenant schemas a backend would have met after this many requests per tenant, were each placed
      // on a pooled connection at random: an upper bound, since lanes keep a tenant on its home lane's connections.
      const coverage = 1 - (1 - 1 / ctx.apiConfig.db.poolMax) ** perTenantRequests;
      out.figure(
        'coverage',
        'tenant schemas a backend would have met with random placement (at most)',
        coverage * 100,
        '%',
      );
      const met = tenants.length * coverage;
      if (after && met > few.length) {
        const perTenantKiB = ((after.private - before.private) * 1024) / (met - few.length);
        out.figure(
          'privatePerTenant',
          'private memory per backend per extra tenant schema met (at least)',
          perTenantKiB,
          'KiB',
        );
        out.figure(
          'privateGrowth',
          'private memory per backend, growth',
          after.private / before.private,
          '×',
        );
        out.note(
          `Per backend: private ${format(before.private, 'MiB')} after ${few.length} tenants, ` +
            `${format(after.private, 'MiB')} after reading across ${tenants.length} (${format(perTenantRequests, '')} ` +
            `requests per tenant over ${ctx.apiConfig.db.poolMax} pooled connections, so each backend met at most ` +
            `${format(coverage * 100, '%')} of them: at least ${format(perTenantKiB, 'KiB')} per extra tenant schema met). ` +
            `Connections are recycled after ${ctx.apiConfig.db.poolMaxLifetimeSeconds} s ` +
            '(DATABASE_POOL_MAX_LIFETIME_SECONDS), which bounds it in time.',
        );
      }
    } finally {
      await api.close();
    }
  },
};
