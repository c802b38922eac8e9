import { join } from 'node:path';
import { ensureRedisServerBinary, startEmbeddedPostgres, startRedisServer } from '@dispatch/local-services';

export interface DevServices {
  /** Owner/superuser URL (migrations, provisioning). */
  adminDatabaseUrl: string;
  redisUrl: string;
  describe: { postgres: string; redis: string };
  stop(): Promise<void>;
}

type Say = (line: string) => void;

/**
 * Configured services win (DATABASE_ADMIN_URL or DATABASE_URL, REDIS_URL); otherwise Postgres is embedded
 * and Redis runs as a child process with AOF, both keeping their data under `dataDir` so a restart keeps it.
 */
export async function startDevServices(dataDir: string, say: Say): Promise<DevServices> {
  const stops: (() => Promise<void>)[] = [];
  let adminDatabaseUrl = process.env.DATABASE_ADMIN_URL ?? process.env.DATABASE_URL;
  let postgres = 'configured (DATABASE_ADMIN_URL/DATABASE_URL)';
  if (!adminDatabaseUrl) {
    say('starting embedded Postgres (first start initialises .data/postgres, ~10 s)…');
    const server = await startEmbeddedPostgres({
      dir: join(dataDir, 'postgres'),
      port: Number(process.env.DEV_POSTGRES_PORT ?? 54329),
    });
    adminDatabaseUrl = server.url;
    postgres = `embedded, data in .data/postgres (${server.url.replace(/:[^:@/]+@/, ':***@')})`;
    stops.push(() => server.stop());
  }

  let redisUrl = process.env.REDIS_URL;
  let redis = 'configured (REDIS_URL)';
  if (!redisUrl) {
    ensureRedisServerBinary();
    say('starting redis-server with AOF…');
    const server = await startRedisServer({
      dir: join(dataDir, 'redis'),
      port: Number(process.env.DEV_REDIS_PORT ?? 63790),
    });
    redisUrl = server.url;
    redis = `redis-server child, AOF in .data/redis (${server.url})`;
    stops.push(() => server.stop());
  }

  return {
    adminDatabaseUrl,
    redisUrl,
    describe: { postgres, redis },
    async stop() {
      for (const stop of stops.reverse()) await stop().catch(() => {});
    },
  };
}
