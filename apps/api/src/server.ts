import { createServer, type Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import type { AppConfig } from '@dispatch/config';
import type { DatabaseCredentialSources } from '@dispatch/db';
import { buildApp, type App } from './app';
import { isApiWorker, serveMetricsToPrimary } from './api-processes';

export interface RunningServer {
  app: App;
  url: string;
  /** Empty in a cluster worker: the primary serves the workers' metrics (api-processes.ts). */
  metricsUrl: string;
  /** Readiness goes 503, in-flight requests finish, connections close, then resolves. */
  shutdown(): Promise<void>;
}

function listenMetrics(app: App, port: number, host: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    app.metrics.registry
      .metrics()
      .then((body) => response.writeHead(200, { 'content-type': app.metrics.registry.contentType }).end(body))
      .catch(() => response.writeHead(500).end());
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

interface MetricsEndpoint {
  url: string;
  close(): Promise<void>;
}

async function ownMetricsListener(app: App, config: AppConfig): Promise<MetricsEndpoint> {
  const metricsServer = await listenMetrics(app, config.metrics.port, config.metrics.host);
  const address = metricsServer.address();
  const metricsPort = typeof address === 'object' && address ? address.port : config.metrics.port;
  const metricsHost = ['0.0.0.0', '::'].includes(config.metrics.host) ? '127.0.0.1' : config.metrics.host;
  return {
    url: `http://${metricsHost.includes(':') ? `[${metricsHost}]` : metricsHost}:${metricsPort}/metrics`,
    close: () => new Promise<void>((resolve) => metricsServer.close(() => resolve())),
  };
}

/** A cluster worker opens no metrics listener: the primary asks it over IPC and serves the sum. */
function clusterWorkerMetrics(app: App): MetricsEndpoint {
  serveMetricsToPrimary(app.metrics.registry);
  return { url: '', close: () => Promise.resolve() };
}

/**
 * Closes the listener, then lets the event loop read what accepted connections already hold. Under overload a
 * connection is accepted in one turn and its request read in a later one; closing the app in between would count
 * it as idle and reset it (or answer 503 once Fastify is closing), though its client sent the request in time.
 * net's close stops accepting without http's closing of idle connections; Fastify's own close follows.
 */
async function stopAccepting(server: Server): Promise<void> {
  NetServer.prototype.close.call(server);
  // One turn polls the sockets accepted in the turns before; the second also covers a read that ends mid-turn.
  await nextTurn();
  await nextTurn();
}

/** How long no new connection must arrive after the drain delay before the listener closes. */
const ARRIVALS_QUIET_MS = 500;

/** The time (performance.now()) the server last accepted a connection. */
function lastArrival(server: Server): () => number {
  let at = 0;
  server.on('connection', () => (at = performance.now()));
  return () => at;
}

/**
 * Waits until no connection has arrived for ARRIVALS_QUIET_MS, at most `maxMs`. Connections can still come after
 * the drain delay: a balancer slow to drop the endpoint, or clients whose SYN an overloaded replica's full accept
 * queue dropped and who retry a second or more later. Closing the listener on them resets their requests.
 */
async function untilArrivalsStop(lastArrivalAt: () => number, maxMs: number): Promise<void> {
  const deadline = performance.now() + maxMs;
  for (;;) {
    const now = performance.now();
    const quietAt = lastArrivalAt() + ARRIVALS_QUIET_MS;
    if (quietAt <= now || deadline <= now) return;
    await sleep(Math.min(quietAt, deadline) - now);
  }
}

export interface StartServerOptions {
  /** Time between readiness turning 503 and the listener closing, so load balancers stop routing here. */
  drainDelayMs?: number;
  /** A prebuilt app (tests add routes before it starts). */
  app?: App;
  /** Expiring database credentials (Vault), for the app this builds. */
  databaseCredentials?: DatabaseCredentialSources;
}

export async function startServer(
  config: AppConfig,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const app = options.app ?? (await buildApp({ config, databaseCredentials: options.databaseCredentials }));
  const url = await app.listen({ port: config.http.port, host: config.http.host });
  const metrics = isApiWorker() ? clusterWorkerMetrics(app) : await ownMetricsListener(app, config);

  const lastArrivalAt = lastArrival(app.server);
  let closing: Promise<void> | undefined;
  const shutdown = () => {
    closing ??= (async () => {
      app.lifecycle.draining = true;
      const { drainDelayMs } = options;
      if (drainDelayMs) {
        await sleep(drainDelayMs);
        // Bounded by another drain delay: a client that never stops connecting cannot hold the replica.
        await untilArrivalsStop(lastArrivalAt, drainDelayMs);
      }
      await stopAccepting(app.server);
      await app.close();
      await metrics.close();
    })();
    return closing;
  };
  return { app, url, metricsUrl: metrics.url, shutdown };
}
