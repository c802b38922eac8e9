import type { BenchContext } from './context';
import type { CpuBreakdown } from './cpu';
import { runLoad, type LoadPhase, type LoadResult, type LoadStats, type LoadTarget } from './load';
import { format, type ScenarioRecorder } from './results';

/** One server and the requests to send it. */
export interface HttpSide {
  side: string;
  url: string;
  targets: LoadTarget[];
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

export function warmup(side: HttpSide, seconds: number): LoadPhase[] {
  return seconds > 0 ? [{ ...side, seconds, measured: false }] : [];
}

export function measured(side: HttpSide, seconds: number): LoadPhase[] {
  return [{ ...side, seconds, measured: true }];
}

/**
 * Measured slices of two sides in ABBA order (a b b a a b …), `totalS` per side split into `rounds` slices:
 * both sides see the same machine, and a drift in its load during the run cancels out of their ratio.
 */
export function interleaved(a: HttpSide, b: HttpSide, totalS: number, rounds: number): LoadPhase[] {
  const seconds = Math.max(1, Math.round(totalS / rounds));
  return Array.from({ length: rounds }, (_, round) => (round % 2 === 0 ? [a, b] : [b, a])).flatMap((pair) =>
    pair.flatMap((side) => measured(side, seconds)),
  );
}

/**
 * Measured slices of several sides, in order and then reversed, round after round (a b c c b a a b c …): the
 * generalization of `interleaved` to more than two sides, `totalS` per side split into `rounds` slices.
 */
export function rotated(sides: HttpSide[], totalS: number, rounds: number): LoadPhase[] {
  const seconds = Math.max(1, Math.round(totalS / rounds));
  return Array.from({ length: rounds }, (_, round) =>
    round % 2 === 0 ? sides : [...sides].reverse(),
  ).flatMap((order) => order.flatMap((side) => measured(side, seconds)));
}

/** Runs phases on one load generator and logs each side's warm-up and measured figures and the CPU split. */
export async function runPhases(ctx: BenchContext, label: string, phases: LoadPhase[]): Promise<LoadResult> {
  const { settings, progress } = ctx;
  const sides = [...new Set(phases.map((phase) => phase.side))];
  const seconds = phases.reduce((sum, phase) => sum + phase.seconds, 0);
  progress.log(`${label}: ${sides.join(' / ')}, ${seconds} s of load at ${settings.connections} connections`);
  const result = await runLoad(
    { connections: settings.connections, phases },
    progress,
    label,
    ctx.database.name,
  );
  for (const [side, stats] of result.warmup) {
    progress.log(
      `  ${side} warm-up: ${format(stats.rps, 'req/s')} (${stats.ok} ok, ${stats.non2xx} non-2xx)`,
    );
  }
  for (const [side, stats] of result.measured) {
    const cpu = result.cpuPerResponse.get(side);
    const perResponse = cpu
      ? `; CPU per response: server ${format(cpu.benchUs, 'µs')}, Postgres ${format(cpu.postgresUs, 'µs')}, load generator ${format(cpu.loadGeneratorUs, 'µs')}`
      : '';
    progress.log(`  ${side}: ${describeRun(stats)}${perResponse}`);
  }
  if (result.cpu) progress.log(`  CPU: ${describeCpu(result.cpu)}`);
  return result;
}

export function sideStats(result: LoadResult, side: string): LoadStats {
  const stats = result.measured.get(side);
  if (!stats) throw new Error(`no measured phase for ${side}`);
  return stats;
}

/**
 * Throughput and latency figures of one side. Without a prefix the keys are `rps`, `p50`, `p95`, `p99`, `max`
 * and `requests` (the report's HTTP table reads these); with one, `{prefix}Rps` and so on.
 */
export function recordHttpFigures(
  out: ScenarioRecorder,
  stats: LoadStats,
  prefix = '',
  labelPrefix = '',
): void {
  const key = (name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name);
  out.figure(key('rps'), `${labelPrefix}throughput (2xx responses/s)`, stats.rps, 'req/s');
  out.figure(key('p50'), `${labelPrefix}latency p50`, stats.latencyMs.p50, 'ms');
  out.figure(key('p95'), `${labelPrefix}latency p95`, stats.latencyMs.p95, 'ms');
  out.figure(key('p99'), `${labelPrefix}latency p99`, stats.latencyMs.p99, 'ms');
  out.figure(key('max'), `${labelPrefix}latency max`, stats.latencyMs.max, 'ms');
  out.figure(key('requests'), `${labelPrefix}responses measured`, stats.ok, '');
}

/** A measured side counts only if every response was 2xx and no connection failed. */
export function recordValidity(out: ScenarioRecorder, side: string, stats: LoadStats): void {
  const others = Object.fromEntries(
    Object.entries(stats.statusCounts).filter(([status]) => !status.startsWith('2')),
  );
  out.check({
    label: `${side}: every measured response is 2xx`,
    target: '0 non-2xx, 0 connection errors',
    measured: `${stats.non2xx} non-2xx ${JSON.stringify(others)}, ${stats.errors} errors`,
    pass: stats.non2xx === 0 && stats.errors === 0,
    kind: 'validity',
  });
}

/**
 * The plain case: warm-up (`BENCH_WARMUP_S` unless given), then one measured run of `BENCH_DURATION_S`.
 * Records the side's figures, its validity check and the CPU split of the measured run.
 */
export async function measureHttp(
  ctx: BenchContext,
  out: ScenarioRecorder,
  side: HttpSide,
  warmupS = ctx.settings.warmupS,
): Promise<LoadStats> {
  const result = await runPhases(ctx, side.side, [
    ...warmup(side, warmupS),
    ...measured(side, ctx.settings.durationS),
  ]);
  const stats = sideStats(result, side.side);
  recordHttpFigures(out, stats);
  recordValidity(out, side.side, stats);
  out.cpu = result.cpu;
  return stats;
}
