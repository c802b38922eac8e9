import { fork, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { SocketCommand, SocketReply } from './socket-load-worker';
import type { BenchTenant } from './tenants';

/** Socket.IO clients in a child process (see socket-load-worker.ts), and the HTTP writes that drive them. */
const WORKER = fileURLToPath(new URL('./socket-load-worker.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The socket clients' process: commands in, replies out, one at a time. */
export class SocketLoad {
  private readonly child: ChildProcess = fork(WORKER, [], {
    execArgv: ['--import', TSX],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  ask<T extends SocketReply['type']>(
    command: SocketCommand,
    reply: T,
  ): Promise<Extract<SocketReply, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: SocketReply) => {
        if (message.type === 'error') return finish(new Error(`socket clients: ${message.message}`));
        if (message.type === reply) finish(null, message as Extract<SocketReply, { type: T }>);
      };
      const onExit = () => finish(new Error('socket clients exited'));
      const finish = (error: Error | null, value?: Extract<SocketReply, { type: T }>) => {
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (error) reject(error);
        else resolve(value!);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(command);
    });
  }

  tell(command: SocketCommand): void {
    this.child.send(command);
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 16 });

export const closeWriters = () => keepAlive.destroy();

export function call(
  port: number,
  tenant: BenchTenant,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: keepAlive,
        headers: {
          host: tenant.host,
          authorization: `Bearer ${token}`,
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
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export const portOf = (url: string) => Number(new URL(url).port);

/** Runs `emit` `rate` times a second for `seconds`, with at most `inFlight` emissions pending. */
export async function drive(
  seconds: number,
  rate: number,
  maxInFlight: number,
  emit: (n: number) => Promise<void> | void,
): Promise<number> {
  const interval = 1000 / rate;
  const started = performance.now();
  let inFlight = 0;
  let n = 0;
  const pending = new Set<Promise<void>>();
  while (performance.now() - started < seconds * 1000) {
    if (inFlight < maxInFlight) {
      inFlight += 1;
      const done = Promise.resolve(emit(n++)).finally(() => {
        inFlight -= 1;
        pending.delete(done);
      });
      pending.add(done);
    }
    const wait = started + n * interval - performance.now();
    if (wait > 0) await sleep(wait);
    else await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(pending);
  return n;
}
