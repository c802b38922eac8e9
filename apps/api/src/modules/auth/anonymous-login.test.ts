import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { provisionTenant } from '@dispatch/db';
import { APP_ROLE } from '@dispatch/testkit';
import { demoRealms, startDevIdp, type DevIdp } from '@dispatch/dev-idp';
import { createApiTestContext, type ApiTestContext } from '#src/test/api-test-context';
import { startPrivateRedis, type PrivateRedis } from '#src/test/private-redis';
import { safeReturnTo } from './auth.service';

/**
 * `/auth/login` is anonymous: whatever a caller sends, it must store nothing server-side. The API runs on a
 * Redis of this test's own, so DBSIZE counts only what the API wrote.
 */
let ctx: ApiTestContext;
let idp: DevIdp;
let redis: PrivateRedis;
let client: Redis;
const host = 'acme.localhost';

beforeAll(async () => {
  redis = await startPrivateRedis();
  client = new Redis(redis.url);
  ctx = await createApiTestContext({ BASE_DOMAIN: 'localhost', REDIS_URL: redis.url });
  idp = await startDevIdp({ realms: demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost` }) });
  await provisionTenant(
    ctx.adminPool,
    {
      slug: 'acme',
      name: 'Acme',
      tier: 'trial',
      idp: { issuer: idp.issuer('dispatch-acme'), apiAudience: 'dispatch-api', webClientId: 'dispatch-web' },
    },
    { appRole: APP_ROLE, actor: 'test' },
  );
  await ctx.app.tenants.invalidate();
});

afterAll(async () => {
  await ctx?.close();
  await idp?.close();
  client?.disconnect();
  await redis?.stop();
});

async function allKeys(): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys.sort();
}

describe('anonymous sign-in starts', () => {
  it('add no Redis keys over 3,000 calls', async () => {
    const login = (index: number) =>
      ctx.app.inject({ method: 'GET', url: `/auth/login?returnTo=%2Fboard%2F${index}`, headers: { host } });
    expect((await login(0)).statusCode).toBe(302); // warm-up: discovery, client, first cookie
    const before = await allKeys();
    const sizeBefore = await client.dbsize();
    for (let index = 1; index <= 3000; index += 1) {
      const response = await login(index);
      expect(response.statusCode).toBe(302);
      expect(response.cookies.find((cookie) => cookie.name === 'dispatch_login')?.httpOnly).toBe(true);
    }
    expect(await client.dbsize()).toBe(sizeBefore);
    expect(await allKeys()).toEqual(before);
    expect(before.filter((key) => key.includes('login'))).toEqual([]);
  }, 120_000);
});

describe('safeReturnTo', () => {
  const origin = 'https://acme.dispatch.example';
  it.each([
    ['/board?tab=1#x', '/board?tab=1#x'],
    ['/work-orders/018f-ab', '/work-orders/018f-ab'],
    [undefined, '/'],
    ['', '/'],
    ['board', '/'],
    ['//evil.example/steal', '/'],
    ['/\\evil.example', '/'],
    ['/a\\b', '/'],
    ['https://evil.example/', '/'],
    ['/böard', '/'],
    ['/board\u2028', '/'],
    ['/board page', '/'],
    ['/board\r\nSet-Cookie: x=1', '/'],
    [`/${'a'.repeat(511)}`, `/${'a'.repeat(511)}`],
    [`/${'a'.repeat(512)}`, '/'],
  ])('%j → %j', (value, expected) => {
    expect(safeReturnTo(value, origin)).toBe(expected);
  });
});
