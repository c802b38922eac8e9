import type { Scenario } from '../lib/context';
import { describeRun, measureHttp } from '../lib/http-measure';
import { runLoad } from '../lib/load';
import { format } from '../lib/results';
import { startApi } from '../lib/servers';
import {
  assertReadWorks,
  ensureTenants,
  readTargets,
  recordBackendMemory,
  READ_PATH,
} from '../lib/tenant-reads';

const MAX_P95_RATIO = 1.2;

export const tenantReadScale: Scenario = {
  id: 'tenant-read-scale',
  title: 'Tenant read spread over every tenant (1,000)',
  method:
    `The same read as \`tenant-read\` (\`GET ${READ_PATH}\`, a fresh API instance) with requests spread ` +
    'uniformly over every provisioned tenant, each with its own issuer. First a cold phase as long as a measured ' +
    'run, reported on its own: the first JWKS fetch per issuer, the registry cache filling, each pooled Postgres ' +
    'backend loading the catalog entries of every tenant schema it meets. Then a longer warm-up ' +
    '(`BENCH_SCALE_WARMUP_S`), so that each backend has met most tenant schemas as a long-lived pool would, and ' +
    "the measured run, judged against the 10-tenant p95. Then the memory of the API pool's Postgres backends, " +
    'which have by now touched nearly every tenant schema, is read from /proc/<pid>/smaps_rollup.',
  async run(ctx, out) {
    const { settings, issuers, progress } = ctx;
    const tenants = await ensureTenants(ctx, out, settings.tenants);
    const api = await startApi(ctx.apiConfig);
    try {
      const jwksBefore = issuers.jwksFetches();
      await assertReadWorks(api.url, tenants);
      const label = `read ×${tenants.length}`;
      const targets = readTargets(tenants);

      progress.log(
        `${label} cold: ${settings.durationS} s from a fresh API instance, ${settings.connections} connections`,
      );
      const cold = await runLoad(
        {
          url: api.url,
          connections: settings.connections,
          warmupS: 0,
          durationS: settings.durationS,
          targets,
        },
        progress,
        `${label} cold`,
        ctx.database.name,
      );
      progress.log(`${label} cold: ${describeRun(cold.measured)}`);

      const { measured } = await measureHttp(ctx, out, {
        label,
        url: api.url,
        targets,
        warmupS: settings.scaleWarmupS,
      });
      out.figure('coldRps', 'cold phase: throughput', cold.measured.rps, 'req/s');
      out.figure('coldP95', 'cold phase: latency p95', cold.measured.latencyMs.p95, 'ms');
      out.figure('coldP99', 'cold phase: latency p99', cold.measured.latencyMs.p99, 'ms');
      if (cold.measured.non2xx || cold.measured.errors) {
        out.note(
          `The cold phase had ${cold.measured.non2xx} non-2xx responses and ${cold.measured.errors} connection errors.`,
        );
      }
      out.figure(
        'jwksFetches',
        'JWKS documents fetched (one per issuer expected)',
        issuers.jwksFetches() - jwksBefore,
        '',
      );

      const baseP95 = ctx.results.figure('tenant-read', 'p95');
      const ratio = baseP95 ? measured.latencyMs.p95 / baseP95 : null;
      out.figure('p95Ratio', `p95 relative to the ${settings.readTenants}-tenant read`, ratio, '×');
      const baseRps = ctx.results.figure('tenant-read', 'rps');
      const rpsRatio = baseRps ? (measured.rps / baseRps) * 100 : null;
      out.figure('rpsRatio', `throughput relative to the ${settings.readTenants}-tenant read`, rpsRatio, '%');
      out.check({
        label: `read p95 at ${tenants.length} tenants vs at ${settings.readTenants}`,
        target: `≤ ${MAX_P95_RATIO}×`,
        measured:
          ratio === null
            ? `the ${settings.readTenants}-tenant read was not measured in this run`
            : `${format(ratio, '×')} (${format(measured.latencyMs.p95, 'ms')} vs ${format(baseP95, 'ms')})`,
        pass: ratio === null ? null : ratio <= MAX_P95_RATIO,
        kind: 'target',
      });

      const memory = await recordBackendMemory(ctx, out);
      const basePss = ctx.results.figure('tenant-read', 'memPssPerBackend');
      const basePrivate = ctx.results.figure('tenant-read', 'memPrivatePerBackend');
      if (memory && basePss && basePrivate && tenants.length > settings.readTenants) {
        const perSchemaKiB =
          ((memory.perBackendPrivateMiB - basePrivate) * 1024) / (tenants.length - settings.readTenants);
        out.note(
          `Per backend, after reading across ${tenants.length} tenants vs ${settings.readTenants}: PSS ` +
            `${format(memory.perBackendPssMiB, 'MiB')} vs ${format(basePss, 'MiB')}, private ` +
            `${format(memory.perBackendPrivateMiB, 'MiB')} vs ${format(basePrivate, 'MiB')}, about ` +
            `${format(perSchemaKiB, 'KiB')} of private memory per extra tenant schema (assuming each backend met them all).`,
        );
      }
    } finally {
      await api.close();
    }
  },
};
