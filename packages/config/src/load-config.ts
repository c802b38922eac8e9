import ipaddr from 'ipaddr.js';
import { DEFAULT_TIER_LIMITS, type RateLimitConfig } from './rate-limits';

/**
 * Typed configuration read once from the environment at start.
 * A missing or malformed value throws a ConfigError whose message is one line naming the variable,
 * so entrypoints can print it and exit without a stack trace.
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(name, 'is required but not set');
  return value;
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function url(env: Env, name: string, protocols: string[], isRequired: true): string;
function url(env: Env, name: string, protocols: string[], isRequired: false): string | undefined;
function url(env: Env, name: string, protocols: string[], isRequired: boolean): string | undefined {
  const raw = isRequired ? required(env, name) : optional(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL (${protocols.join(' or ')})`);
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new ConfigError(
      name,
      `must use ${protocols.join(' or ')}, got ${parsed.protocol.replace(/:$/, '')}`,
    );
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = optional(env, name) ?? fallback;
  if (!values.includes(raw as T))
    throw new ConfigError(name, `must be one of ${values.join(', ')}, got "${raw}"`);
  return raw as T;
}

function hostname(env: Env, name: string, fallback: string): string {
  const raw = (optional(env, name) ?? fallback).toLowerCase();
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(raw)) {
    throw new ConfigError(name, `must be a DNS name such as dispatch.example.com, got "${raw}"`);
  }
  return raw;
}

/**
 * A comma-separated list of networks (CIDRs, or single addresses) such as `10.20.0.0/16,192.168.5.7`,
 * normalised to CIDRs.
 */
function networks(env: Env, name: string): string[] {
  const raw = optional(env, name);
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      try {
        if (item.includes('/')) return ipaddr.parseCIDR(item).join('/');
        const address = ipaddr.parse(item);
        return `${address.toString()}/${address.kind() === 'ipv4' ? 32 : 128}`;
      } catch {
        throw new ConfigError(name, `must list networks such as 10.20.0.0/16, got "${item}"`);
      }
    });
}

/**
 * AES-256-GCM key for secrets kept at rest (tenant OIDC client secrets, web sessions): 32 bytes as base64 or hex.
 * Required in production; development and tests fall back to a fixed, public key.
 */
function encryptionKey(env: Env, name: string, nodeEnv: string): string {
  const raw = optional(env, name);
  if (raw === undefined) {
    if (nodeEnv === 'production')
      throw new ConfigError(name, 'is required in production (32 bytes, base64 or hex)');
    return DEV_ENCRYPTION_KEY;
  }
  const bytes = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (bytes.length !== 32) throw new ConfigError(name, 'must be 32 bytes, base64 or hex encoded');
  return bytes.toString('base64');
}

/** Public on purpose: only for development and tests, refused in production. */
const DEV_ENCRYPTION_KEY = Buffer.alloc(32, 'dispatch-dev-secrets-key-public!').toString('base64');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'test', 'production'] as const;

export function loadConfig(env: Env = process.env) {
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres', 'postgresql'], true);
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  return {
    env: nodeEnv,
    http: {
      host: optional(env, 'HOST') ?? '0.0.0.0',
      port: integer(env, 'PORT', 3000, 0, 65535),
      /** Tenants live at {slug}.{baseDomain}. */
      baseDomain: hostname(env, 'BASE_DOMAIN', 'localhost'),
      bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
      trustProxy: optional(env, 'TRUST_PROXY') === 'true',
    },
    metrics: {
      port: integer(env, 'METRICS_PORT', 9464, 0, 65535),
      /** Loopback unless set: the metrics port is internal (the chart sets 0.0.0.0 behind a NetworkPolicy). */
      host: optional(env, 'METRICS_HOST') ?? '127.0.0.1',
    },
    db: {
      /** Runtime connection: the app role, neither owner nor superuser, subject to RLS. */
      url: databaseUrl,
      /** Owner connection for migrations and provisioning; falls back to DATABASE_URL only for read-only tools. */
      adminUrl: url(env, 'DATABASE_ADMIN_URL', ['postgres', 'postgresql'], false),
      readUrl: url(env, 'DATABASE_READ_URL', ['postgres', 'postgresql'], false),
      poolMax: integer(env, 'DATABASE_POOL_MAX', 10, 1, 500),
      /** Server connections are recycled so per-backend catalog caches (one entry per tenant table touched) stay bounded. */
      poolMaxLifetimeSeconds: integer(env, 'DATABASE_POOL_MAX_LIFETIME_SECONDS', 300, 0, 86400),
      appRole: optional(env, 'DATABASE_APP_ROLE') ?? 'dispatch_app',
    },
    redis: { url: url(env, 'REDIS_URL', ['redis', 'rediss'], true) },
    platformAuth: {
      issuer: url(env, 'PLATFORM_OIDC_ISSUER', ['http', 'https'], true),
      audience: optional(env, 'PLATFORM_OIDC_AUDIENCE') ?? 'dispatch-platform',
      jwksUri: url(env, 'PLATFORM_OIDC_JWKS_URI', ['http', 'https'], false),
    },
    tenancy: {
      registryCacheTtlMs: integer(env, 'TENANT_CACHE_TTL_MS', 30_000, 0, 3_600_000),
      /** Most tenants cached per lookup kind (slug, issuer); least recently used ones go first. */
      registryCacheMaxEntries: integer(env, 'TENANT_CACHE_MAX_ENTRIES', 10_000, 10, 1_000_000),
      exportDir: optional(env, 'TENANT_EXPORT_DIR') ?? '.data/exports',
    },
    auth: {
      /** Base64 of the 32-byte key that encrypts secrets at rest. */
      secretsKey: encryptionKey(env, 'SECRETS_ENCRYPTION_KEY', nodeEnv),
      /** Absolute lifetime of a web sign-in session (the IdP's refresh token may end it sooner). */
      sessionTtlSeconds: integer(env, 'SESSION_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
      /** Tokens claiming a longer lifetime (exp − iat) are refused, however valid their signature. */
      /**
       * The identity dry run fetches tenant-supplied URLs: only from public addresses, plus these networks
       * (an on-premises Keycloak; the dev identity provider on loopback), with a deadline, a size cap and a
       * per-tenant rate.
       */
      idpCheck: {
        allowedNetworks: networks(env, 'IDP_CHECK_ALLOWED_NETWORKS'),
        timeoutMs: integer(env, 'IDP_CHECK_TIMEOUT_MS', 5000, 100, 30_000),
        maxBytes: integer(env, 'IDP_CHECK_MAX_BYTES', 512 * 1024, 1024, 8 * 1024 * 1024),
        perTenantPerMinute: integer(env, 'IDP_CHECK_PER_TENANT_PER_MINUTE', 10, 1, 1000),
      },
      maxTokenLifetimeSeconds: integer(env, 'TOKEN_MAX_LIFETIME_SECONDS', 24 * 3600, 60, 30 * 24 * 3600),
    },
    web: {
      /**
       * The web app's production build (Vite's dist folder). When set, tenant hosts and the platform host serve
       * it; unset, the process is API only (the web app is served elsewhere).
       */
      distDir: optional(env, 'WEB_DIST_DIR'),
    },
    rateLimits: {
      enabled: optional(env, 'RATE_LIMITS_ENABLED') !== 'false',
      windowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600),
      tiers: structuredClone(DEFAULT_TIER_LIMITS) as RateLimitConfig['tiers'],
      anonymousPerIp: integer(env, 'RATE_LIMIT_ANONYMOUS_PER_IP', 120, 1, 1_000_000),
      handshakesPerIp: integer(env, 'RATE_LIMIT_HANDSHAKES_PER_IP', 60, 1, 1_000_000),
      socketsPerUser: integer(env, 'REALTIME_SOCKETS_PER_USER', 10, 1, 10_000),
    } satisfies RateLimitConfig,
    log: { level: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info') },
    shutdown: { graceMs: integer(env, 'SHUTDOWN_GRACE_MS', 25_000, 0, 600_000) },
  };
}

export type AppConfig = ReturnType<typeof loadConfig>;
