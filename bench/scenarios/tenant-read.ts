import { startB1Server } from '../lib/b1-server';
import type { Scenario } from '../lib/context';
import {
  interleaved,
  recordHttpFigures,
  recordValidity,
  runPhases,
  sideStats,
  warmup,
  type HttpSide,
} from '../lib/http-measure';
import { format } from '../lib/results';
import { startApi } from '../lib/servers';
import {
  assertReadWorks,
  ensureTenants,
  readTargets,
  recordBackendMemory,
  READ_PATH,
} from '../lib/tenant-reads';

const MIN_RATIO_TO_B1 = 0.7;
const ROUNDS = 2;

export const tenantRead: Scenario = {
  id: 'tenant-read',
  title: 'Tenant-scoped authenticated read (10 tenants)',
  method:
    `The real API (\`buildApp\`, production configuration) serves \`GET ${READ_PATH}\`: tenant from the Host ` +
    "header (registry cache), RS256 bearer token verified against that tenant's own issuer (JWKS cache), role " +
    'check, a read-only transaction that sets search_path and app.current_tenant, and a SELECT of one page of ' +
    'equipment types under forced RLS, serialized by the response schema. Requests are spread uniformly over the ' +
    'viewer tokens of the first tenants (one issuer each). A B1 server runs beside it and, after both are warmed ' +
    `up, the two are measured in interleaved slices (ABBA, ${ROUNDS} rounds, the same total time each), so the ` +
    'ratio compares them under the same machine load. Afterwards the memory of the Postgres backends behind the ' +
    "API's pool is read from /proc as the baseline for the 1,000-tenant figure: RSS counts every shared-buffer page " +
    'a backend touched, PSS splits shared pages between the processes mapping them, private is memory the backend ' +
    'alone holds (its catalog and plan caches among it).',
  async run(ctx, out) {
    const { settings } = ctx;
    const tenants = await ensureTenants(ctx, out, settings.readTenants);
    const api = await startApi(ctx.apiConfig);
    const b1 = await startB1Server(ctx, 'B1, interleaved');
    try {
      await assertReadWorks(api.url, tenants);
      const read: HttpSide = { side: `read ×${tenants.length}`, url: api.url, targets: readTargets(tenants) };
      const result = await runPhases(ctx, 'tenant read vs B1', [
        ...warmup(read, settings.warmupS),
        ...warmup(b1, Math.min(settings.warmupS, 3)),
        ...interleaved(read, b1, settings.durationS, ROUNDS),
      ]);
      const readStats = sideStats(result, read.side);
      const b1Stats = sideStats(result, b1.side);
      recordHttpFigures(out, readStats);
      recordHttpFigures(out, b1Stats, 'b1', 'interleaved B1: ');
      recordValidity(out, read.side, readStats);
      recordValidity(out, b1.side, b1Stats);
      out.cpu = result.cpu;

      const ratio = readStats.rps / b1Stats.rps;
      out.figure('ratioToB1', 'throughput relative to interleaved B1', ratio * 100, '%');
      const standalone = ctx.results.figure('B1', 'rps');
      out.figure(
        'ratioToStandaloneB1',
        'throughput relative to the B1 scenario',
        standalone ? (readStats.rps / standalone) * 100 : null,
        '%',
      );
      out.check({
        label: 'tenant-scoped authenticated read throughput',
        target: `≥ ${MIN_RATIO_TO_B1 * 100}% of B1`,
        measured: `${format(ratio * 100, '%')} (${format(readStats.rps, 'req/s')} vs B1 ${format(b1Stats.rps, 'req/s')}, interleaved)`,
        pass: ratio >= MIN_RATIO_TO_B1,
        kind: 'target',
      });
      out.note(
        `Spread over ${tenants.length} tenants; database pool max ${ctx.apiConfig.db.poolMax}, as in production.`,
      );
      await recordBackendMemory(ctx, out);
    } finally {
      await api.close();
      await b1.close();
    }
  },
};
