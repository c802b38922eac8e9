import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildApp, type App } from '#src/app';
import { BASE_DOMAIN } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import { startPrivateRedis } from '#src/test/private-redis';

const ctx = useApiHarness();

const random = () => randomBytes(8).toString('hex');
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Unsigned on purpose: the issuer is read before any signature check, which is what an attacker relies on. */
const tokenFrom = (iss: string) =>
  `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url({ iss, sub: 'x', aud: 'dispatch-api' })}.c2ln`;

async function databaseBackends(): Promise<number> {
  const { rows } = await ctx.adminPool.query<{ count: string }>(
    'SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()',
  );
  return Number(rows[0]!.count);
}

async function committedTransactions(): Promise<number> {
  const { rows } = await ctx.adminPool.query<{ xact_commit: string }>(
    'SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()',
  );
  return Number(rows[0]!.xact_commit);
}

/** Closing the app ends its backends, which flushes their statistics; wait until they are gone. */
async function closeAndFlushStats(app: App, backendsBefore: number): Promise<void> {
  await app.close();
  for (let attempt = 0; attempt < 200 && (await databaseBackends()) > backendsBefore; attempt += 1)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('unauthenticated traffic and the tenant directory', () => {
  it('keeps memory and database transactions flat under 20,000 random hosts and 5,000 random issuers', async () => {
    const tenant = await ctx.createTenant('growth-real');
    const longest = tenant.issuer.issuer.length;
    const backendsBefore = await databaseBackends();
    const app = await buildApp({ config: ctx.config, logger: false });
    await app.ready();

    const randomHost = () =>
      app.inject({
        method: 'GET',
        url: '/api/equipment-types',
        headers: { host: `${random()}.${BASE_DOMAIN}` },
      });
    // Half of the issuers fit under the longest registered one (they reach the key index), half do not.
    const randomIssuer = (index: number) =>
      app.inject({
        method: 'GET',
        url: '/api/equipment-types',
        headers: {
          host: `api.${BASE_DOMAIN}`,
          authorization: `Bearer ${tokenFrom(
            index % 2 === 0
              ? `https://${random()}.example`.slice(0, longest)
              : `${tenant.issuer.issuer}/${random()}`,
          )}`,
        },
      });

    for (let index = 0; index < 200; index += 1) await randomHost(); // warm-up: JIT, pools, key index
    const transactionsBefore = await committedTransactions();

    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    for (let index = 0; index < 20_000; index += 1) count((await randomHost()).statusCode);
    for (let index = 0; index < 5_000; index += 1) count((await randomIssuer(index)).statusCode);
    expect(Object.fromEntries(statuses)).toEqual({ 401: 5_000, 404: 20_000 });

    // Memory is measured by what the directory holds, the only place a host or issuer could stay: the heap
    // of a test process swings by tens of MB between collections, too noisy to bound 25,000 small entries.
    const stats = app.tenants.stats();
    expect(stats.bySlug + stats.byIssuer).toBe(0);
    expect(stats.misses).toBe(0);
    expect(stats.indexedTenants).toBe(1);

    // The real tenant still resolves through the same directory.
    const own = await app.inject({
      method: 'GET',
      url: '/api/equipment-types',
      headers: { host: tenant.host, authorization: `Bearer ${await tenant.token(['dispatch-viewer'])}` },
    });
    expect(own.statusCode).toBe(200);

    await closeAndFlushStats(app, backendsBefore);
    // A handful of transactions (the key index reloads once per TTL, the one real request, idle work of the
    // other app on this database), never one per random host or issuer.
    expect((await committedTransactions()) - transactionsBefore).toBeLessThan(300);
  }, 180_000);

  it('refuses an issuer longer than any registered one without a lookup', async () => {
    const tenant = await ctx.createTenant('growth-long');
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/equipment-types',
      headers: {
        host: `api.${BASE_DOMAIN}`,
        authorization: `Bearer ${tokenFrom(`${tenant.issuer.issuer}${'x'.repeat(5000)}`)}`,
      },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().type).toMatch(/token-unknown-issuer$/);
    expect(ctx.app.tenants.stats().misses).toBe(0);
  });

  it('bounds the caches of known tenants by the configured maximum', async () => {
    // A Redis of its own: registry announcements of test files running beside this one would empty the cache.
    const redis = await startPrivateRedis();
    const app = await buildApp({
      config: {
        ...ctx.config,
        redis: { ...ctx.config.redis, url: redis.url },
        tenancy: { ...ctx.config.tenancy, registryCacheMaxEntries: 10 },
      },
      logger: false,
    });
    try {
      const tenants = [];
      for (let index = 0; index < 12; index += 1) tenants.push(await ctx.createTenant(`growth-lru-${index}`));
      for (const tenant of tenants) {
        const response = await app.inject({
          method: 'GET',
          url: '/api/equipment-types',
          headers: { host: tenant.host, authorization: `Bearer ${await tenant.token(['dispatch-viewer'])}` },
        });
        expect(response.statusCode).toBe(200);
      }
      expect(app.tenants.stats().bySlug).toBe(10);
    } finally {
      await app.close();
      await redis.stop();
    }
  });
});
