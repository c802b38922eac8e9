import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
};

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
  const settings = Object.entries(SETTINGS).map(([name, value]) => `${name}=${value}`);
  return {
    url: cluster.url,
    description: `a cluster of the run's own (${binDir}; Postgres' defaults but ${settings.join(', ')})`,
    stop: async () => {
      await cluster.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}
