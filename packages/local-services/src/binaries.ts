import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

// Debian puts daemons in sbin, which is often missing from a non-root PATH.
const EXTRA_DIRS = ['/usr/sbin', '/usr/local/sbin', '/opt/homebrew/bin', '/usr/local/bin'];

/** Full path of an executable found on PATH (or a usual sbin/homebrew dir), else undefined. */
export function findExecutable(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...EXTRA_DIRS];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

/**
 * Path of `redis-server`; installs it with apt-get when missing and we are root on a Debian-like
 * machine (CI boxes, dev containers), otherwise throws a one-line instruction.
 */
export function ensureRedisServerBinary(): string {
  const found = findExecutable('redis-server');
  if (found) return found;
  if (process.getuid?.() === 0 && findExecutable('apt-get')) {
    aptInstall('redis-server');
    const installed = findExecutable('redis-server');
    if (installed) return installed;
  }
  throw new Error(
    'redis-server not found: install it (apt-get install redis-server / brew install redis) or set REDIS_URL',
  );
}

export function requirePgBouncerBinary(): string {
  const found = findExecutable('pgbouncer');
  if (found) return found;
  throw new Error('pgbouncer not found: install it (apt-get install pgbouncer / brew install pgbouncer)');
}

function aptInstall(pkg: string): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', pkg],
  ]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (result.status !== 0) {
      const detail = (result.stderr || result.stdout || '').trim().split('\n').pop() ?? '';
      throw new Error(`apt-get ${args[0]} failed while installing ${pkg}: ${detail}`);
    }
  }
}
