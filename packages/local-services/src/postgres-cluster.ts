import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { findFreePort } from './ports';
import { spawnManaged } from './processes';
import { isRoot, unprivilegedUser, untraversableAncestor } from './unprivileged-user';
import { waitUntilReady } from './wait';

export interface PostgresClusterOptions {
  /** An empty directory for the data; removed by `stop`. */
  dir: string;
  port?: number;
  /** Server settings (`-c name=value`) over Postgres' own defaults. */
  settings?: Record<string, string>;
}

export interface PostgresCluster {
  /** Superuser URL (trust on loopback): postgres@127.0.0.1:port/postgres. */
  url: string;
  port: number;
  /** Where the binaries came from, e.g. /usr/lib/postgresql/15/bin. */
  binDir: string;
  pid(): number | undefined;
  /** Fast shutdown, then the data directory is removed. */
  stop(): Promise<void>;
}

/**
 * The installed Postgres' binaries (Debian's /usr/lib/postgresql/<major>/bin, the newest major), or undefined.
 * A cluster of its own lets a run choose server settings without touching the machine's shared server.
 */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? join(root, majors[0], 'bin') : undefined;
}

/** A throwaway Postgres server: initdb into `dir`, then the server on a free loopback port, TCP only. */
export async function startPostgresCluster(options: PostgresClusterOptions): Promise<PostgresCluster> {
  const binDir = postgresBinDir();
  if (!binDir)
    throw new Error('no Postgres server binaries under /usr/lib/postgresql (apt-get install postgresql)');
  const dir = resolve(options.dir);
  const port = options.port ?? (await findFreePort());
  // Postgres refuses root: as root the cluster belongs to, and runs as, an unprivileged user.
  const runAs = isRoot() ? unprivilegedUser(['postgres']) : undefined;
  await mkdir(dir, { recursive: true });
  if (runAs) {
    const blocked = untraversableAncestor(dir, runAs);
    if (blocked)
      throw new Error(`Postgres runs as ${runAs.name}, who cannot enter ${blocked}: use another dir`);
    await chown(dir, runAs.uid, runAs.gid);
  }
  await chmod(dir, 0o700);
  const owner = runAs ? { uid: runAs.uid, gid: runAs.gid } : {};
  // --no-sync: a throwaway cluster need not survive a power cut during initdb.
  execFileSync(
    join(binDir, 'initdb'),
    ['-D', dir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync'],
    { stdio: 'pipe', ...owner },
  );
  const settings = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    ...options.settings,
  };
  const args = ['-D', dir, '-p', String(port)];
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);
  const server = spawnManaged(join(binDir, 'postgres'), args, owner);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    // SIGINT: fast shutdown (sessions are ended, no wait for clients to leave).
    await server.terminate('SIGINT', 15_000);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(
      `Postgres on port ${port}`,
      async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.end();
      },
      { process: server },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, binDir, pid: () => server.child.pid, stop };
}
