import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startCpuMeter, type CpuBreakdown } from './cpu';
import type { Progress } from './progress';
import { format } from './results';
import { summarize, type Summary } from './stats';
import type { OperationOutcome, VuJob, VuMessage } from './vu-protocol';

export type { VuJob, VuTenant } from './vu-protocol';

const WORKER = fileURLToPath(new URL('./vu-worker.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

export interface OperationStats {
  ok: number;
  /** Non-2xx answers plus connection errors: every one a failure (nothing is retried). */
  failed: number;
  statusCounts: Record<string, number>;
  errors: number;
  latencyMs: Summary;
  samples: string[];
}

export interface VuResult {
  operations: Map<string, OperationStats>;
  overall: OperationStats;
  dispatched: number;
  queued: number;
  recordedS: number;
  /** p95 of each recorded second's answers, in order (null for a second without one). */
  secondsP95: Array<number | null>;
  /** Where the CPU went during the recorded window. */
  cpu: CpuBreakdown | null;
}

function stats(outcomes: OperationOutcome[]): OperationStats {
  const statusCounts: Record<string, number> = {};
  let ok = 0;
  let errors = 0;
  for (const outcome of outcomes) {
    ok += outcome.ok;
    errors += outcome.errors;
    for (const [status, count] of Object.entries(outcome.statusCounts))
      statusCounts[status] = (statusCounts[status] ?? 0) + count;
  }
  const non2xx = Object.entries(statusCounts)
    .filter(([status]) => !status.startsWith('2'))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    ok,
    failed: non2xx + errors,
    statusCounts,
    errors,
    latencyMs: summarize(outcomes.flatMap((outcome) => outcome.latencies)),
    samples: outcomes.flatMap((outcome) => outcome.samples).slice(0, 3),
  };
}

/**
 * Runs the virtual users of `job` in a child process, with progress once a second. `onRecording` is called when
 * the recorded window opens and closes (to sample the API's memory or switch socket recording alongside).
 */
export function runVirtualUsers(
  job: VuJob,
  progress: Progress,
  label: string,
  databaseName: string,
  onRecording?: (on: boolean, stop: () => void) => void,
): Promise<VuResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], {
      execArgv: ['--import', TSX],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let meter: ReturnType<typeof startCpuMeter> | undefined;
    let cpu: Promise<CpuBreakdown | null> = Promise.resolve(null);
    let settled = false;
    const secondsP95: Array<number | null> = [];
    const finish = (error: Error | null, result?: VuResult) => {
      if (settled) return;
      settled = true;
      if (child.connected) child.disconnect();
      if (error) {
        child.kill();
        reject(error);
      } else resolve(result!);
    };
    child.on('message', (message: VuMessage) => {
      if (message.type === 'recording') {
        if (message.on) meter = startCpuMeter(databaseName, 'recorded window');
        else if (meter) cpu = meter.then((running) => running.stop()).catch(() => null);
        onRecording?.(message.on, () => child.connected && child.send({ type: 'stop' }));
      } else if (message.type === 'tick') {
        const phase = message.second <= job.warmupS ? 'warm-up' : 'recording';
        if (phase === 'recording') secondsP95.push(message.p95Ms);
        const thisSecond = message.p95Ms === null ? '' : `, p95 ${format(message.p95Ms, 'ms')} this second`;
        const line = `${label}: ${phase} ${message.second}/${job.warmupS + job.seconds}${job.untilStopped ? '+' : ''}s, ${message.answers} answers, ${message.failures} failed, ${message.inFlight} in flight${thisSecond}`;
        if (message.second % 10 === 0) progress.log(line);
        else progress.tick(line);
      } else if (message.type === 'result') {
        progress.clearTick();
        void cpu.then((breakdown) => {
          const entries = Object.entries(message.operations);
          finish(null, {
            operations: new Map(entries.map(([operation, outcome]) => [operation, stats([outcome])])),
            overall: stats(entries.map(([, outcome]) => outcome)),
            dispatched: message.dispatched,
            queued: message.queued,
            recordedS: message.recordedS,
            secondsP95,
            cpu: breakdown,
          });
        });
      } else if (message.type === 'error') finish(new Error(`virtual users: ${message.message}`));
    });
    child.on('error', (error) => finish(error));
    child.on('exit', (code) => finish(new Error(`virtual users exited with code ${code} before reporting`)));
    child.send(job);
  });
}
