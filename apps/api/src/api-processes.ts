/**
 * Several API processes on one host (`API_PROCESSES` > 1): a `node:cluster` primary forks that many workers,
 * which share the HTTP port (the primary hands each new connection to the next worker, round robin). Each worker
 * is a whole replica (its own pools, Redis connections, queue consumer and sockets; everything shared lives in
 * Postgres and Redis, as between pods). The primary runs no API code: it restarts a worker that dies, serves the
 * workers' metrics summed (prom-client's AggregatorRegistry) on the metrics port, and on SIGTERM or SIGINT asks
 * every worker to shut down gracefully (readiness 503, drain, close) and exits when all have.
 */
import cluster, { type Worker } from 'node:cluster';
import { createServer, type Server } from 'node:http';
import { AggregatorRegistry, type PrometheusContentType, type Registry } from 'prom-client';

export interface ApiProcessesOptions {
  processes: number;
  metrics: { port: number; host: string };
  /** After SIGTERM, workers still running after this long are killed. */
  graceMs: number;
  /** The worker entry (defaults to this process's own script, as `node:cluster` does). */
  exec?: string;
  execArgv?: string[];
  env?: Record<string, string | undefined>;
  /** Workers' stdout and stderr are piped here instead of inherited. */
  output?: NodeJS.WritableStream;
  log?: (message: string) => void;
}

export interface ApiProcesses {
  /** `http://{host}:{port}/metrics` of the primary's aggregated metrics. */
  metricsUrl: string;
  /** Resolves once every worker is listening. */
  ready: Promise<void>;
  /** PIDs of the workers running now. */
  pids(): number[];
  /** SIGTERM to every worker; resolves when all exited (SIGKILL after the grace time). */
  shutdown(): Promise<void>;
}

/** A crashing worker is replaced, but not in a hot loop. */
const RESTART_DELAY_MS = 1000;

function listenMetrics(
  registry: AggregatorRegistry<PrometheusContentType>,
  port: number,
  host: string,
): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    registry
      .clusterMetrics()
      .then((body) => response.writeHead(200, { 'content-type': registry.contentType }).end(body))
      .catch(() => response.writeHead(500).end());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** In the primary: forks the workers and supervises them until `shutdown`. */
export async function startApiProcesses(options: ApiProcessesOptions): Promise<ApiProcesses> {
  const log = options.log ?? (() => {});
  cluster.setupPrimary({
    ...(options.exec ? { exec: options.exec } : {}),
    ...(options.execArgv ? { execArgv: options.execArgv } : {}),
    silent: Boolean(options.output),
  });
  const registry = new AggregatorRegistry<PrometheusContentType>();
  const metricsServer = await listenMetrics(registry, options.metrics.port, options.metrics.host);
  const address = metricsServer.address();
  const metricsPort = typeof address === 'object' && address ? address.port : options.metrics.port;
  const metricsHost = ['0.0.0.0', '::'].includes(options.metrics.host) ? '127.0.0.1' : options.metrics.host;

  const workers = new Set<Worker>();
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork(options.env);
    workers.add(worker);
    if (options.output) {
      worker.process.stdout?.pipe(options.output, { end: false });
      worker.process.stderr?.pipe(options.output, { end: false });
    }
    worker.once('exit', (code, signal) => {
      workers.delete(worker);
      if (stopping) return;
      log(`API process ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
      setTimeout(() => {
        if (!stopping) fork();
      }, RESTART_DELAY_MS).unref();
    });
    return worker;
  };
  const started = Array.from({ length: options.processes }, fork);
  const ready = Promise.all(
    started.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.once('listening', () => resolve());
          worker.once('exit', (code) =>
            reject(new Error(`API process exited with code ${code} during start`)),
          );
        }),
    ),
  ).then(() => log(`${options.processes} API processes listening`));
  // `ready` is awaited by callers that care; a start failure is also reported through it, not as unhandled.
  ready.catch(() => undefined);

  let closing: Promise<void> | undefined;
  const shutdown = () => {
    closing ??= (async () => {
      stopping = true;
      const exits = [...workers].map(
        (worker) =>
          new Promise<void>((resolve) =>
            worker.isDead() ? resolve() : worker.once('exit', () => resolve()),
          ),
      );
      for (const worker of workers) worker.process.kill('SIGTERM');
      const deadline = setTimeout(() => {
        for (const worker of workers) worker.process.kill('SIGKILL');
      }, options.graceMs + 2000);
      await Promise.all(exits);
      clearTimeout(deadline);
      await new Promise((resolve) => metricsServer.close(resolve));
    })();
    return closing;
  };
  return {
    metricsUrl: `http://${metricsHost.includes(':') ? `[${metricsHost}]` : metricsHost}:${metricsPort}/metrics`,
    ready,
    pids: () => [...workers].flatMap((worker) => (worker.process.pid ? [worker.process.pid] : [])),
    shutdown,
  };
}

/** In a worker: answers the primary's metric requests from this process's registry. */
export function serveMetricsToPrimary(registry: Registry): void {
  new AggregatorRegistry<PrometheusContentType>(); // registers the worker's IPC listener (idempotent)
  AggregatorRegistry.setRegistries([registry]);
}

export const isApiWorker = () => cluster.isWorker;
