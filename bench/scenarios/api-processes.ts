import { spawnApi } from '../lib/api-process';
import type { Scenario } from '../lib/context';
import {
  interleaved,
  recordHttpFigures,
  recordValidity,
  runPhases,
  sideStats,
  warmup,
} from '../lib/http-measure';
import { READ_MIX_PATHS, readMixTargets } from '../lib/read-mix';
import { format } from '../lib/results';
import { assertReadWorks, ensureTenants } from '../lib/tenant-reads';

const ROUNDS = 2;

export const apiProcesses: Scenario = {
  id: 'api-processes',
  title: 'One API process against two on this box (API_PROCESSES), same read mix',
  method:
    'Two instances of the API as production runs it (its production build, `node main.js` from ' +
    '`scripts/build-node-app.mjs`, built at the start of the run) run side by side as child processes with the ' +
    'production configuration: one with `API_PROCESSES=1`, one with `API_PROCESSES=2` (a node:cluster primary and two ' +
    'workers sharing its port, each worker with its own pool of `DATABASE_POOL_MAX`). Both serve the same read mix ' +
    `as viewers over the first \`BENCH_READ_TENANTS\` tenants (${READ_MIX_PATHS.map((path) => `\`${path}\``).join(', ')}), ` +
    `closed loop at the run's connection count, measured in interleaved slices (ABBA, ${ROUNDS} rounds) after a ` +
    'warm-up each, so both see the same machine. What a second process can add is bounded by the cores Postgres, ' +
    'Redis and the load generator leave it.',
  async run(ctx, out) {
    const { settings } = ctx;
    const tenants = await ensureTenants(ctx, out, settings.readTenants);
    const one = await spawnApi(ctx, { API_PROCESSES: '1' });
    const two = await spawnApi(ctx, { API_PROCESSES: '2' });
    try {
      await assertReadWorks(one.url, tenants);
      await assertReadWorks(two.url, tenants);
      const targets = readMixTargets(tenants);
      const single = { side: '1 process', url: one.url, targets };
      const double = { side: '2 processes', url: two.url, targets };
      const result = await runPhases(ctx, '1 vs 2 API processes', [
        ...warmup(single, settings.warmupS),
        ...warmup(double, settings.warmupS),
        ...interleaved(single, double, settings.durationS, ROUNDS),
      ]);
      const singleStats = sideStats(result, single.side);
      const doubleStats = sideStats(result, double.side);
      recordHttpFigures(out, singleStats);
      recordHttpFigures(out, doubleStats, 'two', '2 processes: ');
      recordValidity(out, single.side, singleStats);
      recordValidity(out, double.side, doubleStats);
      out.cpu = result.cpu;
      const ratio = doubleStats.rps / singleStats.rps;
      out.figure('twoToOne', 'throughput of 2 processes relative to 1', ratio * 100, '%');
      out.check({
        label: 'two API processes on this box',
        target: 'measured, not judged (spec: measure what two processes give on 2 cores)',
        measured:
          `${format(doubleStats.rps, 'req/s')} vs ${format(singleStats.rps, 'req/s')} (${format(ratio * 100, '%')}); ` +
          `p99 ${format(doubleStats.latencyMs.p99, 'ms')} vs ${format(singleStats.latencyMs.p99, 'ms')}`,
        pass: null,
        kind: 'target',
      });
      out.note(
        `Resident memory after the run: 1 process ${format((await one.memory()).rssKiB / 1024, 'MiB')}, ` +
          `2 processes (primary and workers) ${format((await two.memory()).rssKiB / 1024, 'MiB')}.`,
      );
    } finally {
      await one.stop();
      await two.stop();
    }
  },
};
