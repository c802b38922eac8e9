import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';
import os from 'node:os';
import type { Pool } from '@dispatch/db';
import { REPO_ROOT } from './settings';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  postgresSettings: Record<string, string>;
  redis: string;
  commit: string;
}

// autovacuum: off on this workplace's Postgres, on in production; its visibility map lets index-only counts skip the heap.
const PG_SETTINGS = [
  'shared_buffers',
  'max_connections',
  'fsync',
  'synchronous_commit',
  'work_mem',
  'jit',
  'autovacuum',
];

export async function describeMachine(adminPool: Pool, redisUrl: string): Promise<MachineInfo> {
  const { rows } = await adminPool.query<{ version: string }>('SELECT version()');
  const settings = await adminPool.query<{ name: string; setting: string; unit: string | null }>(
    'SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)',
    [PG_SETTINGS],
  );
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: rows[0]?.version.split(' on ')[0] ?? 'unknown',
    postgresSettings: Object.fromEntries(
      settings.rows.map((row) => [row.name, row.unit ? `${row.setting} (${row.unit})` : row.setting]),
    ),
    redis: await redisVersion(redisUrl).catch(() => 'unknown'),
    commit: gitCommit(),
  };
}

function gitCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' });
    // Porcelain lines are `XY path`; the leading status column may be a space, so no trimming before slicing.
    const changed = git('status', '--porcelain', '--untracked-files=no')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    const shown =
      changed.slice(0, 5).join(', ') + (changed.length > 5 ? `, and ${changed.length - 5} more` : '');
    return `${git('rev-parse', '--short', 'HEAD').trim()}${changed.length ? ` (uncommitted changes to ${shown})` : ''}`;
  } catch {
    return 'unknown';
  }
}

/** `INFO server` over a raw socket: the benchmark needs no Redis client of its own for one line. */
function redisVersion(redisUrl: string): Promise<string> {
  const url = new URL(redisUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 6379) });
    let buffer = '';
    socket.setTimeout(2000, () => socket.destroy(new Error('timeout')));
    socket.on('error', reject);
    socket.on('connect', () => {
      if (url.password) {
        const user = decodeURIComponent(url.username || 'default');
        socket.write(`AUTH ${user} ${decodeURIComponent(url.password)}\r\n`);
      }
      socket.write('INFO server\r\n');
    });
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      const match = /redis_version:([^\r\n]+)/.exec(buffer);
      if (match?.[1]) {
        resolve(`Redis ${match[1]}`);
        socket.end();
      }
    });
  });
}
