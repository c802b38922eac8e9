/**
 * Virtual users, in a child process of their own (own event loop, like the HTTP load generator). A user is a
 * timer, not a thread: think, draw an operation, send it over a shared keep-alive agent, record the answer, think
 * again. Nothing is retried: every non-2xx answer and every connection error counts as a failure of its operation.
 */
import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import {
  OPERATION_WEIGHTS,
  type DrawnOperation,
  type Operation,
  type OperationOutcome,
  type VuJob,
  type VuMessage,
  type VuTenant,
} from './vu-protocol';
import { summarize } from './stats';

const send = (message: VuMessage) => process.send?.(message);
const TIMEOUT_MS = 10_000;
const LIFECYCLE = ['en_route', 'on_site', 'completed'] as const;
const REGIONS = ['north', 'south'];

let recording = false;
let stopping = false;
let answers = 0;
let failures = 0;
let inFlight = 0;
/** Latencies of the 2xx answers of the current second (for the tick). */
let secondLatencies: number[] = [];
let dispatched = 0;
let queued = 0;
const outcomes = new Map<Operation, OperationOutcome>();

function outcome(operation: Operation): OperationOutcome {
  let entry = outcomes.get(operation);
  if (!entry)
    outcomes.set(operation, (entry = { latencies: [], ok: 0, statusCounts: {}, errors: 0, samples: [] }));
  return entry;
}

const drawn = Object.entries(OPERATION_WEIGHTS) as Array<[DrawnOperation, number]>;
const totalWeight = drawn.reduce((sum, [, weight]) => sum + weight, 0);
function draw(): DrawnOperation {
  let at = Math.random() * totalWeight;
  for (const [operation, weight] of drawn) if ((at -= weight) < 0) return operation;
  return drawn[0]![0];
}
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;
const prefix = randomBytes(6).toString('hex');
let counter = 0;

interface Answer {
  status: number;
  body: string;
}

function exchange(
  agent: Agent,
  url: URL,
  tenant: VuTenant,
  operation: Operation,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer | null> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const started = performance.now();
  const record = recording;
  inFlight += 1;
  return new Promise((resolve) => {
    let settled = false;
    const done = (answer: Answer | null, failure?: string) => {
      if (settled) return;
      settled = true;
      inFlight -= 1;
      const entry = record ? outcome(operation) : undefined;
      if (answer && answer.status >= 200 && answer.status < 300) {
        answers += 1;
        const latency = performance.now() - started;
        secondLatencies.push(latency);
        if (entry) {
          entry.ok += 1;
          entry.latencies.push(latency);
        }
      } else {
        failures += 1;
        if (entry && entry.samples.length < 3)
          entry.samples.push(failure ?? `${answer?.status} ${answer?.body.slice(0, 200)}`);
        if (entry && !answer) entry.errors += 1;
      }
      if (entry && answer) entry.statusCounts[answer.status] = (entry.statusCounts[answer.status] ?? 0) + 1;
      resolve(answer);
    };
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        agent,
        timeout: TIMEOUT_MS,
        headers: {
          host: tenant.host,
          authorization: `Bearer ${tenant.token}`,
          ...headers,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, body: text }));
        response.on('error', (error) => done(null, error.message));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    // A deadline from the moment the request was made, queueing for a socket included (the socket timeout above
    // only counts idle time on a socket): an answer later than this is a failure, as a browser would give up.
    const deadline = setTimeout(
      () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS,
    );
    req.on('close', () => clearTimeout(deadline));
    req.on('error', (error) => done(null, error.message));
    req.end(payload);
  });
}

const idOf = (body: string, ...path: string[]): string | undefined => {
  try {
    let value: unknown = JSON.parse(body);
    for (const key of path)
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
};

/** One user: its tenant, its API, the work orders it knows, the assignment it is moving along (if any). */
async function user(agent: Agent, url: URL, tenant: VuTenant, thinkMs: number, startDelay: number) {
  const workOrders = [...tenant.workOrderIds];
  let assignment: { id: string; step: number } | undefined;
  /** The work order this user dispatches for, until its assignment completes. */
  let job: string | undefined;
  const think = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const createWorkOrder = async () => {
    const n = counter++;
    const answer = await exchange(agent, url, tenant, 'create work order', 'POST', '/api/work-orders', {
      title: `Load ${n}`,
      siteAddress: `${n} Load Street`,
      region: pick(REGIONS),
    });
    const id = answer?.status === 201 ? idOf(answer.body, 'id') : undefined;
    if (id) workOrders.push(id);
    return id;
  };
  await think(startDelay);
  while (!stopping) {
    const call = (
      operation: Operation,
      method: string,
      path: string,
      body?: unknown,
      headers?: Record<string, string>,
    ) => exchange(agent, url, tenant, operation, method, path, body, headers);
    if (assignment) {
      const status = LIFECYCLE[assignment.step]!;
      const answer = await call(
        'assignment move',
        'POST',
        `/api/dispatch/assignments/${assignment.id}/status`,
        {
          status,
        },
      );
      if (answer?.status === 200 && assignment.step === LIFECYCLE.length - 1) job = undefined;
      assignment =
        answer?.status === 200 && assignment.step < LIFECYCLE.length - 1
          ? { ...assignment, step: assignment.step + 1 }
          : undefined;
    } else {
      const operation = draw();
      if (operation === 'list work orders') await call(operation, 'GET', '/api/work-orders?limit=20');
      else if (operation === 'read work order')
        await call(operation, 'GET', `/api/work-orders/${pick(workOrders)}`);
      else if (operation === 'list equipment') await call(operation, 'GET', '/api/equipment?limit=20');
      else if (operation === 'list equipment types')
        await call(operation, 'GET', '/api/equipment-types?limit=10');
      else if (operation === 'dashboard') await call(operation, 'GET', '/api/dashboard');
      else if (operation === 'list active assignments')
        await call(operation, 'GET', '/api/dispatch/assignments?status=active&limit=50');
      else if (operation === 'create work order') await createWorkOrder();
      else {
        // A job of its own: a work order completes by itself when its last assignment does (docs/dispatch.md),
        // so a shared one could close under another user's request. A new job once the last one is done.
        job ??= await createWorkOrder();
        if (job) {
          const answer = await call(
            operation,
            'POST',
            '/api/dispatch/requests',
            {
              workOrderId: job,
              equipmentTypeId: tenant.fleetTypeId,
              priority: Math.random() < 0.2 ? 'urgent' : 'standard',
            },
            { 'idempotency-key': `vu-${prefix}-${(counter++).toString(36)}` },
          );
          if (answer?.status === 201) {
            dispatched += 1;
            const id = idOf(answer.body, 'assignment', 'id');
            if (id) assignment = { id, step: 0 };
          } else if (answer?.status === 202) queued += 1;
        }
      }
    }
    await think(thinkMs * (0.5 + Math.random()));
  }
}

async function run(job: VuJob) {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const urls = job.urls.map((url) => new URL(url));
  let second = 0;
  const ticker = setInterval(() => {
    second += 1;
    const p95Ms = secondLatencies.length ? summarize(secondLatencies).p95 : null;
    secondLatencies = [];
    send({ type: 'tick', second, answers, failures, inFlight, p95Ms });
  }, 1000);
  const users = Array.from({ length: job.users }, (_, i) =>
    user(
      agent,
      urls[i % urls.length]!,
      job.tenants[i % job.tenants.length]!,
      job.thinkMs,
      Math.random() * job.thinkMs,
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, job.warmupS * 1000));
  recording = true;
  const recordingFrom = performance.now();
  send({ type: 'recording', on: true });
  await new Promise((resolve) => setTimeout(resolve, job.seconds * 1000));
  if (job.untilStopped) await stopRequested;
  const recordedS = (performance.now() - recordingFrom) / 1000;
  // Requests sent from now on are not recorded; those in flight still are when they answer.
  recording = false;
  stopping = true;
  send({ type: 'recording', on: false });
  await Promise.all(users);
  clearInterval(ticker);
  agent.destroy();
  send({ type: 'result', operations: Object.fromEntries(outcomes), dispatched, queued, recordedS });
}

let requestStop: () => void = () => {};
const stopRequested = new Promise<void>((resolve) => (requestStop = resolve));

process.on('message', (message: VuJob | { type: 'stop' }) => {
  if ('type' in message) return requestStop();
  const job = message;
  run(job).catch((error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    process.disconnect?.();
  });
});
