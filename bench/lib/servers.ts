import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp, type App } from '@dispatch/api';
import { loadConfig, type AppConfig } from '@dispatch/config';
import { BASE_DOMAIN } from './tenants';

export interface RunningServer {
  /** `http://127.0.0.1:{port}` */
  url: string;
  close(): Promise<void>;
}

/** Listens on an ephemeral port on loopback: every HTTP figure goes through the real TCP stack. */
export async function listen(app: FastifyInstance): Promise<RunningServer> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind a TCP port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

/** A bare Fastify instance as B0/B1 use it: no logger, no plugins. */
export function bareFastify(): FastifyInstance {
  return Fastify({ logger: false });
}

export interface ApiEnvironment {
  appUrl: string;
  adminUrl: string;
  redisUrl: string;
  platformIssuer: string;
  logLevel: 'info' | 'warn' | 'silent';
}

/**
 * The environment the benchmark runs the API with: production defaults (pool size, caches), our URLs. The same
 * variables configure the in-process API (`apiConfig`) and API child processes (`api-process.ts`).
 */
export function apiEnvironment(env: ApiEnvironment): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: env.appUrl,
    DATABASE_ADMIN_URL: env.adminUrl,
    REDIS_URL: env.redisUrl,
    PLATFORM_OIDC_ISSUER: env.platformIssuer,
    BASE_DOMAIN,
    LOG_LEVEL: env.logLevel,
    // The benchmark's issuers run on this machine: tenant key fetches may reach loopback.
    IDP_CHECK_ALLOWED_NETWORKS: '127.0.0.0/8,::1/128',
    // Production settings throughout, but the bench's issuers are plain http on loopback.
    IDP_ALLOW_HTTP: 'true',
    // Production refuses to start without one; a throwaway key per run (the benchmark stores no secrets).
    SECRETS_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    // The load generator sends thousands of requests a second with a few tokens from one address, far over any
    // tier's limit; the limiter's own cost is measured by the `tenant-read-limits` scenario (limitedApiConfig).
    RATE_LIMITS_ENABLED: 'false',
  };
}

/** The configuration the benchmark runs the in-process API with (see `apiEnvironment`). */
export function apiConfig(env: Record<string, string>): AppConfig {
  return loadConfig(env);
}

/**
 * The API with the rate limiter on, every request counted in Redis as in production, but with limits no run
 * can reach (so what is measured is the counting, never a refusal).
 */
export function limitedApiConfig(config: AppConfig): AppConfig {
  const unreachable = { user: 1e9, tenant: 1e9, reports: 1e9 };
  return {
    ...config,
    rateLimits: {
      ...config.rateLimits,
      enabled: true,
      anonymousPerIp: 1e9,
      tiers: { trial: unreachable, standard: unreachable, premium: unreachable, enterprise: unreachable },
    },
  };
}

/**
 * The real API (`buildApp`) over HTTP. It logs at the configured level as production does (one JSON line per
 * request at `info`), into /dev/null so formatting costs what it costs and the terminal stays readable.
 */
export async function startApi(config: AppConfig): Promise<RunningServer & { config: AppConfig; app: App }> {
  const sink = createWriteStream('/dev/null');
  const app = await buildApp({
    config,
    logger: {
      level: config.log.level,
      messageKey: 'msg',
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
      stream: sink,
    },
  });
  const server = await listen(app as unknown as FastifyInstance);
  return {
    ...server,
    config,
    app,
    close: async () => {
      await server.close();
      sink.end();
    },
  };
}
