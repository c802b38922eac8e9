import { join } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import {
  ensureRedisServerBinary,
  radosGatewayBinaries,
  RADOS_GATEWAY_PACKAGES,
  startEmbeddedPostgres,
  startRadosGateway,
  startRedisServer,
} from '@dispatch/local-services';
import { applyBucketSettings, createObjectStore } from '@dispatch/object-storage';

export interface DevServices {
  /** Owner/superuser URL (migrations, provisioning). */
  adminDatabaseUrl: string;
  redisUrl: string;
  /** S3_* for the API when an object store runs (or is configured); empty: attachments are off. */
  objectStoreEnv: Record<string, string>;
  describe: { postgres: string; redis: string; objectStore: string };
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

  const { objectStoreEnv, objectStore } = await startObjectStore(process.env, say, stops);

  return {
    adminDatabaseUrl,
    redisUrl,
    objectStoreEnv,
    describe: { postgres, redis, objectStore },
    async stop() {
      for (const stop of stops.reverse()) await stop().catch(() => {});
    },
  };
}

/**
 * A configured bucket (S3_BUCKET) wins; otherwise Ceph RGW runs when Debian's packages are installed (in memory:
 * attachments last until Ctrl-C), with a bucket set up for the tenants' hosts; otherwise attachments are off.
 */
async function startObjectStore(
  env: NodeJS.ProcessEnv,
  say: Say,
  stops: (() => Promise<void>)[],
): Promise<{ objectStoreEnv: Record<string, string>; objectStore: string }> {
  if (env.S3_BUCKET) return { objectStoreEnv: {}, objectStore: `configured (S3_BUCKET ${env.S3_BUCKET})` };
  if (!radosGatewayBinaries()) {
    return {
      objectStoreEnv: {},
      objectStore: `none: attachments are off (apt-get install ${RADOS_GATEWAY_PACKAGES.join(' ')} to have them)`,
    };
  }
  say('starting Ceph RGW (S3, one-node in-memory cluster, ~13 s)…');
  const gateway = await startRadosGateway();
  stops.push(() => gateway.stop());
  const objectStoreEnv = {
    S3_ENDPOINT: gateway.endpoint,
    S3_REGION: gateway.region,
    S3_BUCKET: 'dispatch-dev',
    S3_ACCESS_KEY_ID: gateway.accessKeyId,
    S3_SECRET_ACCESS_KEY: gateway.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  };
  const store = await createObjectStore({
    endpoint: gateway.endpoint,
    region: gateway.region,
    bucket: 'dispatch-dev',
    accessKeyId: gateway.accessKeyId,
    secretAccessKey: gateway.secretAccessKey,
    forcePathStyle: true,
  });
  try {
    await store.client.send(new CreateBucketCommand({ Bucket: store.bucket }));
    await applyBucketSettings(store, { baseDomain: env.BASE_DOMAIN ?? 'localhost', allowHttpOrigins: true });
  } finally {
    store.client.destroy();
  }
  return {
    objectStoreEnv,
    objectStore: `Ceph RGW child, in memory (${gateway.endpoint}, bucket dispatch-dev): attachments on`,
  };
}
