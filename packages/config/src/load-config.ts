import ipaddr from 'ipaddr.js';
import { DEFAULT_TIER_LIMITS, type RateLimitConfig } from './rate-limits';
import { vaultConfig, type VariableReaders, type VaultConfig } from './vault-config';
import { objectStorageConfig, type ObjectStorageConfig } from './object-storage-config';
import { featureConfig } from './feature-config';

/**
 * Typed configuration read once from the environment at start. Every variable is read even after one failed,
 * so a ConfigError lists every missing or malformed variable at once, one per line, and entrypoints print it
 * and exit without a stack trace. The same reading, run on an empty environment, declares every variable with
 * its default and format: `docs/configuration.md` is generated from that (see configuration-doc.ts).
 */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1
        ? `Invalid configuration: ${problems[0]}`
        : `Invalid configuration (${problems.length} problems):\n${problems.map((line) => `  ${line}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }

  /** The variables named, in the order they were read. */
  get variables(): string[] {
    return this.problems.map((line) => line.split(' ')[0]!);
  }
}

type Env = Record<string, string | undefined>;

export interface VariableDeclaration {
  name: string;
  /** What a value must look like ("whole number 0–65535", "URL (redis or rediss)"). */
  format: string;
  /** The value used when unset, as text; undefined when there is none. */
  fallback?: string;
  /** Required always, only in production, or never. */
  required: 'always' | 'production' | 'no';
}

interface Reading {
  problems: string[];
  declared: Map<string, VariableDeclaration>;
}

/** The reading in progress (loadConfig is synchronous, so one at a time). */
let reading: Reading | undefined;

function declare(
  name: string,
  format: string,
  fallback?: unknown,
  required: VariableDeclaration['required'] = 'no',
): void {
  if (!reading || reading.declared.has(name)) return;
  reading.declared.set(name, {
    name,
    format,
    fallback: fallback === undefined ? undefined : String(fallback),
    required,
  });
}

/** Records a problem and lets reading go on (the caller returns a placeholder that never escapes). */
function problem(name: string, text: string): void {
  const line = `${name} ${text}`;
  if (!reading) throw new ConfigError([line]);
  reading.problems.push(line);
}

function required(env: Env, name: string, format = 'text'): string {
  declare(name, format, undefined, 'always');
  const value = env[name]?.trim();
  if (!value) problem(name, 'is required but not set');
  return value ?? '';
}

function optional(env: Env, name: string, format = 'text', fallback?: unknown): string | undefined {
  declare(name, format, fallback);
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function text(env: Env, name: string, fallback: string): string {
  return optional(env, name, 'text', fallback) ?? fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name, `whole number ${min}–${max}`, fallback);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) {
    problem(name, `must be a whole number, got "${raw}"`);
    return fallback;
  }
  const value = Number(raw);
  if (value < min || value > max) {
    problem(name, `must be between ${min} and ${max}, got ${value}`);
    return fallback;
  }
  return value;
}

function flag(env: Env, name: string): boolean {
  const raw = optional(env, name, 'true or false', false);
  if (raw !== undefined && raw !== 'true' && raw !== 'false')
    problem(name, `must be true or false, got "${raw}"`);
  return raw === 'true';
}

function url(env: Env, name: string, protocols: string[], isRequired: true): string;
function url(env: Env, name: string, protocols: string[], isRequired: false): string | undefined;
function url(env: Env, name: string, protocols: string[], isRequired: boolean): string | undefined {
  const format = `URL (${protocols.join(' or ')})`;
  const raw = isRequired ? required(env, name, format) : optional(env, name, format);
  if (!raw) return raw;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    problem(name, `must be a URL (${protocols.join(' or ')})`);
    return raw;
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    problem(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol.replace(/:$/, '')}`);
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = optional(env, name, `one of ${values.join(', ')}`, fallback) ?? fallback;
  if (!values.includes(raw as T)) {
    problem(name, `must be one of ${values.join(', ')}, got "${raw}"`);
    return fallback;
  }
  return raw as T;
}

function hostname(env: Env, name: string, fallback: string): string {
  const raw = (optional(env, name, 'DNS name', fallback) ?? fallback).toLowerCase();
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(raw)) {
    problem(name, `must be a DNS name such as dispatch.example.com, got "${raw}"`);
    return fallback;
  }
  return raw;
}

/**
 * A comma-separated list of networks (CIDRs, or single addresses) such as `10.20.0.0/16,192.168.5.7`,
 * normalised to CIDRs.
 */
function networks(env: Env, name: string): string[] {
  const raw = optional(env, name, 'comma-separated CIDRs or addresses');
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .flatMap((item) => {
      try {
        if (item.includes('/')) return [ipaddr.parseCIDR(item).join('/')];
        const address = ipaddr.parse(item);
        return [`${address.toString()}/${address.kind() === 'ipv4' ? 32 : 128}`];
      } catch {
        problem(name, `must list networks such as 10.20.0.0/16, got "${item}"`);
        return [];
      }
    });
}

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
  reading = { problems: [], declared: new Map() };
  try {
    const keys = {
      current: encryptionKey(env, 'SECRETS_ENCRYPTION_KEY', 'production'),
      previous: previousEncryptionKeys(env, 'SECRETS_ENCRYPTION_KEYS_PREVIOUS'),
    };
    if (reading.problems.length > 0) throw new ConfigError(reading.problems);
    return keys;
  } finally {
    reading = undefined;
  }
}

const readers: VariableReaders = { optional, url, oneOf, integer, problem, text, flag };

/** Only the Vault settings: read before the rest, whose secrets Vault may supply. Undefined without VAULT_ADDR. */
export function loadVaultConfig(env: Env = process.env): VaultConfig | undefined {
  reading = { problems: [], declared: new Map() };
  try {
    const settings = vaultConfig(env, readers);
    if (reading.problems.length > 0) throw new ConfigError(reading.problems);
    return settings;
  } finally {
    reading = undefined;
  }
}

/** A Postgres role name (sent as a startup setting, so plain identifiers only). */
function roleName(env: Env, name: string): string | undefined {
  const raw = optional(env, name, 'Postgres role name');
  if (raw !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(raw))
    problem(name, `must be a lowercase role name such as dispatch_owner, got "${raw}"`);
  return raw;
}

/** Only the object store settings (S3_*, EXPORT_STORAGE, ATTACHMENT_*), for tools such as the CLI. */
export function loadObjectStorage(env: Env = process.env): ObjectStorageConfig {
  reading = { problems: [], declared: new Map() };
  try {
    const storage = objectStorageConfig(env, readers);
    if (reading.problems.length > 0) throw new ConfigError(reading.problems);
    return storage;
  } finally {
    reading = undefined;
  }
}

/** Public on purpose: only for development and tests, refused in production. */
const DEV_ENCRYPTION_KEY = Buffer.alloc(32, 'dispatch-dev-secrets-key-public!').toString('base64');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'test', 'production'] as const;

/** Reads the environment; throws one ConfigError naming every missing or malformed variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const { config, problems } = read(env);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Every variable the loader reads, with its format and default, in reading order. */
export function configVariables(): VariableDeclaration[] {
  return [...read({}).declared.values()];
}

function read(env: Env) {
  reading = { problems: [], declared: new Map() };
  try {
    const config = buildConfig(env);
    return { config, ...reading };
  } finally {
    reading = undefined;
  }
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
      appRole: text(env, 'DATABASE_APP_ROLE', 'dispatch_app'),
      /** The admin connection switches to this role, so objects never belong to an expiring login (Vault). */
      ownerRole: roleName(env, 'DATABASE_OWNER_ROLE'),
      /** Named prepared statements per app-pool connection for tenant writes; 0 behind pgBouncer (see docs/tenancy.md). */
      namedStatements: integer(env, 'DATABASE_NAMED_STATEMENTS', 100, 0, 10_000),
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
