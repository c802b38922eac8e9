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
import { limitedApiConfig, startApi } from '../lib/servers';
import { assertReadWorks, ensureTenants, readTargets, READ_PATH } from '../lib/tenant-reads';

const ROUNDS = 2;

export const tenantReadLimits: Scenario = {
  id: 'tenant-read-limits',
  title: 'Tenant-scoped authenticated read with the rate limiter on vs off',
  method:
    `The tenant read (\`GET ${READ_PATH}\`, as in tenant-read) served by two APIs built from the same ` +
    'production configuration, one with the rate limiter off and one with it on (`rateLimits.enabled`): every ' +
    'request peeks at its client address before authentication and then counts against its user and tenant ' +
    'in Redis, one Lua script per count. The on side gets limits no run can reach, so it measures the counting, ' +
    `never a refusal. Both are warmed up, then measured in interleaved slices (ABBA, ${ROUNDS} rounds, the ` +
    'same total time each); the ratio is limiter on / off.',
  async run(ctx, out) {
    const { settings } = ctx;
    const tenants = await ensureTenants(ctx, out, settings.readTenants);
    const off = await startApi(ctx.apiConfig);
    const on = await startApi(limitedApiConfig(ctx.apiConfig));
    try {
      await assertReadWorks(off.url, tenants);
      await assertReadWorks(on.url, tenants);
      const targets = readTargets(tenants);
      const offSide: HttpSide = { side: 'limiter off', url: off.url, targets };
      const onSide: HttpSide = { side: 'limiter on', url: on.url, targets };
      const result = await runPhases(ctx, 'tenant read, limiter on vs off', [
        ...warmup(offSide, settings.warmupS),
        ...warmup(onSide, settings.warmupS),
        ...interleaved(onSide, offSide, settings.durationS, ROUNDS),
      ]);
      const onStats = sideStats(result, onSide.side);
      const offStats = sideStats(result, offSide.side);
      recordHttpFigures(out, onStats);
      recordHttpFigures(out, offStats, 'off', 'limiter off: ');
      recordValidity(out, onSide.side, onStats);
      recordValidity(out, offSide.side, offStats);
      out.cpu = result.cpu;
      const ratio = onStats.rps / offStats.rps;
      out.figure('ratioOnToOff', 'throughput with the limiter on relative to off', ratio * 100, '%');
      out.note(
        `Limiter on: ${format(onStats.rps, 'req/s')}, off: ${format(offStats.rps, 'req/s')} (interleaved, ` +
          `${tenants.length} tenants, ${settings.connections} connections).`,
      );
    } finally {
      await on.close();
      await off.close();
    }
  },
};
