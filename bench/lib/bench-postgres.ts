import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool } from '@dispatch/db';
import { postgresBinDir, startPostgresCluster, type PostgresCluster } from '@dispatch/local-services';
import type { Progress } from './progress';

/**
 * Settings over Postgres' defaults. Production keeps the defaults that matter here (autovacuum on, fsync on);
 * the machine's shared server may not: this workplace's runs autovacuum off, which leaves every table unanalysed
 * and without a visibility map, so plans and index-only scans are measured as production never runs them.
 */
const SETTINGS = {
  // Pools of the API processes, the baselines and the admin connections, with room to spare.
  max_connections: '200',
  // Memory as a production server is sized (a quarter of a small database host's RAM): with 1,000 tenant schemas
  // the working set of catalogs, indexes and rows outgrows the 128 MB default, and every read then goes to the kernel.
  shared_buffers: '1GB',
  effective_cache_size: '3GB',
  // WAL segments a checkpoint keeps for reuse (see warmWal): a server that has run a while writes into recycled
  // segments; 1 GB is the usual production floor (pgtune's for OLTP).
  min_wal_size: '1GB',
};

/** 16 MB segments: 1 GB, `min_wal_size`. */
const WARM_WAL_SEGMENTS = 64;

export interface BenchPostgres {
  url: string;
  /** For the report: what ran, from where, on which settings. */
  description: string;
  stop(): Promise<void>;
}

/** The run's own Postgres cluster, or undefined (with a line saying why) when no server binaries are installed. */
export async function startBenchPostgres(progress: Progress): Promise<BenchPostgres | undefined> {
  const binDir = postgresBinDir();
  if (!binDir) {
    progress.log(
      'no Postgres server binaries under /usr/lib/postgresql: using the shared server as configured',
    );
    return undefined;
  }
  // The server runs as the postgres user when we are root: its parent must be traversable.
  const parent = await mkdtemp(join(tmpdir(), 'bench-postgres-'));
  await chmod(parent, 0o755);
  const started = Date.now();
  const cluster: PostgresCluster = await startPostgresCluster({
    dir: join(parent, 'data'),
    settings: SETTINGS,
  });
  progress.log(
    `own Postgres cluster on port ${cluster.port} (${binDir}), ready in ${Date.now() - started} ms`,
  );
  await warmWal(cluster.url, progress);
  const settings = Object.entries(SETTINGS).map(([name, value]) => `${name}=${value}`);
  return {
    url: cluster.url,
    description:
      `a cluster of the run's own (${binDir}; Postgres' defaults but ${settings.join(', ')}; ` +
      `${WARM_WAL_SEGMENTS} WAL segments written and recycled before the run)`,
    stop: async () => {
      await cluster.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}

/**
 * Gives the fresh cluster the WAL a server that has run for a while has: segments already written, which a
 * checkpoint renames for reuse. Without them every new 16 MB segment is created and zero-filled by the committing
 * backend under the WAL write lock (IO:WALInitWrite): under the dispatch load (about 4 MB of WAL a second) that
 * stalled every commit for 100–400 ms every few seconds, a cost production pays only until its first checkpoint.
 * Each switch below creates one segment; the checkpoint then recycles them, up to `min_wal_size`.
 */
async function warmWal(url: string, progress: Progress): Promise<void> {
  const started = Date.now();
  const pool = createPool(url, { max: 1, applicationName: 'bench-wal-warmup' });
  try {
    await pool.query('CREATE TABLE wal_warmup (n int)');
    for (let segment = 0; segment < WARM_WAL_SEGMENTS; segment++) {
      // pg_switch_wal() does nothing when no WAL was written since the last switch: one row makes some.
      await pool.query(`INSERT INTO wal_warmup VALUES (${segment}); SELECT pg_switch_wal()`);
      if (segment % 16 === 15) progress.log(`WAL warm-up: ${segment + 1}/${WARM_WAL_SEGMENTS} segments`);
    }
    await pool.query('DROP TABLE wal_warmup; CHECKPOINT');
    const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM pg_ls_waldir()');
    progress.log(`WAL warm-up: ${rows[0]!.count} segments ready for reuse, ${Date.now() - started} ms`);
  } finally {
    await pool.end();
  }
}
