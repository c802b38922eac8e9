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
  'the servers under test run in the benchmark process';

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
        // The child waits for us to disconnect, so its CPU time is still on record when the meter stops.
        void (async () => {
          const cpu = meter ? await (await meter).stop().catch(() => null) : null;
          if (child.connected) child.disconnect();
          finish(null, {
            measured: bySide(phases.filter((phase) => phase.measured)),
            warmup: bySide(phases.filter((phase) => !phase.measured)),
            cpu,
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
