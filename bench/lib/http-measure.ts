import type { BenchContext } from './context';
import type { ScenarioRecorder } from './results';
import { format } from './results';
import type { CpuBreakdown } from './cpu';
import { runLoad, type LoadResult, type LoadStats, type LoadTarget } from './load';

export interface HttpMeasurement {
  label: string;
  url: string;
  targets: LoadTarget[];
  /** Overrides the default warm-up (`BENCH_WARMUP_S`). */
  warmupS?: number;
}

export function describeCpu(cpu: CpuBreakdown): string {
  return (
    `bench process ${cpu.bench.toFixed(2)}, load generator ${cpu.loadGenerator.toFixed(2)}, Postgres ${cpu.postgres.toFixed(2)}, ` +
    `other Postgres ${cpu.otherPostgres.toFixed(2)}, other processes ${cpu.other.toFixed(2)}, idle ${cpu.idle.toFixed(2)} ` +
    `(cores of ${cpu.cpus})`
  );
}

export function describeRun(stats: LoadStats): string {
  return (
    `${format(stats.rps, 'req/s')}, p50 ${format(stats.latencyMs.p50, 'ms')}, p95 ${format(stats.latencyMs.p95, 'ms')}, ` +
    `p99 ${format(stats.latencyMs.p99, 'ms')} (${stats.ok} ok, ${stats.non2xx} non-2xx, ${stats.errors} errors)`
  );
}

/**
 * Warm-up, then a measured run at the configured connections and duration. Records throughput and latency
 * figures (keys `rps`, `p50`, `p95`, `p99`, `max`, `requests`) and a validity check: every response 2xx.
 */
export async function measureHttp(
  ctx: BenchContext,
  out: ScenarioRecorder,
  run: HttpMeasurement,
): Promise<LoadResult> {
  const { settings, progress } = ctx;
  const warmupS = run.warmupS ?? settings.warmupS;
  progress.log(
    `${run.label}: ${warmupS} s warm-up + ${settings.durationS} s measured, ${settings.connections} connections, ` +
      `${run.targets.length} distinct request(s)`,
  );
  const result = await runLoad(
    {
      url: run.url,
      connections: settings.connections,
      warmupS,
      durationS: settings.durationS,
      targets: run.targets,
    },
    progress,
    run.label,
    ctx.database.name,
  );
  if (result.warmup) progress.log(`${run.label} warm-up:  ${describeRun(result.warmup)}`);
  const measured = result.measured;
  progress.log(`${run.label} measured: ${describeRun(measured)}`);
  if (result.cpu) {
    out.cpu = result.cpu;
    progress.log(`${run.label} CPU: ${describeCpu(result.cpu)}`);
  }

  out.figure('rps', 'throughput (2xx responses/s)', measured.rps, 'req/s');
  out.figure('p50', 'latency p50', measured.latencyMs.p50, 'ms');
  out.figure('p95', 'latency p95', measured.latencyMs.p95, 'ms');
  out.figure('p99', 'latency p99', measured.latencyMs.p99, 'ms');
  out.figure('max', 'latency max', measured.latencyMs.max, 'ms');
  out.figure('requests', 'responses measured', measured.ok, '');
  const failures = measured.non2xx + measured.errors;
  out.check({
    label: `${run.label}: every measured response is 2xx`,
    target: '0 non-2xx, 0 connection errors',
    measured: `${measured.non2xx} non-2xx ${JSON.stringify(statusesOtherThan2xx(measured))}, ${measured.errors} errors`,
    pass: failures === 0,
    kind: 'validity',
  });
  return result;
}

function statusesOtherThan2xx(stats: LoadStats): Record<string, number> {
  return Object.fromEntries(Object.entries(stats.statusCounts).filter(([status]) => !status.startsWith('2')));
}
