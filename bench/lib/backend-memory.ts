import { readFile } from 'node:fs/promises';
import type { Pool } from '@dispatch/db';

export interface BackendMemory {
  backends: number;
  /** Sums over the backends, in KiB (from /proc/<pid>/smaps_rollup). */
  rssKiB: number;
  pssKiB: number;
  /** Private_Clean + Private_Dirty: memory no other process shares, i.e. what each backend itself costs. */
  privateKiB: number;
}

const FIELDS = ['Rss', 'Pss', 'Private_Clean', 'Private_Dirty'] as const;

function parseRollup(text: string): Record<(typeof FIELDS)[number], number> {
  const values = { Rss: 0, Pss: 0, Private_Clean: 0, Private_Dirty: 0 };
  for (const field of FIELDS) {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(text);
    if (match?.[1]) values[field] = Number(match[1]);
  }
  return values;
}

/**
 * Memory of the Postgres backends serving one pool (by `application_name`) in the current database.
 * Postgres must run on this machine and in this PID namespace: each backend's command line is checked to name
 * the database, so a Postgres in a container (whose PIDs mean something else here) gives `null`, not nonsense.
 */
export async function measureBackendMemory(
  adminPool: Pool,
  applicationName: string,
): Promise<BackendMemory | null> {
  const { rows } = await adminPool.query<{ pid: number; datname: string }>(
    `SELECT pid, datname FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = $1 AND backend_type = 'client backend'`,
    [applicationName],
  );
  if (rows.length === 0) return null;
  const total: BackendMemory = { backends: 0, rssKiB: 0, pssKiB: 0, privateKiB: 0 };
  for (const { pid, datname } of rows) {
    try {
      const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
      if (!cmdline.startsWith('postgres') || !cmdline.includes(datname)) return null;
      const rollup = parseRollup(await readFile(`/proc/${pid}/smaps_rollup`, 'utf8'));
      total.backends += 1;
      total.rssKiB += rollup.Rss;
      total.pssKiB += rollup.Pss;
      total.privateKiB += rollup.Private_Clean + rollup.Private_Dirty;
    } catch {
      return null;
    }
  }
  return total;
}
