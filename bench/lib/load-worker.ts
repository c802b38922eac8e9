/**
 * The load generator, run as a child process so it has its own event loop and never steals the API's.
 * Receives one LoadJob over IPC, runs autocannon (warm-up, then the measured run), answers with the stats.
 */
import autocannon from 'autocannon';
import type { LoadJob, LoadStats, LoadTarget, WorkerMessage } from './load-protocol';
import { elapsedMs, summarize } from './stats';

const send = (message: WorkerMessage) => process.send?.(message);

function pick(targets: LoadTarget[]): LoadTarget {
  return targets[Math.floor(Math.random() * targets.length)]!;
}

async function runPhase(job: LoadJob, phase: 'warmup' | 'measure', seconds: number): Promise<LoadStats> {
  send({ type: 'phase', phase });
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let responses = 0;
  let second = 0;
  const started = process.hrtime.bigint();
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: seconds,
        timeout: 10,
        // Every scenario builds its request per call, so the generator does the same work for each of them.
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const target = pick(job.targets);
              return { ...request, path: target.path, headers: { ...target.headers } };
            },
          },
        ],
      },
      (error: unknown, result) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
    );
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    responses += 1;
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  instance.on('tick', () => {
    second += 1;
    send({ type: 'tick', phase, second, responses });
  });
  const result = await done;
  const elapsedS = elapsedMs(started) / 1000;
  return {
    elapsedS,
    responses,
    ok: latencies.length,
    non2xx: responses - latencies.length,
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
    rps: latencies.length / elapsedS,
    latencyMs: summarize(latencies),
  };
}

// A listener (not `once`) keeps the IPC channel, and so this process, alive until the parent disconnects.
process.on('message', (job: LoadJob) => {
  void (async () => {
    try {
      const warmup = job.warmupS > 0 ? await runPhase(job, 'warmup', job.warmupS) : null;
      const measured = await runPhase(job, 'measure', job.durationS);
      send({ type: 'result', warmup, measured });
    } catch (error) {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      process.disconnect?.();
    }
    // After a result the parent disconnects once it has sampled our CPU time; then the process ends.
  })();
});
