import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, loadVaultConfig } from '@dispatch/config';
import { createPool, LeasedPool, type CredentialEvent, type Pool } from '@dispatch/db';
import { APP_ROLE, createTestDatabase, testServices, type TestDatabase } from '@dispatch/testkit';
import { loadVaultSecrets, type VaultSecrets } from './vault-secrets';
import { startTestVault, type TestVault } from './test';

// The app's Vault code path for real (node-vault over HTTP, the leased pool on real Postgres) against a
// Vault API: the labelled stand-in here, a real `hashicorp/vault` dev server in CI (VAULT_TEST_ADDR).

let database: TestDatabase;
let admin: Pool;
const vaults: TestVault[] = [];
const sessions: VaultSecrets[] = [];

beforeAll(async () => {
  database = await createTestDatabase(testServices().adminDatabaseUrl);
  admin = createPool(database.adminUrl, { max: 2 });
});
afterAll(async () => {
  for (const secrets of sessions) secrets.session.close();
  for (const vault of vaults) await vault.close();
  await admin?.end();
  await database?.drop();
});

const KV = {
  redis_url: 'redis://:from-vault@127.0.0.1:6379',
  secrets_encryption_key: Buffer.alloc(32, 7).toString('base64'),
  s3_access_key_id: 'AKIAFROMVAULT',
  idp_client_secret_acme: 'acme-secret-from-vault',
  pgbouncer_auth_password: 'not-for-the-api',
};

async function vaultWith(ttl: {
  lease: number;
  maxLease: number;
  token?: number;
  maxToken?: number;
  staticRole?: { username: string; rotationPeriod: number };
}) {
  const vault = await startTestVault({
    databaseAdminUrl: testServices().adminDatabaseUrl,
    kv: KV,
    leaseTtl: ttl.lease,
    leaseMaxTtl: ttl.maxLease,
    tokenTtl: ttl.token,
    tokenMaxTtl: ttl.maxToken,
    staticRole: ttl.staticRole,
  });
  vaults.push(vault);
  const settings = loadVaultConfig({ ...vault.env, VAULT_RENEW_AT_PERCENT: '50' })!;
  const secrets = await loadVaultSecrets(settings);
  sessions.push(secrets);
  return { vault, secrets, renewAt: settings.renewAt };
}

async function leasedPool(secrets: VaultSecrets, renewAt: number, events: CredentialEvent[]) {
  const leased = await LeasedPool.start({
    issuer: secrets.databaseCredentials.app!,
    url: database.appUrl,
    createPool: (url) => createPool(url, { max: 3 }),
    renewAt,
    retryMs: 200,
    onEvent: (event) => events.push(event),
  });
  secrets.databaseCredentials.onReissue?.(() => void leased.rotate().catch(() => undefined));
  return leased;
}

/** Queries the pool every 50 ms for `ms`, from 4 callers at once; returns the failures. */
async function keepQuerying(pool: Pool, ms: number) {
  const failures: unknown[] = [];
  const until = Date.now() + ms;
  let queries = 0;
  const caller = async () => {
    while (Date.now() < until) {
      await pool
        .query('SELECT current_user AS user')
        .then(() => queries++)
        .catch((error: unknown) => failures.push(error));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await Promise.all([caller(), caller(), caller(), caller()]);
  return { failures, queries };
}

async function roleExists(name: string): Promise<boolean> {
  const { rows } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
  return rows.length === 1;
}

async function sessionsOf(names: string[]): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = ANY($1)',
    [names],
  );
  return rows[0]!.n;
}

describe('secrets from Vault', () => {
  it('lays the KV fields named like configuration variables over the environment, and no others', async () => {
    const { secrets } = await vaultWith({ lease: 60, maxLease: 120 });
    expect(secrets.environment).toEqual({
      REDIS_URL: KV.redis_url,
      SECRETS_ENCRYPTION_KEY: KV.secrets_encryption_key,
      S3_ACCESS_KEY_ID: KV.s3_access_key_id,
      IDP_CLIENT_SECRET_ACME: KV.idp_client_secret_acme,
    });
    // A tenant's client secret kept in Vault reaches the typed configuration, where the API resolves references.
    const config = loadConfig({
      DATABASE_URL: database.appUrl,
      PLATFORM_OIDC_ISSUER: 'https://login.example.com/realms/platform',
      // The pair of S3_ACCESS_KEY_ID, which Vault supplies here.
      S3_SECRET_ACCESS_KEY: 'from-the-pod',
      ...secrets.environment,
    });
    expect(config.auth.clientSecretRefs.get('IDP_CLIENT_SECRET_ACME')).toBe(KV.idp_client_secret_acme);
  });
});

describe('leased database credentials', () => {
  it('renews the lease before it expires and keeps the same login past its first TTL', async () => {
    const { secrets, renewAt } = await vaultWith({ lease: 3, maxLease: 60 });
    const events: CredentialEvent[] = [];
    const leased = await leasedPool(secrets, renewAt, events);
    const first = leased.username;
    const { failures, queries } = await keepQuerying(leased.pool, 5_000);
    expect(failures).toEqual([]);
    expect(queries).toBeGreaterThan(20);
    expect(leased.username).toBe(first);
    expect(events.filter((event) => event.type === 'renewed').length).toBeGreaterThanOrEqual(2);
    expect(events.some((event) => event.type === 'swapped')).toBe(false);
    const { rows } = await leased.pool.query<{ user: string }>('SELECT current_user AS user');
    expect(rows[0]!.user).toBe(first);
    expect(await roleExists(first)).toBe(true);

    await leased.stop();
    expect(await roleExists(first)).toBe(false);
  });

  it('takes new credentials before max_ttl, swaps the pool without a failed query, and revokes the old role', async () => {
    const { secrets, renewAt } = await vaultWith({ lease: 4, maxLease: 8 });
    const events: CredentialEvent[] = [];
    const leased = await leasedPool(secrets, renewAt, events);
    const first = leased.username;
    const { failures } = await keepQuerying(leased.pool, 10_000);
    expect(failures).toEqual([]);
    const swaps = events.filter((event) => event.type === 'swapped');
    expect(swaps.length).toBeGreaterThanOrEqual(1);
    expect(swaps[0]).toMatchObject({ from: first });
    const replaced = swaps.map((event) => (event.type === 'swapped' ? event.from : ''));
    for (const name of replaced) expect(await roleExists(name)).toBe(false);
    expect(await sessionsOf(replaced)).toBe(0);
    expect(leased.username).not.toBe(first);
    const { rows } = await leased.pool.query<{ user: string; member: boolean }>(
      `SELECT current_user AS user, pg_has_role(current_user, $1, 'USAGE') AS member`,
      [APP_ROLE],
    );
    expect(rows[0]).toEqual({ user: leased.username, member: true });
    await leased.stop();
  });

  it("logs in again before the token's max TTL and moves to leases of the new token", async () => {
    // Leases die with the token that took them: without the new login and rotation queries would fail.
    const { secrets, renewAt } = await vaultWith({ lease: 60, maxLease: 120, token: 2, maxToken: 4 });
    const events: CredentialEvent[] = [];
    const leased = await leasedPool(secrets, renewAt, events);
    const first = leased.username;
    const { failures } = await keepQuerying(leased.pool, 7_000);
    expect(failures).toEqual([]);
    expect(leased.username).not.toBe(first);
    expect(await roleExists(first)).toBe(false);
    await leased.stop();
  });

  it("follows a static role's rotated password: read again after each rotation, swapped without a failed query", async () => {
    const owner = `owner_${randomBytes(5).toString('hex')}`;
    await admin.query(`CREATE ROLE ${owner} LOGIN PASSWORD 'before-vault'`);
    try {
      const { secrets, renewAt } = await vaultWith({
        lease: 60,
        maxLease: 120,
        staticRole: { username: owner, rotationPeriod: 5 },
      });
      const events: CredentialEvent[] = [];
      const leased = await LeasedPool.start({
        issuer: secrets.databaseCredentials.admin!,
        url: database.appUrl,
        createPool: (url) => createPool(url, { max: 3 }),
        renewAt,
        onEvent: (event) => events.push(event),
      });
      const { failures } = await keepQuerying(leased.pool, 12_000);
      expect(failures).toEqual([]);
      const swaps = events.filter((event) => event.type === 'swapped');
      expect(swaps.length).toBeGreaterThanOrEqual(1);
      expect(swaps[0]).toMatchObject({ from: owner, to: owner });
      const { rows } = await leased.pool.query<{ user: string }>('SELECT current_user AS user');
      expect(rows[0]!.user).toBe(owner);
      await leased.stop();
      // Nothing to revoke: the static role's login stays, only its password moves.
      expect(events.some((event) => event.type === 'revoked')).toBe(false);
    } finally {
      await admin.query(`DROP ROLE IF EXISTS ${owner}`);
    }
  });
});
