import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by route pattern and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route pattern',
      labelNames: ['method', 'route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
      registers: [registry],
    }),
    jwksFetches: new Counter({
      name: 'idp_jwks_fetch_total',
      help: 'JWKS fetches from identity providers by result',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    realtimeConnections: new Gauge({
      name: 'realtime_connections',
      help: 'Socket.IO connections open on this replica',
      registers: [registry],
    }),
    realtimeEvents: new Counter({
      name: 'realtime_events_total',
      help: 'Realtime events published by this replica, by event type',
      labelNames: ['event'] as const,
      registers: [registry],
    }),
    dbPoolConnections: new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections by state',
      labelNames: ['pool', 'state'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

/** Metrics live in a registry per app instance (served on the internal port by server.ts). */
export const metricsPlugin = fp(
  async (app) => {
    const metrics = createMetrics();
    app.decorate('metrics', metrics);
    app.addHook('onResponse', async (request, reply) => {
      // The route pattern, never the raw URL: label values stay bounded.
      const route = request.routeOptions.url ?? (request.is404 ? 'not-found' : 'unknown');
      metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
      metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    });
  },
  { name: 'metrics' },
);
