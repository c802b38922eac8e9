import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ensureRedisServerBinary } from './binaries';
import { findFreePort } from './ports';
import { spawnManaged, type ManagedProcess } from './processes';
import { pingRedis, redisCommand } from './redis-protocol';
import { waitUntilReady } from './wait';

export interface RedisServerOptions {
  /** Working dir: the AOF lives in `<dir>/appendonlydir`, so a restart on the same dir reloads it. */
  dir: string;
  port?: number;
  aof?: boolean;
  bind?: string;
  /** Defaults to `ensureRedisServerBinary()`. */
  binary?: string;
}

export interface RedisServer {
  url: string;
  host: string;
  port: number;
  dir: string;
  pid(): number | undefined;
  /** SHUTDOWN (flushes the AOF) and waits for the process to exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would: only what already reached the AOF survives. */
  kill(): Promise<void>;
  /** Starts again on the same port and dir (stopping first if still running). */
  restart(): Promise<void>;
}

export async function startRedisServer(options: RedisServerOptions): Promise<RedisServer> {
  const { aof = true, bind = '127.0.0.1' } = options;
  const dir = resolve(options.dir);
  const binary = options.binary ?? ensureRedisServerBinary();
  const port = options.port ?? (await findFreePort());
  // A wildcard bind is still reached through loopback.
  const host = bind === '0.0.0.0' || bind === '::' ? '127.0.0.1' : bind;
  await mkdir(dir, { recursive: true });

  const flags: Record<string, string> = {
    port: String(port),
    bind,
    dir,
    save: '', // no RDB snapshots: the AOF alone is the persistence under test
    appendonly: aof ? 'yes' : 'no',
    appendfsync: 'everysec',
    'maxmemory-policy': 'noeviction', // queues must never lose keys to eviction
    daemonize: 'no',
  };
  const args = Object.entries(flags).flatMap(([name, value]) => [`--${name}`, value]);

  let current: ManagedProcess | undefined;
  const launch = async () => {
    const proc = spawnManaged(binary, args);
    current = proc;
    await waitUntilReady(`redis-server on port ${port}`, () => pingRedis(host, port), { process: proc });
  };
  const stop = async () => {
    const proc = current;
    if (!proc?.isRunning()) return;
    // SHUTDOWN closes the connection instead of replying; the exit is what we wait for.
    await redisCommand(host, port, ['SHUTDOWN']).catch(() => proc.child.kill('SIGTERM'));
    const timer = setTimeout(() => proc.child.kill('SIGKILL'), 10_000);
    await proc.exited;
    clearTimeout(timer);
  };

  await launch();
  return {
    url: `redis://${host}:${port}`,
    host,
    port,
    dir,
    pid: () => current?.child.pid,
    stop,
    kill: async () => current?.terminate('SIGKILL'),
    restart: async () => {
      await stop();
      await launch();
    },
  };
}
