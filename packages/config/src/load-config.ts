import { DEFAULT_TIER_LIMITS, type RateLimitConfig } from './rate-limits';
import { vaultConfig, type VaultConfig } from './vault-config';
import { objectStorageConfig, type ObjectStorageConfig } from './object-storage-config';
import { featureConfig } from './feature-config';
import {
  ConfigError,
  declare,
  family,
  flag,
  hostname,
  integer,
  networks,
  oneOf,
  optional,
  problem,
  readers,
  readPart,
  readWhole,
  roleName,
  text,
  url,
  type Env,
  type VariableDeclaration,
} from './variable-readers';

export { ConfigError, type VariableDeclaration } from './variable-readers';

/**
 * Typed configuration read once from the environment at start (the readers in variable-readers.ts check each
 * variable and collect every problem). The same reading, run on an empty environment, declares every variable
 * with its default and format: `docs/configuration.md` is generated from that (see configuration-doc.ts).
 */

/**
 * AES-256-GCM key for secrets kept at rest (tenant OIDC client secrets, web sessions): 32 bytes as base64 or hex.
 * Required in production; development and tests fall back to a fixed, public key.
 */
function encryptionKey(env: Env, name: string, nodeEnv: string): string {
  declare(name, '32 bytes, base64 or hex', 'a public development key (refused in production)', 'production');
  const raw = env[name]?.trim() || undefined;
  if (raw === undefined) {
    if (nodeEnv === 'production') problem(name, 'is required in production (32 bytes, base64 or hex)');
    return DEV_ENCRYPTION_KEY;
  }
  const bytes = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (bytes.length !== 32) {
    problem(name, 'must be 32 bytes, base64 or hex encoded');
    return DEV_ENCRYPTION_KEY;
  }
  return bytes.toString('base64');
}

/** Older keys that still open values sealed before a rotation (comma-separated, each 32 bytes). */
function previousEncryptionKeys(env: Env, name: string): string[] {
  declare(name, 'comma-separated 32-byte keys, base64 or hex', 'none');
  const keys: string[] = [];
  const entries = (env[name] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  entries.forEach((raw, index) => {
    const bytes = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
    if (bytes.length !== 32) problem(name, `entry ${index + 1} must be 32 bytes, base64 or hex encoded`);
    else keys.push(bytes.toString('base64'));
  });
  return keys;
}

export interface SecretKeys {
  /** Seals new values (base64). */
  current: string;
  /** Still open older values until `dispatch-admin secrets reseal` has moved them to the current key. */
  previous: string[];
}

/**
 * Only the secrets key ring, for tools that re-seal stored values (the CLI). The current key is required
 * whatever NODE_ENV says: re-sealing under the public development key would be worse than not rotating.
 */
export function loadSecretKeys(env: Env = process.env): SecretKeys {
  return readPart(() => ({
    current: encryptionKey(env, 'SECRETS_ENCRYPTION_KEY', 'production'),
    previous: previousEncryptionKeys(env, 'SECRETS_ENCRYPTION_KEYS_PREVIOUS'),
  }));
}

/** Only the Vault settings: read before the rest, whose secrets Vault may supply. Undefined without VAULT_ADDR. */
export function loadVaultConfig(env: Env = process.env): VaultConfig | undefined {
  return readPart(() => vaultConfig(env, readers));
}

/** Only the object store settings (S3_*, EXPORT_STORAGE, ATTACHMENT_*), for tools such as the CLI. */
export function loadObjectStorage(env: Env = process.env): ObjectStorageConfig {
  return readPart(() => objectStorageConfig(env, readers));
}

/**
 * What a tool working on the database directly (the CLI) reads besides the admin URL, checked as the API checks
 * the same variables: the runtime and owner roles, the export folder, and Redis, which is optional here (without
 * it, changes reach the API's caches when they expire).
 */
export function loadDatabaseTools(env: Env = process.env) {
  return readPart(() => ({
    appRole: text(env, 'DATABASE_APP_ROLE', 'dispatch_app'),
    ownerRole: roleName(env, 'DATABASE_OWNER_ROLE'),
    exportDir: text(env, 'TENANT_EXPORT_DIR', '.data/exports'),
    redisUrl: url(env, 'REDIS_URL', ['redis', 'rediss'], false),
  }));
}

export type DatabaseToolSettings = ReturnType<typeof loadDatabaseTools>;

/** Public on purpose: only for development and tests, refused in production. */
const DEV_ENCRYPTION_KEY = Buffer.alloc(32, 'dispatch-dev-secrets-key-public!').toString('base64');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'test', 'production'] as const;
const PLAN_CACHE_MODES = ['force_generic_plan', 'auto', 'force_custom_plan'] as const;

/** Reads the environment; throws one ConfigError naming every missing or malformed variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const { value, problems } = readWhole(() => buildConfig(env));
  if (problems.length > 0) throw new ConfigError(problems);
  return value;
}

/** Every variable the loader reads, with its format and default, in reading order. */
export function configVariables(): VariableDeclaration[] {
  return [...readWhole(() => buildConfig({})).declared.values()];
}

function buildConfig(env: Env) {
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres', 'postgresql'], true);
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  return {
    env: nodeEnv,
    http: {
      host: text(env, 'HOST', '0.0.0.0'),
      port: integer(env, 'PORT', 3000, 0, 65535),
      /** Tenants live at {slug}.{baseDomain}. */
      baseDomain: hostname(env, 'BASE_DOMAIN', 'localhost'),
      bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
      trustProxy: flag(env, 'TRUST_PROXY'),
      /**
       * API processes on this host sharing the port (node:cluster): 1 runs the API in this process; more makes it
       * a primary that forks that many workers, restarts crashed ones and serves their metrics summed.
       */
      processes: integer(env, 'API_PROCESSES', 1, 1, 64),
    },
    metrics: {
      port: integer(env, 'METRICS_PORT', 9464, 0, 65535),
      /** Loopback unless set: the metrics port is internal (the chart sets 0.0.0.0 behind a NetworkPolicy). */
      host: text(env, 'METRICS_HOST', '127.0.0.1'),
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
      /** How long a request waits for a pooled connection before it answers 503 `database-unavailable`. */
      poolAcquireTimeoutMs: integer(env, 'DATABASE_POOL_ACQUIRE_TIMEOUT_MS', 10_000, 100, 600_000),
      /** Connections per lane: a tenant's work stays on its lane while the lane has a free one (0: one shared pool). */
      poolLaneSize: integer(env, 'DATABASE_POOL_LANE_SIZE', 2, 0, 500),
      appRole: text(env, 'DATABASE_APP_ROLE', 'dispatch_app'),
      /** The admin connection switches to this role, so objects never belong to an expiring login (Vault). */
      ownerRole: roleName(env, 'DATABASE_OWNER_ROLE'),
      /** Named prepared statements per app-pool connection for tenant work; 0 behind pgBouncer (see docs/tenancy.md). */
      namedStatements: integer(env, 'DATABASE_NAMED_STATEMENTS', 500, 0, 10_000),
      /** How Postgres plans those named statements (see docs/tenancy.md); only where they are kept. */
      planCacheMode: oneOf(env, 'DATABASE_PLAN_CACHE_MODE', PLAN_CACHE_MODES, 'force_generic_plan'),
    },
    redis: { url: url(env, 'REDIS_URL', ['redis', 'rediss'], true) },
    platformAuth: {
      issuer: url(env, 'PLATFORM_OIDC_ISSUER', ['http', 'https'], true),
      audience: text(env, 'PLATFORM_OIDC_AUDIENCE', 'dispatch-platform'),
      jwksUri: url(env, 'PLATFORM_OIDC_JWKS_URI', ['http', 'https'], false),
      /** The platform console's OIDC client (public, PKCE): platform admins sign in on `platform.{baseDomain}`. */
      webClientId: optional(env, 'PLATFORM_WEB_CLIENT_ID'),
    },
    tenancy: {
      registryCacheTtlMs: integer(env, 'TENANT_CACHE_TTL_MS', 30_000, 0, 3_600_000),
      /** Most tenants cached per lookup kind (slug, issuer); least recently used ones go first. */
      registryCacheMaxEntries: integer(env, 'TENANT_CACHE_MAX_ENTRIES', 10_000, 10, 1_000_000),
      exportDir: text(env, 'TENANT_EXPORT_DIR', '.data/exports'),
    },
    auth: {
      /** Base64 of the 32-byte key that encrypts secrets at rest. */
      secretsKey: encryptionKey(env, 'SECRETS_ENCRYPTION_KEY', nodeEnv),
      /** Keys before the last rotation: they open older sealed values, never seal new ones. */
      previousSecretsKeys: previousEncryptionKeys(env, 'SECRETS_ENCRYPTION_KEYS_PREVIOUS'),
      /** Absolute lifetime of a web sign-in session (the IdP's refresh token may end it sooner). */
      sessionTtlSeconds: integer(env, 'SESSION_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
      /**
       * The identity dry run fetches tenant-supplied URLs: only from public addresses, plus these networks
       * (an on-premises Keycloak; the dev identity provider on loopback), with a deadline, a size cap and a
       * per-tenant rate.
       */
      idpCheck: {
        allowedNetworks: networks(env, 'IDP_CHECK_ALLOWED_NETWORKS'),
        /** Plain-http issuers: allowed outside production (the dev identity provider), refused in it unless set. */
        allowHttp: flag(env, 'IDP_ALLOW_HTTP') || nodeEnv !== 'production',
        timeoutMs: integer(env, 'IDP_CHECK_TIMEOUT_MS', 5000, 100, 30_000),
        maxBytes: integer(env, 'IDP_CHECK_MAX_BYTES', 512 * 1024, 1024, 8 * 1024 * 1024),
        perTenantPerMinute: integer(env, 'IDP_CHECK_PER_TENANT_PER_MINUTE', 10, 1, 1000),
      },
      /** Tokens claiming a longer lifetime (exp − iat) are refused, however valid their signature. */
      maxTokenLifetimeSeconds: integer(env, 'TOKEN_MAX_LIFETIME_SECONDS', 24 * 3600, 60, 30 * 24 * 3600),
      /**
       * Tenants' OIDC client secrets given by reference (`env:IDP_CLIENT_SECRET_ACME` in a tenant's identity
       * settings), by variable name: from the environment (a Kubernetes Secret) or from Vault's KV secret.
       */
      clientSecretRefs: family(env, 'IDP_CLIENT_SECRET_', 'text, one variable per reference'),
    },
    web: {
      /**
       * The web app's production build (Vite's dist folder). When set, tenant hosts and the platform host serve
       * it; unset, the process is API only (the web app is served elsewhere).
       */
      distDir: optional(env, 'WEB_DIST_DIR'),
    },
    rateLimits: {
      enabled: optional(env, 'RATE_LIMITS_ENABLED', 'true or false', true) !== 'false',
      windowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600),
      tiers: structuredClone(DEFAULT_TIER_LIMITS) as RateLimitConfig['tiers'],
      anonymousPerIp: integer(env, 'RATE_LIMIT_ANONYMOUS_PER_IP', 120, 1, 1_000_000),
      handshakesPerIp: integer(env, 'RATE_LIMIT_HANDSHAKES_PER_IP', 60, 1, 1_000_000),
      socketsPerUser: integer(env, 'REALTIME_SOCKETS_PER_USER', 10, 1, 10_000),
    } satisfies RateLimitConfig,
    log: { level: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info') },
    shutdown: {
      graceMs: integer(env, 'SHUTDOWN_GRACE_MS', 25_000, 0, 600_000),
      /** Readiness is 503 this long before the listener closes, so load balancers stop routing here first. */
      drainDelayMs: integer(env, 'SHUTDOWN_DRAIN_DELAY_MS', 0, 0, 300_000),
    },
    storage: objectStorageConfig(env, readers),
    vault: vaultConfig(env, readers),
    ...featureConfig(env, readers),
  };
}

export type AppConfig = ReturnType<typeof buildConfig>;

export type { ObjectStorageConfig, S3Config } from './object-storage-config';
export { DEFAULT_ATTACHMENT_CONTENT_TYPES } from './object-storage-config';
