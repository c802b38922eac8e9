/**
 * The load generator, run as a child process so it has its own event loop and never steals the API's.
 * Receives one LoadJob over IPC, runs each phase (autocannon, or an open-loop pacer for phases with a `rate`),
 * answers with the raw outcome of each phase (and of its follow-up requests, when its targets have some).
 */
import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import autocannon from 'autocannon';
import {
  followUpSide,
  type LoadJob,
  type LoadPhase,
  type LoadTarget,
  type PhaseOutcome,
  type WorkerMessage,
} from './load-protocol';
import { elapsedMs } from './stats';

const send = (message: WorkerMessage) => process.send?.(message);
const TIMEOUT_S = 10;

function pick(targets: LoadTarget[]): LoadTarget {
  return targets[Math.floor(Math.random() * targets.length)]!;
}

/** Values for `uniqueHeader`: unique within this process, and a random prefix keeps separate jobs apart. */
const uniquePrefix = randomBytes(6).toString('hex');
let uniqueCounter = 0;

interface Shaped {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What to send for `target`. */
function shape(target: LoadTarget): Shaped {
  const headers: Record<string, string> = { ...target.headers };
  if (target.body !== undefined) headers['content-type'] = 'application/json';
  if (target.uniqueHeader)
    headers[target.uniqueHeader] = `bench-${uniquePrefix}-${(uniqueCounter++).toString(36)}`;
  return { method: target.method ?? 'GET', path: target.path, headers, body: target.body };
}

/** What to send for follow-up `step` of `target` after the first answer gave `id`; undefined when there is none. */
function shapeFollowUp(target: LoadTarget, step: number, id: string | undefined): Shaped | undefined {
  const next = target.followUps?.requests[step];
  if (!next || id === undefined) return undefined;
  const headers: Record<string, string> = { ...target.headers };
  if (next.body !== undefined) headers['content-type'] = 'application/json';
  return {
    method: next.method,
    path: next.path.replaceAll('{id}', encodeURIComponent(id)),
    headers,
    body: next.body,
  };
}

function capture(target: LoadTarget, body: string): string | undefined {
  if (!target.followUps) return undefined;
  try {
    let value: unknown = JSON.parse(body);
    for (const key of target.followUps.capture.split('.'))
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

class Tally {
  latencies: number[] = [];
  statusCounts: Record<string, number> = {};
  responses = 0;
  ok = 0;

  constructor(private readonly measured: boolean) {}

  record(statusCode: number, latencyMs: number) {
    this.responses += 1;
    this.statusCounts[statusCode] = (this.statusCounts[statusCode] ?? 0) + 1;
    if (statusCode >= 200 && statusCode < 300) {
      this.ok += 1;
      if (this.measured) this.latencies.push(latencyMs);
    }
  }

  outcome(side: string, elapsedS: number, errors: number, timeouts: number): PhaseOutcome {
    const { responses, statusCounts, ok, latencies } = this;
    return {
      side,
      measured: this.measured,
      elapsedS,
      responses,
      statusCounts,
      errors,
      timeouts,
      ok,
      latencies,
    };
  }
}

const hasFollowUps = (phase: LoadPhase) => phase.targets.some((target) => target.followUps);

function outcomes(
  phase: LoadPhase,
  first: Tally,
  next: Tally,
  elapsedS: number,
  errors: number,
  timeouts: number,
) {
  const list = [first.outcome(phase.side, elapsedS, errors, timeouts)];
  if (hasFollowUps(phase)) list.push(next.outcome(followUpSide(phase.side), elapsedS, 0, 0));
  return list;
}

interface CycleContext {
  target?: LoadTarget;
  id?: string;
}

async function runClosedLoop(connections: number, phase: LoadPhase, index: number): Promise<PhaseOutcome[]> {
  const first = new Tally(phase.measured);
  const next = new Tally(phase.measured);
  // autocannon calls a request's onResponse just before it emits `response` for it: this says which it was.
  let answered: Tally = first;
  let second = 0;
  const started = process.hrtime.bigint();
  const steps = Math.max(0, ...phase.targets.map((target) => target.followUps?.requests.length ?? 0));
  const toRequest = (request: autocannon.Request, shaped: Shaped) => ({
    ...request,
    method: shaped.method as autocannon.Request['method'],
    path: shaped.path,
    headers: shaped.headers,
    ...(shaped.body === undefined ? {} : { body: shaped.body }),
  });
  const requests: autocannon.Request[] = [
    {
      method: 'GET',
      // Every scenario builds its request per call, so the generator does the same work for each of them.
      setupRequest: (request, context: CycleContext) => {
        context.target = pick(phase.targets);
        context.id = undefined;
        return toRequest(request, shape(context.target));
      },
      onResponse: (status, body, context: CycleContext) => {
        answered = first;
        if (status >= 200 && status < 300 && context.target) context.id = capture(context.target, body);
      },
    },
    ...Array.from({ length: steps }, (_, step): autocannon.Request => ({
      method: 'GET',
      // Nothing to follow up (no follow-up left, or the first answer was not 2xx): back to a first request.
      setupRequest: (request, context: CycleContext) => {
        const shaped = context.target && shapeFollowUp(context.target, step, context.id);
        return shaped ? toRequest(request, shaped) : (undefined as unknown as autocannon.Request);
      },
      onResponse: (status, _body, context: CycleContext) => {
        answered = next;
        if (status < 200 || status >= 300) context.id = undefined;
      },
    })),
  ];
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      { url: phase.url, connections, duration: phase.seconds, timeout: TIMEOUT_S, requests },
      (error: unknown, result) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
    );
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    answered.record(statusCode, responseTime);
    answered = first;
  });
  instance.on('tick', () => {
    second += 1;
    send({ type: 'tick', index, second, responses: first.responses + next.responses });
  });
  const result = await done;
  return outcomes(phase, first, next, elapsedMs(started) / 1000, result.errors, result.timeouts);
}

/**
 * Keep-alive agents of the job's open-loop phases, one per server: a paced phase after a paced warm-up against
 * the same server starts on connections already open, as a client of a running service does.
 */
const pacedAgents = new Map<string, Agent>();

function pacedAgent(url: URL, connections: number): Agent {
  let agent = pacedAgents.get(url.host);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: connections });
    pacedAgents.set(url.host, agent);
  }
  return agent;
}

/**
 * Open loop: request n is due at start + n / rate and is handed to the server's keep-alive agent of `connections`
 * sockets then (it waits there while all are busy). Latency runs from the due time to the last byte of the answer; a
 * follow-up is sent when the answer before it arrives, and its latency runs from then.
 */
async function runPaced(connections: number, phase: LoadPhase, index: number, rate: number) {
  const first = new Tally(phase.measured);
  const next = new Tally(phase.measured);
  const url = new URL(phase.url);
  const agent = pacedAgent(url, connections);
  let errors = 0;
  let timeouts = 0;
  const exchange = (shaped: Shaped, since: number, tally: Tally) =>
    new Promise<{ status: number; body: string } | null>((resolve) => {
      const headers = { ...shaped.headers };
      if (shaped.body !== undefined) headers['content-length'] = String(Buffer.byteLength(shaped.body));
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          method: shaped.method,
          path: shaped.path,
          headers,
          agent,
          timeout: TIMEOUT_S * 1000,
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            tally.record(status, performance.now() - since);
            resolve({ status, body });
          });
        },
      );
      req.on('timeout', () => {
        timeouts += 1;
        req.destroy(new Error('timeout'));
      });
      req.on('error', () => {
        errors += 1;
        resolve(null);
      });
      req.end(shaped.body);
    });
  const cycle = async (due: number) => {
    const target = pick(phase.targets);
    const answer = await exchange(shape(target), due, first);
    if (!answer || answer.status < 200 || answer.status >= 300) return;
    let id = capture(target, answer.body);
    for (let step = 0; ; step++) {
      const shaped = shapeFollowUp(target, step, id);
      if (!shaped) return;
      const followed = await exchange(shaped, performance.now(), next);
      if (!followed || followed.status < 200 || followed.status >= 300) id = undefined;
    }
  };
  const pending = new Set<Promise<void>>();
  const started = performance.now();
  const end = started + phase.seconds * 1000;
  const interval = 1000 / rate;
  let n = 0;
  let second = 0;
  const ticker = setInterval(() => {
    second += 1;
    send({ type: 'tick', index, second, responses: first.responses + next.responses });
  }, 1000);
  for (;;) {
    const now = performance.now();
    for (let due = started + n * interval; due <= now && due < end; due = started + ++n * interval) {
      const run = cycle(due);
      pending.add(run);
      void run.finally(() => pending.delete(run));
    }
    const upcoming = started + n * interval;
    if (upcoming >= end) break;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, upcoming - performance.now())));
  }
  await Promise.all(pending);
  clearInterval(ticker);
  // Over the window requests were started in: what was answered of them, per second of it.
  return outcomes(phase, first, next, phase.seconds, errors, timeouts);
}

async function runPhase(connections: number, phase: LoadPhase, index: number): Promise<PhaseOutcome[]> {
  send({ type: 'phase', index });
  const list = phase.rate
    ? await runPaced(connections, phase, index, phase.rate)
    : await runClosedLoop(connections, phase, index);
  return list.map((outcome) => ({ ...outcome, phase: index }));
}

// A listener (not `once`) keeps the IPC channel, and so this process, alive until the parent disconnects:
// after a result the parent samples our CPU time first.
process.on('message', (job: LoadJob) => {
  void (async () => {
    try {
      const phases: PhaseOutcome[] = [];
      for (const [index, phase] of job.phases.entries())
        phases.push(...(await runPhase(job.connections, phase, index)));
      for (const agent of pacedAgents.values()) agent.destroy();
      pacedAgents.clear();
      send({ type: 'result', phases });
    } catch (error) {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      process.disconnect?.();
    }
  })();
});
