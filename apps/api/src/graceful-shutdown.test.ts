import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useApiHarness } from './test/api-harness';
import { buildApp, type App } from './app';
import { startServer } from './server';

const ctx = useApiHarness();

const localConfig = () => ({
  ...ctx.config,
  http: { ...ctx.config.http, port: 0, host: '127.0.0.1' },
  metrics: { ...ctx.config.metrics, port: 0 },
});

/** The API as main.ts starts it, on a free local port (its metrics too). */
async function startLocal(options: { app?: App; drainDelayMs?: number } = {}) {
  const config = localConfig();
  const app = options.app ?? (await buildApp({ config, logger: false }));
  const server = await startServer(config, { app, drainDelayMs: options.drainDelayMs });
  const { port } = app.server.address() as { port: number };
  return { server, port, base: `http://127.0.0.1:${port}` };
}

describe('graceful shutdown', () => {
  it('turns readiness 503, lets in-flight requests finish, then stops listening', async () => {
    const app = await buildApp({ config: localConfig(), logger: false });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    app.get('/api/slow', { config: { access: { kind: 'public' } } }, async () => {
      await released;
      return { finished: true };
    });
    const { server, base } = await startLocal({ app, drainDelayMs: 300 });

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

  it('answers requests on connections it accepted but had not read when shutdown began', async () => {
    // Under overload the event loop accepts a connection in one turn and reads its request in a later one; a
    // shutdown starting in between must not count that connection as idle and reset it.
    const { server, port } = await startLocal();
    const acceptedBeforeShutdown = new Set<number>();
    let closing: Promise<void> | undefined;
    server.app.server.on('connection', (socket: Socket) => {
      if (closing) return;
      acceptedBeforeShutdown.add(socket.remotePort!);
      if (acceptedBeforeShutdown.size === 5) closing = server.shutdown();
    });

    const answers = await Promise.all(Array.from({ length: 20 }, () => rawGet(port, '/api/health')));
    await closing;

    const accepted = answers.filter((answer) => acceptedBeforeShutdown.has(answer.localPort));
    expect(accepted.length).toBeGreaterThanOrEqual(5);
    for (const answer of accepted) expect(answer.outcome).toMatch(/^HTTP\/1\.1 200/);
  });

  it('keeps the listener open past the drain delay while connections still arrive, then closes', async () => {
    const { server, port } = await startLocal({ drainDelayMs: 400 });
    let closed = false;
    const closing = server.shutdown().then(() => (closed = true));

    // Arrivals until 1.5 drain delays in: the two after the delay are served too, not refused.
    const late: string[] = [];
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      late.push((await rawGet(port, '/api/health')).outcome);
    }
    expect(late).toEqual(Array(4).fill('HTTP/1.1 200 OK'));
    expect(closed).toBe(false);

    await closing;
    expect((await rawGet(port, '/api/health')).outcome).toMatch(/ECONNREFUSED/);
  });

  it('closes after a second drain delay even if a client never stops connecting', async () => {
    const { server, port } = await startLocal({ drainDelayMs: 200 });
    let closed = false;
    const closing = server.shutdown().then(() => (closed = true));
    const outcomes: string[] = [];
    while (!closed) {
      outcomes.push((await rawGet(port, '/api/health')).outcome);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await closing;
    // It ended the loop by closing; until then the connections it took were served.
    expect(outcomes[0]).toBe('HTTP/1.1 200 OK');
    expect(outcomes.at(-1)).toMatch(/^HTTP\/1\.1 200 OK$|ECONNREFUSED/);
  });

  it('serves Prometheus metrics with route patterns, not raw URLs, on the internal port', async () => {
    const { server, base } = await startLocal();
    try {
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

/** One request on a fresh connection, written as soon as it connects: the status line, or the socket error. */
function rawGet(port: number, path: string): Promise<{ localPort: number; outcome: string }> {
  return new Promise((resolve) => {
    let localPort = 0;
    let received = '';
    const socket = connect({ port, host: '127.0.0.1' }, () => {
      localPort = socket.localPort!;
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', (error) => resolve({ localPort, outcome: String(error) }));
    socket.on('close', () =>
      resolve({ localPort, outcome: received.split('\r\n')[0] || 'closed without an answer' }),
    );
  });
}
