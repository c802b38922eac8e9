import { describe, expect, it } from 'vitest';
import { useApiHarness } from './test/api-harness';
import { buildApp } from './app';
import { startServer } from './server';

const ctx = useApiHarness();

describe('graceful shutdown', () => {
  it('turns readiness 503, lets in-flight requests finish, then stops listening', async () => {
    const config = {
      ...ctx.config,
      http: { ...ctx.config.http, port: 0, host: '127.0.0.1' },
      metrics: { ...ctx.config.metrics, port: 0 },
    };
    const app = await buildApp({ config, logger: false });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    app.get('/api/slow', { config: { access: { kind: 'public' } } }, async () => {
      await released;
      return { finished: true };
    });
    const server = await startServer(config, { app, drainDelayMs: 300 });
    const base = server.url.replace('0.0.0.0', '127.0.0.1');

    const inFlight = fetch(`${base}/api/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = server.shutdown();

    const ready = await fetch(`${base}/api/ready`, { headers: { connection: 'close' } });
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'draining' });

    release();
    const slow = await inFlight;
    expect(slow.status).toBe(200);
    expect(await slow.json()).toEqual({ finished: true });

    await closing;
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  });

  it('serves Prometheus metrics with route patterns, not raw URLs, on the internal port', async () => {
    const config = {
      ...ctx.config,
      http: { ...ctx.config.http, port: 0, host: '127.0.0.1' },
      metrics: { ...ctx.config.metrics, port: 0 },
    };
    const server = await startServer(config, { app: await buildApp({ config, logger: false }) });
    try {
      const base = server.url.replace('0.0.0.0', '127.0.0.1');
      await fetch(`${base}/platform/tenants/0192f1d2-0000-7000-8000-000000000000`);
      const body = await (await fetch(server.metricsUrl)).text();
      expect(body).toContain('http_requests_total{method="GET",route="/platform/tenants/:id",status="401"}');
      expect(body).toContain('http_request_duration_seconds_bucket');
      expect(body).toContain('process_resident_memory_bytes');
      expect(body).not.toContain('0192f1d2');
    } finally {
      await server.shutdown();
    }
  });
});
