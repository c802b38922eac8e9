import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDatabaseTools, loadSecretKeys } from './load-config';

const minimal = {
  DATABASE_URL: 'postgres://app@localhost/dispatch',
  REDIS_URL: 'redis://localhost:6379',
  PLATFORM_OIDC_ISSUER: 'http://localhost:4000/realms/platform',
};

describe('loadConfig', () => {
  it('maps a minimal environment onto typed defaults', () => {
    const config = loadConfig(minimal);
    expect(config.http.port).toBe(3000);
    expect(config.http.bodyLimitBytes).toBe(1024 * 1024);
    expect(config.db.appRole).toBe('dispatch_app');
    expect(config.platformAuth.audience).toBe('dispatch-platform');
  });

  it('accepts a 32-byte secrets key as hex or base64 and defaults it outside production', () => {
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ ...minimal, SECRETS_ENCRYPTION_KEY: hex }).auth.secretsKey).toBe(
      Buffer.from(hex, 'hex').toString('base64'),
    );
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ ...minimal, SECRETS_ENCRYPTION_KEY: base64 }).auth.secretsKey).toBe(base64);
    expect(Buffer.from(loadConfig(minimal).auth.secretsKey, 'base64')).toHaveLength(32);
  });

  it('reads the previous secrets keys (rotation) and a key ring for tools that require the current key', () => {
    const current = Buffer.alloc(32, 3).toString('base64');
    const older = 'cd'.repeat(32);
    const config = loadConfig({ ...minimal, SECRETS_ENCRYPTION_KEYS_PREVIOUS: ` ${older} ,, ${current}` });
    expect(config.auth.previousSecretsKeys).toEqual([Buffer.from(older, 'hex').toString('base64'), current]);
    expect(loadConfig(minimal).auth.previousSecretsKeys).toEqual([]);
    expect(() => loadConfig({ ...minimal, SECRETS_ENCRYPTION_KEYS_PREVIOUS: `${older},c2hvcnQ=` })).toThrow(
      'SECRETS_ENCRYPTION_KEYS_PREVIOUS entry 2 must be 32 bytes',
    );
    expect(
      loadSecretKeys({ SECRETS_ENCRYPTION_KEY: current, SECRETS_ENCRYPTION_KEYS_PREVIOUS: older }),
    ).toEqual({
      current,
      previous: [Buffer.from(older, 'hex').toString('base64')],
    });
    expect(() => loadSecretKeys({ NODE_ENV: 'development' })).toThrow('SECRETS_ENCRYPTION_KEY is required');
  });

  it('reads the identity dry run allow-list as CIDRs and the token lifetime cap', () => {
    const config = loadConfig({
      ...minimal,
      IDP_CHECK_ALLOWED_NETWORKS: '10.20.0.0/16, 127.0.0.1,::1',
      TOKEN_MAX_LIFETIME_SECONDS: '3600',
    });
    expect(config.auth.idpCheck.allowedNetworks).toEqual(['10.20.0.0/16', '127.0.0.1/32', '::1/128']);
    expect(config.auth.maxTokenLifetimeSeconds).toBe(3600);
    expect(loadConfig(minimal).auth.idpCheck.allowedNetworks).toEqual([]);
    expect(loadConfig(minimal).auth.maxTokenLifetimeSeconds).toBe(86_400);
  });

  it('collects the IDP_CLIENT_SECRET_<NAME> variables a tenant may refer to, by name', () => {
    const config = loadConfig({
      ...minimal,
      IDP_CLIENT_SECRET_ACME: ' acme-secret ',
      IDP_CLIENT_SECRET_GLOBEX_2: 'globex-secret',
      IDP_CLIENT_SECRET_EMPTY: ' ',
      IDP_CLIENT_ID_ACME: 'not a secret',
    });
    expect(config.auth.clientSecretRefs).toEqual(
      new Map([
        ['IDP_CLIENT_SECRET_ACME', 'acme-secret'],
        ['IDP_CLIENT_SECRET_GLOBEX_2', 'globex-secret'],
      ]),
    );
    expect(loadConfig(minimal).auth.clientSecretRefs.size).toBe(0);
    // No reference could name these (env:IDP_CLIENT_SECRET_ takes capitals, digits and underscores).
    expect(() => loadConfig({ ...minimal, IDP_CLIENT_SECRET_acme: 'x' })).toThrow(
      'IDP_CLIENT_SECRET_acme must be named IDP_CLIENT_SECRET_ followed by',
    );
  });

  it('sees a client secret Vault supplies: main.ts lays the KV fields over the environment it reads', () => {
    const processEnv = { ...minimal, IDP_CLIENT_SECRET_ACME: 'from-the-pod' };
    const vaultEnvironment = {
      IDP_CLIENT_SECRET_ACME: 'rotated-in-vault',
      IDP_CLIENT_SECRET_INITECH: 'vault-only',
    };
    expect(loadConfig({ ...processEnv, ...vaultEnvironment }).auth.clientSecretRefs).toEqual(
      new Map([
        ['IDP_CLIENT_SECRET_ACME', 'rotated-in-vault'],
        ['IDP_CLIENT_SECRET_INITECH', 'vault-only'],
      ]),
    );
  });

  it.each([
    [{ ...minimal, IDP_CHECK_ALLOWED_NETWORKS: 'intranet' }, 'IDP_CHECK_ALLOWED_NETWORKS must list networks'],
    [{ ...minimal, DATABASE_URL: undefined }, 'DATABASE_URL is required but not set'],
    [{ ...minimal, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must use postgres or postgresql, got mysql'],
    [{ ...minimal, PORT: 'eighty' }, 'PORT must be a whole number, got "eighty"'],
    [{ ...minimal, PORT: '70000' }, 'PORT must be between 0 and 65535, got 70000'],
    [{ ...minimal, LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ ...minimal, REDIS_URL: 'not a url' }, 'REDIS_URL must be a URL'],
    [{ ...minimal, BASE_DOMAIN: 'bad domain!' }, 'BASE_DOMAIN must be a DNS name'],
    [{ ...minimal, NODE_ENV: 'production' }, 'SECRETS_ENCRYPTION_KEY is required in production'],
    [{ ...minimal, SECRETS_ENCRYPTION_KEY: 'c2hvcnQ=' }, 'SECRETS_ENCRYPTION_KEY must be 32 bytes'],
  ])('names the variable in one line when it is wrong (%#)', (env, message) => {
    const attempt = () => loadConfig(env);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      expect((error as ConfigError).problems).toHaveLength(1);
    }
  });

  it('reports every missing or malformed variable at once, one per line', () => {
    let caught: unknown;
    try {
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'mysql://x',
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        TRUST_PROXY: 'yes',
        IDP_CHECK_ALLOWED_NETWORKS: '10.0.0.0/8,not-a-network',
        DISPATCH_RECONCILE_INTERVAL_MS: '5',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.variables).toEqual([
      'DATABASE_URL',
      'PORT',
      'TRUST_PROXY',
      'REDIS_URL',
      'PLATFORM_OIDC_ISSUER',
      'SECRETS_ENCRYPTION_KEY',
      'IDP_CHECK_ALLOWED_NETWORKS',
      'LOG_LEVEL',
      'DISPATCH_RECONCILE_INTERVAL_MS',
    ]);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid configuration (9 problems):');
    expect(lines.slice(1)).toEqual(error.problems.map((problem) => `  ${problem}`));
    expect(lines).toContain('  REDIS_URL is required but not set');
    expect(lines).toContain('  DISPATCH_RECONCILE_INTERVAL_MS must be between 1000 and 3600000, got 5');
  });

  it('reads what the CLI needs for direct database work, checked as the API checks it', () => {
    expect(loadDatabaseTools({})).toEqual({
      appRole: 'dispatch_app',
      ownerRole: undefined,
      exportDir: '.data/exports',
      redisUrl: undefined,
    });
    expect(
      loadDatabaseTools({
        DATABASE_APP_ROLE: ' app ',
        DATABASE_OWNER_ROLE: 'dispatch_owner',
        TENANT_EXPORT_DIR: '/var/backups',
        REDIS_URL: 'rediss://cache:6380',
      }),
    ).toEqual({
      appRole: 'app',
      ownerRole: 'dispatch_owner',
      exportDir: '/var/backups',
      redisUrl: 'rediss://cache:6380',
    });
    const refused = (() => {
      try {
        loadDatabaseTools({ DATABASE_OWNER_ROLE: 'Owner; DROP', REDIS_URL: 'http://cache' });
      } catch (error) {
        return error as ConfigError;
      }
    })();
    expect(refused?.variables).toEqual(['DATABASE_OWNER_ROLE', 'REDIS_URL']);
  });

  it('reads the drain delay and the dispatch timings that used to be read elsewhere', () => {
    const config = loadConfig({
      ...minimal,
      SHUTDOWN_DRAIN_DELAY_MS: '5000',
      DISPATCH_QUEUE_LEASE_MS: '20000',
      DISPATCH_RECONCILE_INTERVAL_MS: '10000',
      DISPATCH_FULL_RECONCILE_INTERVAL_MS: '600000',
    });
    expect(config.shutdown.drainDelayMs).toBe(5000);
    expect(config.dispatch).toEqual({
      queueLeaseMs: 20_000,
      reconcileIntervalMs: 10_000,
      fullReconcileIntervalMs: 600_000,
    });
    expect(loadConfig(minimal).shutdown.drainDelayMs).toBe(0);
  });

  it('turns attachments off without S3_BUCKET and reads the object store when it is set', () => {
    const off = loadConfig(minimal).storage;
    expect(off.s3).toBeUndefined();
    expect(off.exportsTo).toBe('filesystem');
    expect(off.attachments.maxBytes).toBe(10 * 1024 * 1024);
    expect(off.attachments.contentTypes).toContain('application/pdf');
    const on = loadConfig({
      ...minimal,
      S3_BUCKET: 'dispatch-files',
      S3_ENDPOINT: 'http://127.0.0.1:7480',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
      EXPORT_STORAGE: 's3',
      ATTACHMENT_CONTENT_TYPES: 'Image/PNG, application/pdf',
    }).storage;
    expect(on.s3).toEqual({
      endpoint: 'http://127.0.0.1:7480',
      region: 'us-east-1',
      bucket: 'dispatch-files',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    expect(on.exportsTo).toBe('s3');
    expect(on.attachments.contentTypes).toEqual(['image/png', 'application/pdf']);
  });

  it('names each malformed object-store variable', () => {
    const error = (() => {
      try {
        loadConfig({
          ...minimal,
          S3_BUCKET: 'Bad_Bucket',
          S3_ACCESS_KEY_ID: 'key',
          ATTACHMENT_CONTENT_TYPES: 'png',
          ATTACHMENT_UPLOAD_EXPIRY_SECONDS: '0',
        });
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error?.variables).toEqual([
      'S3_BUCKET',
      'S3_SECRET_ACCESS_KEY',
      'ATTACHMENT_CONTENT_TYPES',
      'ATTACHMENT_UPLOAD_EXPIRY_SECONDS',
    ]);
    expect(() => loadConfig({ ...minimal, EXPORT_STORAGE: 's3' })).toThrow(
      'EXPORT_STORAGE is s3 but S3_BUCKET',
    );
  });
});
