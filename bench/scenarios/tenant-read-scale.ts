import type { Scenario } from '../lib/context';
import {
  interleaved,
  measured,
  recordHttpFigures,
  recordValidity,
  runPhases,
  sideStats,
  warmup,
  type HttpSide,
} from '../lib/http-measure';
import { format } from '../lib/results';
import { spawnApi } from '../lib/api-process';
import {
  assertReadWorks,
  ensureTenants,
  readTargets,
  recordBackendMemory,
  READ_PATH,
} from '../lib/tenant-reads';

const MAX_P95_RATIO = 1.2;
const ROUNDS = 2;

export const tenantReadScale: Scenario = {
  id: 'tenant-read-scale',
  title: 'Tenant read spread over every tenant (1,000)',
  method:
    `The same read as \`tenant-read\` (\`GET ${READ_PATH}\`) on a fresh API process (production bundle and Node flags), with requests spread ` +
    'uniformly over every provisioned tenant, each with its own issuer. First a cold phase as long as a measured ' +
    'run, reported on its own: the first JWKS fetch per issuer, the registry cache filling, each pooled Postgres ' +
    'backend loading the catalog entries of every tenant schema it meets. Then a longer warm-up ' +
    '(`BENCH_SCALE_WARMUP_S`), so that each backend has met most tenant schemas as a long-lived pool would. Then ' +
    `the read over every tenant and the read over the first 10 are measured in interleaved slices (ABBA, ${ROUNDS} ` +
    "rounds) on the same instance, and the p95s are compared. Last, the memory of the API pool's Postgres " +
    'backends, which have by now touched nearly every tenant schema, is read from /proc/<pid>/smaps_rollup.',
  async run(ctx, out) {
    const { settings, issuers } = ctx;
    const tenants = await ensureTenants(ctx, out, settings.tenants);
    const few = tenants.slice(0, settings.readTenants);
    const api = await spawnApi(ctx);
    try {
      const jwksBefore = issuers.jwksFetches();
      await assertReadWorks(api.url, tenants);
      const all: HttpSide = { side: `read ×${tenants.length}`, url: api.url, targets: readTargets(tenants) };
      const baseline: HttpSide = {
        side: `read ×${few.length}, interleaved`,
        url: api.url,
        targets: readTargets(few),
      };

      const cold = await runPhases(
        ctx,
        'cold',
        measured({ ...all, side: `${all.side}, cold` }, settings.durationS),
      );
      const coldStats = sideStats(cold, `${all.side}, cold`);
      const result = await runPhases(ctx, `${tenants.length} vs ${few.length} tenants`, [
        ...warmup(all, settings.scaleWarmupS),
        ...interleaved(all, baseline, settings.durationS, ROUNDS),
      ]);
      const allStats = sideStats(result, all.side);
      const baseStats = sideStats(result, baseline.side);
      recordHttpFigures(out, allStats);
      recordHttpFigures(out, baseStats, 'few', `interleaved ×${few.length}: `);
      recordValidity(out, all.side, allStats);
      recordValidity(out, baseline.side, baseStats);
      out.cpu = result.cpu;
      out.figure('coldRps', 'cold phase: throughput', coldStats.rps, 'req/s');
      out.figure('coldP95', 'cold phase: latency p95', coldStats.latencyMs.p95, 'ms');
      out.figure('coldP99', 'cold phase: latency p99', coldStats.latencyMs.p99, 'ms');
      if (coldStats.non2xx || coldStats.errors) {
        out.note(
          `The cold phase had ${coldStats.non2xx} non-2xx responses and ${coldStats.errors} connection errors.`,
        );
      }
      out.figure(
        'jwksFetches',
        'JWKS documents fetched (one per issuer expected)',
        issuers.jwksFetches() - jwksBefore,
        '',
      );

      const ratio = allStats.latencyMs.p95 / baseStats.latencyMs.p95;
      out.figure('p95Ratio', `p95 relative to the interleaved ${few.length}-tenant read`, ratio, '×');
      out.figure(
        'rpsRatio',
        `throughput relative to the interleaved ${few.length}-tenant read`,
        (allStats.rps / baseStats.rps) * 100,
        '%',
      );
      const scenarioP95 = ctx.results.figure('tenant-read', 'p95');
      out.figure(
        'p95RatioToTenantRead',
        'p95 relative to the tenant-read scenario',
        scenarioP95 ? allStats.latencyMs.p95 / scenarioP95 : null,
        '×',
      );
      out.check({
        label: `read p95 at ${tenants.length} tenants vs at ${few.length}`,
        target: `≤ ${MAX_P95_RATIO}×`,
        measured: `${format(ratio, '×')} (${format(allStats.latencyMs.p95, 'ms')} vs ${format(baseStats.latencyMs.p95, 'ms')}, interleaved)`,
        pass: ratio <= MAX_P95_RATIO,
        kind: 'target',
      });

      const memory = await recordBackendMemory(ctx, out);
      const basePss = ctx.results.figure('tenant-read', 'memPssPerBackend');
      const basePrivate = ctx.results.figure('tenant-read', 'memPrivatePerBackend');
      if (memory && basePss && basePrivate && tenants.length > few.length) {
        const perSchemaKiB =
          ((memory.perBackendPrivateMiB - basePrivate) * 1024) / (tenants.length - few.length);
        out.note(
          `Per backend, after reading across ${tenants.length} tenants vs ${few.length}: PSS ` +
            `${format(memory.perBackendPssMiB, 'MiB')} vs ${format(basePss, 'MiB')}, private ` +
            `${format(memory.perBackendPrivateMiB, 'MiB')} vs ${format(basePrivate, 'MiB')}` +
            (perSchemaKiB > 0
              ? `, at least ${format(perSchemaKiB, 'KiB')} of private memory per extra tenant schema (were every ` +
                "schema met by every backend; the pool's lanes keep most of a tenant's reads on two of them)."
              : ': no growth (the pool’s lanes keep most of a tenant’s reads on two of its connections).'),
        );
      }
    } finally {
      await api.stop();
    }
  },
};
