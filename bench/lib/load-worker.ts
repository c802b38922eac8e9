/**
 * The load generator, run as a child process so it has its own event loop and never steals the API's.
 * Receives one LoadJob over IPC, runs autocannon once per phase, answers with the raw outcome of each phase.
 */
import autocannon from 'autocannon';
import type { LoadJob, LoadPhase, LoadTarget, PhaseOutcome, WorkerMessage } from './load-protocol';
import { elapsedMs } from './stats';

const send = (message: WorkerMessage) => process.send?.(message);

function pick(targets: LoadTarget[]): LoadTarget {
  return targets[Math.floor(Math.random() * targets.length)]!;
}

async function runPhase(connections: number, phase: LoadPhase, index: number): Promise<PhaseOutcome> {
  send({ type: 'phase', index });
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let responses = 0;
  let ok = 0;
  let second = 0;
  const started = process.hrtime.bigint();
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: phase.url,
        connections,
        duration: phase.seconds,
        timeout: 10,
        // Every scenario builds its request per call, so the generator does the same work for each of them.
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const target = pick(phase.targets);
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
    if (statusCode >= 200 && statusCode < 300) {
      ok += 1;
      if (phase.measured) latencies.push(responseTime);
    }
  });
  instance.on('tick', () => {
    second += 1;
    send({ type: 'tick', index, second, responses });
  });
  const result = await done;
  return {
    side: phase.side,
    measured: phase.measured,
    elapsedS: elapsedMs(started) / 1000,
    responses,
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
    ok,
    latencies,
  };
}

// A listener (not `once`) keeps the IPC channel, and so this process, alive until the parent disconnects:
// after a result the parent samples our CPU time first.
process.on('message', (job: LoadJob) => {
  void (async () => {
    try {
      const phases: PhaseOutcome[] = [];
      for (const [index, phase] of job.phases.entries())
        phases.push(await runPhase(job.connections, phase, index));
      send({ type: 'result', phases });
    } catch (error) {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      process.disconnect?.();
    }
  })();
});
