import { execFileSync } from 'node:child_process';
import { chmod, chown, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { requirePgBouncerBinary } from './binaries';
import { findFreePort } from './ports';
import { spawnManaged } from './processes';
import { isRoot, unprivilegedUser, untraversableAncestor } from './unprivileged-user';
import { waitUntilReady } from './wait';

export type PgBouncerPoolMode = 'session' | 'transaction' | 'statement';

export interface PgBouncerOptions {
  /** The Postgres to proxy; its user (and password) is always allowed through. */
  upstreamUrl: string;
  /** Holds the ini and auth file. */
  dir: string;
  poolMode?: PgBouncerPoolMode;
  port?: number;
  defaultPoolSize?: number;
  /** Seconds before a server connection is recycled (bounds per-backend catalog caches). */
  serverLifetime?: number;
  /** Further users clients may connect as, name → upstream password (e.g. `{ dispatch_app: 'dispatch_app' }`). */
  users?: Record<string, string>;
  /**
   * How pgBouncer checks clients: `trust` (default) lets anyone in and logs in upstream with the auth file's
   * passwords; `scram-sha-256` checks each client's password, from the auth file or through `authQuery`.
   */
  authType?: 'trust' | 'scram-sha-256';
  /** Look unknown users' passwords up in the database (per-lease roles), as the chart's pgBouncer does. */
  authQuery?: { user: string; query: string };
}

export interface PgBouncer {
  host: string;
  port: number;
  /** Connection URL through the pooler; defaults to the upstream database and user. */
  url(database?: string, user?: string): string;
  pid(): number | undefined;
  stop(): Promise<void>;
}

export async function startPgBouncer(options: PgBouncerOptions): Promise<PgBouncer> {
  const binary = requirePgBouncerBinary();
  const dir = resolve(options.dir);
  const upstream = new URL(options.upstreamUrl);
  const upstreamUser = decodeURIComponent(upstream.username) || 'postgres';
  const upstreamDatabase = decodeURIComponent(upstream.pathname.slice(1)) || upstreamUser;
  const port = options.port ?? (await findFreePort());
  const host = '127.0.0.1';

  const users = { ...options.users, [upstreamUser]: decodeURIComponent(upstream.password) };
  const iniPath = join(dir, 'pgbouncer.ini');
  const authPath = join(dir, 'userlist.txt');
  await mkdir(dir, { recursive: true });
  await writeFile(authPath, authFile(users), { mode: 0o600 });
  await writeFile(
    iniPath,
    iniFile({ ...options, upstream, upstreamUser, port, host, authPath, version: pgBouncerVersion(binary) }),
    { mode: 0o600 },
  );

  // pgBouncer refuses root: `-u` drops to an unprivileged user, who must be able to read dir.
  const runAs = isRoot() ? unprivilegedUser() : undefined;
  if (runAs) {
    await chmod(dir, 0o700);
    for (const path of [dir, iniPath, authPath]) await chown(path, runAs.uid, runAs.gid);
  }
  const args = runAs ? ['-u', runAs.name, iniPath] : [iniPath];
  const proc = spawnManaged(binary, args);

  // With a checking auth type, users of the auth file connect with their password from it.
  const url = (database = upstreamDatabase, user = upstreamUser) => {
    const password = options.authType && options.authType !== 'trust' ? users[user] : undefined;
    const credentials = password
      ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
      : encodeURIComponent(user);
    return `postgres://${credentials}@${host}:${port}/${encodeURIComponent(database)}`;
  };
  try {
    await waitUntilReady(`pgbouncer on port ${port}`, () => selectOne(url()), { process: proc });
  } catch (error) {
    await proc.terminate('SIGKILL');
    const blocked = runAs && untraversableAncestor(dir, runAs);
    if (blocked)
      throw new Error(`pgbouncer runs as ${runAs.name}, who cannot enter ${blocked}: use another dir`);
    throw error;
  }

  return {
    host,
    port,
    url,
    pid: () => proc.child.pid,
    // SIGTERM is pgBouncer's immediate shutdown; SIGINT would wait for clients to leave.
    stop: () => proc.terminate('SIGTERM'),
  };
}

interface IniInput extends PgBouncerOptions {
  upstream: URL;
  upstreamUser: string;
  port: number;
  host: string;
  authPath: string;
  version: number[];
}

function iniFile(input: IniInput): string {
  // Its resolver may pick ::1 for localhost while a container port is published on IPv4.
  const upstreamHost = input.upstream.hostname === 'localhost' ? '127.0.0.1' : input.upstream.hostname;
  const [major = 0, minor = 0] = input.version;
  const lines = [
    '[databases]',
    `* = host=${upstreamHost} port=${input.upstream.port || 5432}`,
    '',
    '[pgbouncer]',
    `listen_addr = ${input.host}`,
    `listen_port = ${input.port}`,
    'unix_socket_dir =',
    'logfile =',
    'pidfile =',
    // Trust towards clients unless told otherwise; the auth file supplies the passwords for the upstream login.
    `auth_type = ${input.authType ?? 'trust'}`,
    `auth_file = ${input.authPath}`,
    ...(input.authQuery
      ? [`auth_user = ${input.authQuery.user}`, `auth_query = ${input.authQuery.query}`]
      : []),
    `admin_users = ${input.upstreamUser}`,
    `stats_users = ${input.upstreamUser}`,
    `pool_mode = ${input.poolMode ?? 'transaction'}`,
    'max_client_conn = 1000',
    `default_pool_size = ${input.defaultPoolSize ?? 20}`,
    ...(input.serverLifetime === undefined ? [] : [`server_lifetime = ${input.serverLifetime}`]),
    'ignore_startup_parameters = extra_float_digits,options',
    'log_connections = 0',
    'log_disconnections = 0',
  ];
  // The app relies on unnamed statements only; older pgBouncers (< 1.21) reject the key outright.
  if (major > 1 || (major === 1 && minor >= 21)) lines.push('max_prepared_statements = 0');
  return `${lines.join('\n')}\n`;
}

function authFile(users: Record<string, string>): string {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  return Object.entries(users)
    .map(([name, password]) => `${quote(name)} ${quote(password)}\n`)
    .join('');
}

function pgBouncerVersion(binary: string): number[] {
  const output = execFileSync(binary, ['--version'], { encoding: 'utf8' });
  const match = /PgBouncer (\d+)\.(\d+)/i.exec(output);
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

async function selectOne(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}
