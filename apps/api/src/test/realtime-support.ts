import { Agent, request as httpRequest } from 'node:http';
import type { LookupFunction } from 'node:net';
import { createConnection, createServer, type Server, type Socket as NetSocket } from 'node:net';
import { io as connectSocket, type Socket as ClientSocket } from 'socket.io-client';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '@dispatch/config';
import { buildApp } from '#src/app';
import { startServer, type RunningServer } from '#src/server';
import type { EventEnvelope } from '#src/modules/realtime/realtime.events';

/** One API replica on its own port (shares the database and Redis of the config with the others). */
export async function startReplica(config: AppConfig): Promise<RunningServer & { port: number }> {
  const replicaConfig = {
    ...config,
    http: { ...config.http, port: 0, host: '127.0.0.1' },
    metrics: { ...config.metrics, port: 0 },
  };
  const server = await startServer(replicaConfig, {
    app: await buildApp({ config: replicaConfig, logger: false }),
  });
  const address = server.app.server.address();
  if (!address || typeof address === 'string') throw new Error('replica did not bind a port');
  return { ...server, url: `http://127.0.0.1:${address.port}`, port: address.port };
}

export interface ClientOptions {
  token?: string | (() => string);
  cookie?: string;
  origin?: string;
  headers?: Record<string, string>;
  lastSeq?: number;
  epoch?: string | null;
  transports?: Array<'websocket' | 'polling'>;
  /** Reconnect on transport loss (as browsers do); off unless a test is about it. */
  reconnection?: boolean;
}

/** Every name resolves to loopback, so clients can use tenant host names (`acme.dispatch.test`) as browsers do. */
const loopback: LookupFunction = (_hostname, options, callback) => {
  if (options.all)
    (callback as (error: null, addresses: Array<{ address: string; family: number }>) => void)(null, [
      { address: '127.0.0.1', family: 4 },
    ]);
  else callback(null, '127.0.0.1', 4);
};
export const loopbackAgent = new Agent({ lookup: loopback });

/** `http://{host}:{port}`: the URL a client of that tenant host uses to reach a server listening on loopback. */
export const tenantUrl = (host: string, port: number) => `http://${host}:${port}`;

/** A Socket.IO client that records everything it receives and resumes from where it was on reconnect. */
export class TestClient {
  readonly events: EventEnvelope[] = [];
  readonly readies: Array<{ epoch: string | null; seq: number; replayed: number; at: number }> = [];
  readonly resyncs: Array<{ epoch: string | null; seq: number; reason: string }> = [];
  readonly ended: string[] = [];
  readonly disconnects: Array<{ reason: string; at: number }> = [];
  readonly errors: Array<{ message: string; type?: string; status?: number }> = [];
  lastSeq: number | undefined;
  epoch: string | null | undefined;
  readonly socket: ClientSocket;

  /** `url` names the tenant by its host (see `tenantUrl`), as in production. */
  constructor(url: string, options: ClientOptions = {}) {
    this.lastSeq = options.lastSeq;
    this.epoch = options.epoch;
    this.socket = connectSocket(url, {
      path: '/socket.io',
      transports: options.transports ?? ['websocket'],
      agent: loopbackAgent as unknown as string,
      extraHeaders: {
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.origin ? { origin: options.origin } : {}),
        ...options.headers,
      },
      reconnection: options.reconnection ?? false,
      reconnectionDelay: 500,
      reconnectionDelayMax: 1000,
      // Sent on every (re)connection: the current token and the position reached.
      auth: (callback) =>
        callback({
          ...(options.token
            ? { token: typeof options.token === 'function' ? options.token() : options.token }
            : {}),
          ...(this.lastSeq === undefined ? {} : { lastSeq: this.lastSeq }),
          ...(this.epoch ? { epoch: this.epoch } : {}),
        }),
    });
    this.socket.on('event', (envelope: EventEnvelope) => {
      this.events.push(envelope);
      this.lastSeq = envelope.seq;
    });
    this.socket.on('ready', (info: { epoch: string | null; seq: number; replayed: number }) => {
      this.readies.push({ ...info, at: Date.now() });
      this.epoch = info.epoch;
      this.lastSeq = info.seq;
    });
    this.socket.on('resync', (info: { epoch: string | null; seq: number; reason: string }) => {
      this.resyncs.push(info);
    });
    this.socket.on('session.ended', (info: { reason: string }) => this.ended.push(info.reason));
    this.socket.on('disconnect', (reason) => this.disconnects.push({ reason, at: Date.now() }));
    this.socket.on('connect_error', (error: Error & { data?: { type?: string; status?: number } }) =>
      this.errors.push({ message: error.message, type: error.data?.type, status: error.data?.status }),
    );
  }

  /** Resolves once the server said `ready` (the n-th time), rejects when the handshake is refused. */
  ready(count = 1, timeoutMs = 10_000): Promise<void> {
    return waitFor(() => {
      if (this.errors.length > 0 && !this.socket.active) {
        throw new Error(`connection refused: ${JSON.stringify(this.errors.at(-1))}`);
      }
      return this.readies.length >= count;
    }, timeoutMs);
  }

  /** Resolves with the handshake refusal. */
  async refused(timeoutMs = 10_000) {
    await waitFor(() => this.errors.length > 0, timeoutMs);
    return this.errors[0]!;
  }

  seqs(): number[] {
    return this.events.map((event) => event.seq);
  }

  close(): void {
    this.socket.disconnect();
  }
}

export async function waitFor(condition: () => boolean, timeoutMs = 10_000, intervalMs = 10): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (condition()) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether `seqs` is `from+1, from+2, …` without a gap or a repeat. */
export function consecutive(seqs: number[], from: number): boolean {
  return seqs.every((seq, index) => seq === from + 1 + index);
}

/**
 * A TCP load balancer standing in for the ingress: each connection goes to the next backend in turn, skipping
 * backends that refuse. No stickiness, as with websocket-only clients behind a plain L4 balancer.
 */
export async function startBalancer(
  backends: () => number[],
): Promise<{ port: number; close(): Promise<void> }> {
  let next = 0;
  const open = new Set<NetSocket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.pause();
    const ports = backends();
    const tryBackend = (attempt: number) => {
      if (attempt >= ports.length) return void client.destroy();
      const port = ports[next++ % ports.length]!;
      const upstream = createConnection({ port, host: '127.0.0.1' });
      upstream.once('error', () => tryBackend(attempt + 1));
      upstream.once('connect', () => {
        upstream.removeAllListeners('error');
        open.add(upstream);
        upstream.on('close', () => open.delete(upstream));
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        client.pipe(upstream).pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A JSON request over real HTTP (fetch cannot set Host). */
export function httpJson(
  port: number,
  options: { method: string; path: string; host: string; token: string; body?: unknown },
): Promise<{ status: number; body: unknown }> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method,
        path: options.path,
        headers: {
          host: options.host,
          authorization: `Bearer ${options.token}`,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }),
        );
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** A free TCP port on loopback (bound at once by the caller). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface ReplicaProcess {
  port: number;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no shutdown hooks, sockets cut as by a crash. */
  kill(): void;
  stop(): Promise<void>;
}

/**
 * The real API entrypoint (`apps/api/src/main.ts`) in a child process, configured like the given config;
 * `env` adds or overrides variables (e.g. `API_PROCESSES`).
 */
export async function spawnReplica(
  config: AppConfig,
  env: Record<string, string> = {},
): Promise<ReplicaProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      METRICS_PORT: '0',
      DATABASE_URL: config.db.url,
      ...(config.db.adminUrl ? { DATABASE_ADMIN_URL: config.db.adminUrl } : {}),
      DATABASE_POOL_MAX: '4',
      REDIS_URL: config.redis.url,
      PLATFORM_OIDC_ISSUER: config.platformAuth.issuer,
      BASE_DOMAIN: config.http.baseDomain,
      TENANT_CACHE_TTL_MS: String(config.tenancy.registryCacheTtlMs),
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_MS: '5000',
      // The test issuers listen on loopback, which token checks refuse unless allowed; limits as the parent has them.
      IDP_CHECK_ALLOWED_NETWORKS: config.auth.idpCheck.allowedNetworks.join(','),
      RATE_LIMITS_ENABLED: String(config.rateLimits.enabled),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`replica exited during start:\n${output}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`replica did not start within 60 s:\n${output}`);
    }
    await sleep(200);
  }
  return {
    port,
    child,
    output: () => output,
    kill: () => child.kill('SIGKILL'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
