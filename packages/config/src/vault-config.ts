type Env = Record<string, string | undefined>;

/** The loader's readers (load-config.ts), handed over so every variable is declared and checked the same way. */
export interface VariableReaders {
  optional(env: Env, name: string, format?: string, fallback?: unknown): string | undefined;
  url(env: Env, name: string, protocols: string[], isRequired: false): string | undefined;
  oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T;
  integer(env: Env, name: string, fallback: number, min: number, max: number): number;
  problem(name: string, text: string): void;
  text(env: Env, name: string, fallback: string): string;
  flag(env: Env, name: string): boolean;
}

export const VAULT_AUTH_METHODS = ['kubernetes', 'approle', 'token'] as const;
export type VaultAuthMethod = (typeof VAULT_AUTH_METHODS)[number];

const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';
const VAULT_PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/;

/**
 * Vault as the source of secrets (docs/operations/vault.md). Unset VAULT_ADDR: undefined, and nothing about
 * Vault happens. Set: the API logs in at start, takes the KV v2 fields at VAULT_KV_PATH as configuration
 * variables, and database credentials from the database secrets engine, renewed and rotated in the app.
 */
export function vaultConfig(env: Env, read: VariableReaders) {
  const address = read.url(env, 'VAULT_ADDR', ['http', 'https'], false);
  const method = read.oneOf(env, 'VAULT_AUTH_METHOD', VAULT_AUTH_METHODS, 'kubernetes');
  const problem = (name: string, text: string, value: string) => read.problem(name, `${text} "${value}"`);
  const path = (name: string, fallback?: string) => {
    const value =
      read.optional(env, name, 'Vault API path such as secret/data/dispatch/prod', fallback) ?? fallback;
    if (value !== undefined && !VAULT_PATH.test(value))
      problem(name, 'must be a Vault path such as a/b, got', value);
    return value;
  };
  const settings = {
    address: address ?? '',
    namespace: read.optional(env, 'VAULT_NAMESPACE'),
    auth: {
      method,
      /** Mount path of the auth method; defaults to the method's own name. */
      mount: read.optional(env, 'VAULT_AUTH_MOUNT', 'text', 'the method name') ?? method,
      role: read.optional(env, 'VAULT_ROLE'),
      kubernetesTokenPath:
        read.optional(env, 'VAULT_KUBERNETES_TOKEN_PATH', 'file path', SERVICE_ACCOUNT_TOKEN) ??
        SERVICE_ACCOUNT_TOKEN,
      roleId: read.optional(env, 'VAULT_ROLE_ID'),
      secretId: read.optional(env, 'VAULT_SECRET_ID'),
      token: read.optional(env, 'VAULT_TOKEN'),
    },
    /** KV v2 data path whose fields become configuration variables (`redis_url` → REDIS_URL). */
    kvPath: path('VAULT_KV_PATH'),
    /** Dynamic credentials for DATABASE_URL (a database secrets engine role). */
    databaseCredsPath: path('VAULT_DATABASE_CREDS_PATH'),
    /** Credentials for DATABASE_ADMIN_URL: a static role of the fixed owner, or a dynamic role. */
    adminCredsPath: path('VAULT_DATABASE_ADMIN_CREDS_PATH'),
    /** Part of a lease's duration after which it is renewed. */
    renewAt: read.integer(env, 'VAULT_RENEW_AT_PERCENT', 67, 10, 90) / 100,
    requestTimeoutMs: read.integer(env, 'VAULT_REQUEST_TIMEOUT_MS', 10_000, 500, 120_000),
  };
  if (address === undefined) return undefined;
  const needs = (name: string, value: string | undefined) => {
    if (!value) read.problem(name, `is required when VAULT_AUTH_METHOD is ${method}`);
  };
  if (method === 'kubernetes') needs('VAULT_ROLE', settings.auth.role);
  if (method === 'approle') {
    needs('VAULT_ROLE_ID', settings.auth.roleId);
    needs('VAULT_SECRET_ID', settings.auth.secretId);
  }
  if (method === 'token') needs('VAULT_TOKEN', settings.auth.token);
  return settings;
}

export type VaultConfig = NonNullable<ReturnType<typeof vaultConfig>>;
