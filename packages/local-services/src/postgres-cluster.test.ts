import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgresCluster } from './postgres-cluster';

describe('startPostgresCluster', () => {
  it('runs a server of its own with the settings given, and removes its data when stopped', async () => {
    // A world-traversable parent: as root, the cluster runs as the postgres user.
    const parent = await mkdtemp(join(tmpdir(), 'pg-cluster-'));
    await chmod(parent, 0o755);
    const dir = join(parent, 'data');
    const cluster = await startPostgresCluster({ dir, settings: { autovacuum: 'on', work_mem: '8MB' } });
    try {
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      const { rows } = await client.query<{ name: string; setting: string }>(
        "SELECT name, current_setting(name) AS setting FROM unnest(ARRAY['autovacuum', 'work_mem', 'port']) AS name",
      );
      await client.end();
      expect(Object.fromEntries(rows.map((row) => [row.name, row.setting]))).toEqual({
        autovacuum: 'on',
        work_mem: '8MB',
        port: String(cluster.port),
      });
      expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    } finally {
      await cluster.stop();
    }
    expect(existsSync(dir)).toBe(false);
    await rm(parent, { recursive: true, force: true });
    const refused = new pg.Client({ connectionString: cluster.url, connectionTimeoutMillis: 2_000 });
    await expect(refused.connect()).rejects.toThrow();
  });
});
