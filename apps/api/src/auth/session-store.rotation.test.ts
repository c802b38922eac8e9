import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedKeyId } from '@dispatch/db';
import { testServices } from '@dispatch/testkit';
import { SecretBox } from './secret-box';
import { SessionStore } from './session-store';
import { openLoginTransaction, sealLoginTransaction, type LoginTransaction } from './login-transaction';

const key1 = randomBytes(32).toString('base64');
const key2 = randomBytes(32).toString('base64');
const tenantId = randomUUID();
let redis: Redis;

beforeAll(() => {
  redis = new Redis(testServices().redisUrl);
});
afterAll(async () => {
  // Only this test's keys (a random tenant's hash tag); the shared Redis is never flushed.
  const keys = await redis.keys(`dispatch:{t:${tenantId}}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

/** The sealed value Redis holds for the tenant's one session. */
async function storedKeyId(): Promise<string | undefined> {
  const [key] = await redis.keys(`dispatch:{t:${tenantId}}:session:*`);
  return sealedKeyId((await redis.get(key!))!);
}

describe('secrets-key rotation for what Redis and the cookie hold', () => {
  it('keeps a session sealed under key 1 open once key 2 is current, and re-seals it on its next write', async () => {
    const before = new SessionStore(redis, new SecretBox(key1), 3600);
    const { id } = await before.create({ tenantId, sub: 'u1', accessToken: 'at-1', accessExpiresAt: 0 });
    expect(await storedKeyId()).toBe(new SecretBox(key1).keyId);

    const ring = new SecretBox(key2, [key1]);
    const after = new SessionStore(redis, ring, 3600);
    const session = await after.get(tenantId, id);
    expect(session?.accessToken).toBe('at-1');
    // What the server-side token refresh does: the write seals under the current key.
    await after.save(id, { ...session!, accessToken: 'at-2' });
    expect(await storedKeyId()).toBe(ring.keyId);
    expect((await new SessionStore(redis, new SecretBox(key2), 3600).get(tenantId, id))?.accessToken).toBe(
      'at-2',
    );
    // Without the previous key a session still under key 1 reads as signed out, not as an error.
    const stale = await before.create({ tenantId, sub: 'u2', accessToken: 'at-3', accessExpiresAt: 0 });
    expect(await new SessionStore(redis, new SecretBox(key2), 3600).get(tenantId, stale.id)).toBeUndefined();
    expect((await after.get(tenantId, stale.id))?.sub).toBe('u2');
  });

  it('opens a sign-in cookie sealed under key 1 with the rotated ring', () => {
    const login: LoginTransaction = {
      state: 's',
      nonce: 'n',
      codeVerifier: 'v',
      returnTo: '/',
      redirectUri: 'http://acme.localhost/auth/callback',
      expiresAt: Math.floor(Date.now() / 1000) + 60,
    };
    const cookie = sealLoginTransaction(new SecretBox(key1), tenantId, login);
    expect(openLoginTransaction(new SecretBox(key2, [key1]), tenantId, cookie)).toMatchObject({ state: 's' });
    expect(openLoginTransaction(new SecretBox(key2), tenantId, cookie)).toBeUndefined();
  });
});
