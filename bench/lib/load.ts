import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadStats, WorkerMessage } from './load-protocol';
import type { Progress } from './progress';
import { startCpuMeter, type CpuBreakdown } from './cpu';

export type { LoadJob, LoadStats, LoadTarget } from './load-protocol';

/** Where the load generator runs, for the report. */
export const LOAD_GENERATOR =
  'autocannon in a child process (its own event loop) on the same machine as the API, Postgres and Redis; ' +
  'the API under test runs in the benchmark process';

const WORKER = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

export interface LoadResult {
  warmup: LoadStats | null;
  measured: LoadStats;
  /** Where the machine's CPU went during the measured run. */
  cpu: CpuBreakdown | null;
}

/**
 * Runs one load job in a fresh child process and prints a line per second while it runs. CPU use is sampled
 * over the measured phase, with the backends of `databaseName` counted as this run's Postgres.
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
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'phase' && message.phase === 'measure') {
        meter = startCpuMeter(databaseName, 'measured HTTP run');
      } else if (message.type === 'tick') {
        const total = message.phase === 'warmup' ? job.warmupS : job.durationS;
        progress.tick(
          `${label} ${message.phase} ${message.second}/${total}s, ${message.responses} responses`,
        );
      } else if (message.type === 'result') {
        progress.clearTick();
        reported = true;
        const { warmup, measured } = message;
        // The child waits for us to disconnect, so its CPU time is still on record when the meter stops.
        void (async () => {
          const cpu = meter ? await (await meter).stop().catch(() => null) : null;
          if (child.connected) child.disconnect();
          finish(null, { warmup, measured, cpu });
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
