import { Redis } from 'ioredis';
import pg from 'pg';
import { containerRuntimeAvailable } from './docker';

export type ServiceSource = 'env' | 'testcontainers' | 'local';

export interface TestServices {
  /** Superuser URL: tests create their own databases and roles with it. */
  adminDatabaseUrl: string;
  redisUrl: string;
  sources: { database: ServiceSource; redis: ServiceSource };
  /** Stops containers started here; env and local servers are left alone. */
  stop(): Promise<void>;
}

export interface ResolveTestServicesOptions {
  /** Defaults to process.env. `DISPATCH_TEST_SERVICES=local` skips the Docker probe. */
  env?: NodeJS.ProcessEnv;
}

const LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';

/** Postgres and Redis for a test run: env URLs, else testcontainers when Docker answers, else local servers. */
export async function resolveTestServices(options: ResolveTestServicesOptions = {}): Promise<TestServices> {
  const env = options.env ?? process.env;
  const stops: Array<() => Promise<unknown>> = [];
  let database: { url: string; source: ServiceSource } | undefined = env.DATABASE_URL
    ? { url: env.DATABASE_URL, source: 'env' }
    : undefined;
  let redis: { url: string; source: ServiceSource } | undefined = env.REDIS_URL
    ? { url: env.REDIS_URL, source: 'env' }
    : undefined;

  const useDocker =
    (!database || !redis) && env.DISPATCH_TEST_SERVICES !== 'local' && (await containerRuntimeAvailable(env));
  if (useDocker) {
    const started = await Promise.all([
      database ? undefined : startPostgresContainer(),
      redis ? undefined : startRedisContainer(),
    ]);
    for (const container of started) if (container) stops.push(container.stop);
    database ??= started[0] && { url: started[0].url, source: 'testcontainers' };
    redis ??= started[1] && { url: started[1].url, source: 'testcontainers' };
  }
  database ??= { url: LOCAL_DATABASE_URL, source: 'local' };
  redis ??= { url: LOCAL_REDIS_URL, source: 'local' };

  const stop = async () => {
    await Promise.allSettled(stops.map((fn) => fn()));
  };
  try {
    await Promise.all([assertPostgres(database), assertRedis(redis)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    adminDatabaseUrl: database.url,
    redisUrl: redis.url,
    sources: { database: database.source, redis: redis.source },
    stop,
  };
}

async function startPostgresContainer() {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:16-alpine')
    .withUsername('postgres')
    .withPassword('postgres')
    .withDatabase('postgres')
    // Throwaway data: durability off for speed; room for many pools plus pgBouncer.
    .withCommand(['postgres', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'])
    .start();
  return { url: container.getConnectionUri(), stop: () => container.stop() };
}

async function startRedisContainer() {
  const { RedisContainer } = await import('@testcontainers/redis');
  const container = await new RedisContainer('redis:7')
    .withCommand(['redis-server', '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'])
    .start();
  return { url: container.getConnectionUrl(), stop: () => container.stop() };
}

const HOW_TO = 'start it, set DATABASE_URL/REDIS_URL, or run a Docker engine for testcontainers';

async function assertPostgres({ url, source }: { url: string; source: ServiceSource }): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`Postgres (${source}) not reachable at ${redact(url)}: ${reason(error)}; ${HOW_TO}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function assertRedis({ url, source }: { url: string; source: ServiceSource }): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 5_000, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new Error(`Redis (${source}) not reachable at ${redact(url)}: ${reason(error)}; ${HOW_TO}`);
  } finally {
    client.disconnect();
  }
}

function reason(error: unknown): string {
  const text =
    error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error);
  return text.split('\n')[0] ?? text;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable url>';
  }
}
