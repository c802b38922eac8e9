import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadPhase, PhaseOutcome, WorkerMessage } from './load-protocol';
import type { Progress } from './progress';
import { startCpuMeter, type CpuBreakdown } from './cpu';
import { summarize, type Summary } from './stats';

export type { FollowUps, LoadJob, LoadPhase, LoadTarget } from './load-protocol';
export { followUpSide } from './load-protocol';

/** Where the load generator runs, for the report. */
export const LOAD_GENERATOR =
  'autocannon in a child process (its own event loop) on the same machine as the API, Postgres and Redis; ' +
  'the servers under test run in the benchmark process unless a scenario says it starts them in processes of ' +
  'their own (the API as production runs it, B1, B1′)';

const WORKER = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

/** Figures of one side, pooled over its phases. */
export interface LoadStats {
  elapsedS: number;
  responses: number;
  ok: number;
  non2xx: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  /** 2xx responses per second. */
  rps: number;
  /** Latency of 2xx responses, from request written to response complete, in ms (measured phases only). */
  latencyMs: Summary;
}

export interface LoadResult {
  /** Measured phases, pooled per side. */
  measured: Map<string, LoadStats>;
  /** Warm-up phases, pooled per side (no latencies). */
  warmup: Map<string, LoadStats>;
  /** Where the machine's CPU went from the first measured phase to the end. */
  cpu: CpuBreakdown | null;
  /** CPU time per 2xx response of each measured side, metered phase by phase (Linux only; else empty). */
  cpuPerResponse: Map<string, CpuPerResponse>;
}

/** Microseconds of CPU per 2xx response: the process serving it, the Postgres backends, the load generator. */
export interface CpuPerResponse {
  benchUs: number;
  postgresUs: number;
  loadGeneratorUs: number;
}

/** Sums each side's metered phases (cores × seconds) and divides by its 2xx responses (follow-ups not counted). */
export function perResponse(
  phases: PhaseOutcome[],
  cpuByPhase: Map<number, CpuBreakdown | null>,
): Map<string, CpuPerResponse> {
  const sums = new Map<string, { bench: number; postgres: number; loadGenerator: number; ok: number }>();
  const metered = new Set<number>();
  for (const phase of phases) {
    // A phase's first outcome is its own side; a second one is its follow-ups, whose CPU is the same phase's.
    if (!phase.measured || phase.phase === undefined || metered.has(phase.phase)) continue;
    metered.add(phase.phase);
    const cpu = cpuByPhase.get(phase.phase);
    if (!cpu) continue;
    const sum = sums.get(phase.side) ?? { bench: 0, postgres: 0, loadGenerator: 0, ok: 0 };
    sum.bench += cpu.bench * cpu.seconds;
    sum.postgres += cpu.postgres * cpu.seconds;
    sum.loadGenerator += cpu.loadGenerator * cpu.seconds;
    sum.ok += phase.ok;
    sums.set(phase.side, sum);
  }
  const us = (seconds: number, ok: number) => (ok > 0 ? (seconds * 1e6) / ok : 0);
  return new Map(
    [...sums].map(([side, sum]) => [
      side,
      {
        benchUs: us(sum.bench, sum.ok),
        postgresUs: us(sum.postgres, sum.ok),
        loadGeneratorUs: us(sum.loadGenerator, sum.ok),
      },
    ]),
  );
}

function pool(outcomes: PhaseOutcome[]): LoadStats {
  const statusCounts: Record<string, number> = {};
  let elapsedS = 0;
  let responses = 0;
  let ok = 0;
  let errors = 0;
  let timeouts = 0;
  for (const outcome of outcomes) {
    elapsedS += outcome.elapsedS;
    responses += outcome.responses;
    ok += outcome.ok;
    errors += outcome.errors;
    timeouts += outcome.timeouts;
    for (const [status, count] of Object.entries(outcome.statusCounts)) {
      statusCounts[status] = (statusCounts[status] ?? 0) + count;
    }
  }
  return {
    elapsedS,
    responses,
    ok,
    non2xx: responses - ok,
    statusCounts,
    errors,
    timeouts,
    rps: ok / elapsedS,
    latencyMs: summarize(outcomes.flatMap((outcome) => outcome.latencies)),
  };
}

function bySide(outcomes: PhaseOutcome[]): Map<string, LoadStats> {
  const sides = new Map<string, PhaseOutcome[]>();
  for (const outcome of outcomes) sides.set(outcome.side, [...(sides.get(outcome.side) ?? []), outcome]);
  return new Map([...sides].map(([side, list]) => [side, pool(list)]));
}

/**
 * Runs the phases of one job back to back in a fresh child process, printing progress as it goes. CPU use is
 * sampled from the first measured phase to the end, with the backends of `databaseName` as this run's Postgres.
 */
export function runLoad(
  job: LoadJob,
  progress: Progress,
  label: string,
  databaseName: string,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], {
      execArgv: ['--import', TSX],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    let reported = false;
    let meter: ReturnType<typeof startCpuMeter> | undefined;
    // One meter per measured phase, read when the next phase starts or the run ends.
    let phaseMeter: { index: number; meter: ReturnType<typeof startCpuMeter> } | undefined;
    const cpuByPhase = new Map<number, Promise<CpuBreakdown | null>>();
    const closePhaseMeter = () => {
      if (!phaseMeter) return;
      const { index, meter: open } = phaseMeter;
      cpuByPhase.set(
        index,
        open.then((m) => m.stop()).catch(() => null),
      );
      phaseMeter = undefined;
    };
    const finish = (error: Error | null, result?: LoadResult) => {
      if (settled) return;
      settled = true;
      if (error) {
        child.kill();
        reject(error);
      } else resolve(result!);
    };
    const describe = (phase: LoadPhase | undefined) =>
      phase ? `${label}: ${phase.side}${phase.measured ? '' : ' warm-up'}` : label;
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'phase') {
        const phase = job.phases[message.index];
        if (phase?.measured && !meter) meter = startCpuMeter(databaseName, 'measured HTTP run');
        closePhaseMeter();
        if (phase?.measured) {
          phaseMeter = { index: message.index, meter: startCpuMeter(databaseName, 'measured phase') };
        }
        progress.tick(`${describe(phase)} starting`);
      } else if (message.type === 'tick') {
        const phase = job.phases[message.index];
        progress.tick(
          `${describe(phase)} ${message.second}/${phase?.seconds}s, ${message.responses} responses`,
        );
      } else if (message.type === 'result') {
        progress.clearTick();
        reported = true;
        const { phases } = message;
        closePhaseMeter();
        // The child waits for us to disconnect, so its CPU time is still on record when the meter stops.
        void (async () => {
          const cpu = meter ? await (await meter).stop().catch(() => null) : null;
          const phaseCpu = new Map<number, CpuBreakdown | null>();
          for (const [index, read] of cpuByPhase) phaseCpu.set(index, await read);
          if (child.connected) child.disconnect();
          finish(null, {
            measured: bySide(phases.filter((phase) => phase.measured)),
            warmup: bySide(phases.filter((phase) => !phase.measured)),
            cpu,
            cpuPerResponse: perResponse(phases, phaseCpu),
          });
        })();
      } else if (message.type === 'error') {
        progress.clearTick();
        finish(new Error(`load generator: ${message.message}`));
      }
    });
    child.on('error', (error) => finish(error));
    child.on('exit', (code) => {
      if (!reported) finish(new Error(`load generator exited with code ${code} before reporting`));
    });
    child.send(job);
  });
}
