import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVaultConfig } from '@dispatch/config';
import { testServices } from '@dispatch/testkit';
import { loadVaultSecrets, type VaultSecrets } from '@dispatch/vault';
import { startTestVault, type TestVault } from '@dispatch/vault/testing';
import { createApiTestContext, type ApiTestContext } from '#src/test/api-test-context';

// The API on database credentials from Vault (the labelled Vault-API stand-in here, a real Vault dev server
// in CI): leases of 5 s that Vault stops renewing after 10 s, so the pool is swapped under the requests.

let vault: TestVault;
let secrets: VaultSecrets;
let ctx: ApiTestContext;

beforeAll(async () => {
  vault = await startTestVault({
    databaseAdminUrl: testServices().adminDatabaseUrl,
    kv: { secrets_encryption_key: Buffer.alloc(32, 9).toString('base64') },
    leaseTtl: 5,
    leaseMaxTtl: 10,
  });
  const env = { ...vault.env, VAULT_RENEW_AT_PERCENT: '50' };
  secrets = await loadVaultSecrets(loadVaultConfig(env)!);
  ctx = await createApiTestContext(
    { ...env, ...secrets.environment },
    { databaseCredentials: secrets.databaseCredentials },
  );
});
afterAll(async () => {
  await ctx?.close();
  secrets?.session.close();
  await vault?.close();
});

async function counter(name: string, labels: Record<string, string>): Promise<number> {
  const metric = await ctx.app.metrics.registry.getSingleMetric(name)?.get();
  const match = metric?.values.find((value) =>
    Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted),
  );
  return match?.value ?? 0;
}

describe('the API on leased database credentials', () => {
  it('swaps its pool under concurrent requests with none failing', async () => {
    const tenant = await ctx.createTenant('vault-load');
    const token = await tenant.token(['dispatch-admin']);
    const source = vault.env.VAULT_DATABASE_CREDS_PATH!;
    const statuses = new Map<number, number>();
    const until = Date.now() + 12_000;
    // More callers than pool connections (4): requests wait on a pool at the moment it is replaced.
    const caller = async () => {
      while (Date.now() < until) {
        const response = await ctx.app.inject({
          method: 'GET',
          url: '/api/equipment-types',
          headers: { host: tenant.host, authorization: `Bearer ${token}` },
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 16 }, caller));

    expect([...statuses.keys()]).toEqual([200]);
    expect(statuses.get(200)).toBeGreaterThan(100);
    expect(await counter('db_credential_swaps_total', { source, result: 'swapped' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(await counter('db_credential_swaps_total', { source, result: 'failed' })).toBe(0);
    expect(await counter('vault_lease_renewals_total', { source, result: 'renewed' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      await counter('vault_lease_revocations_total', { source, result: 'revoked' }),
    ).toBeGreaterThanOrEqual(1);
  });
});
