import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestIssuerServer, type TestIssuer, type TestIssuerServer } from '@dispatch/testkit';
import { IssuerKeys, discoveredJwksUri } from './jwks-cache';
import { VerifiedTokens } from './verified-tokens';
import { verifyAccessToken } from './verify-token';

let server: TestIssuerServer;
let issuer: TestIssuer;
let other: TestIssuer;
beforeAll(async () => {
  server = await startTestIssuerServer();
  issuer = await server.issuer('cache');
  other = await server.issuer('cache-other');
});
afterAll(() => server.close());
afterEach(() => {
  vi.useRealTimers();
});

const keysFor = () => new IssuerKeys(issuer.issuer, discoveredJwksUri(issuer.issuer));

describe('verified-token cache', () => {
  it('still refuses a remembered token once it has expired', async () => {
    const keys = keysFor();
    const now = Date.now();
    const token = await issuer.sign(
      { sub: 'u1', aud: 'dispatch-api' },
      { expiresIn: Math.floor(now / 1000) + 30 },
    );
    await expect(verifyAccessToken(token, keys, 'dispatch-api')).resolves.toMatchObject({ sub: 'u1' });
    expect(keys.verified.has(token)).toBe(true);

    vi.useFakeTimers({ now: now + 120_000, toFake: ['Date'] });
    await expect(verifyAccessToken(token, keys, 'dispatch-api')).rejects.toMatchObject({
      status: 401,
      type: 'token-expired',
    });
  });

  it('checks the audience on every use, remembered or not', async () => {
    const keys = keysFor();
    const token = await issuer.sign({ sub: 'u2', aud: 'dispatch-api' });
    await verifyAccessToken(token, keys, 'dispatch-api');
    await expect(verifyAccessToken(token, keys, 'another-api')).rejects.toMatchObject({
      status: 401,
      type: 'token-wrong-audience',
    });
  });

  it('checks the lifetime bound again when it changes for a remembered token', async () => {
    const keys = keysFor();
    const token = await issuer.sign({ sub: 'u8', aud: 'dispatch-api' }, { expiresIn: '2h' });
    await verifyAccessToken(token, keys, 'dispatch-api', { maxLifetimeSeconds: 3 * 3600 });
    await verifyAccessToken(token, keys, 'dispatch-api', { maxLifetimeSeconds: 3 * 3600 });
    await expect(
      verifyAccessToken(token, keys, 'dispatch-api', { maxLifetimeSeconds: 3600 }),
    ).rejects.toMatchObject({ status: 401, type: 'token-lifetime-too-long' });
  });

  it('remembers nothing about a token that failed', async () => {
    const keys = keysFor();
    const token = await issuer.sign({ sub: 'u3', aud: 'dispatch-api' });
    const tampered = `${token.slice(0, -4)}AAAA`;
    await expect(verifyAccessToken(tampered, keys, 'dispatch-api')).rejects.toMatchObject({ status: 401 });
    expect(keys.verified.has(tampered)).toBe(false);
  });
});

describe('one verified-token cache for every issuer of a replica', () => {
  const sharing = (tokens: VerifiedTokens, of: TestIssuer) =>
    new IssuerKeys(of.issuer, discoveredJwksUri(of.issuer), { verifiedTokens: tokens });

  it('serves a remembered token only to the issuer that verified it', async () => {
    const tokens = new VerifiedTokens();
    const [mine, theirs] = [sharing(tokens, issuer), sharing(tokens, other)];
    const token = await issuer.sign({ sub: 'u4', aud: 'dispatch-api' });
    await verifyAccessToken(token, mine, 'dispatch-api');
    expect(mine.verified.has(token)).toBe(true);
    expect(theirs.verified.has(token)).toBe(false);
    await expect(verifyAccessToken(token, theirs, 'dispatch-api')).rejects.toMatchObject({
      status: 401,
      type: 'token-wrong-issuer',
    });
  });

  it('holds at most its bound over all issuers, the least recently used going first', async () => {
    const tokens = new VerifiedTokens(2);
    const [a, b] = [sharing(tokens, issuer), sharing(tokens, other)];
    const first = await issuer.sign({ sub: 'u5', aud: 'dispatch-api' });
    const second = await other.sign({ sub: 'u6', aud: 'dispatch-api' });
    const third = await issuer.sign({ sub: 'u7', aud: 'dispatch-api' });
    await verifyAccessToken(first, a, 'dispatch-api');
    await verifyAccessToken(second, b, 'dispatch-api');
    await verifyAccessToken(third, a, 'dispatch-api');
    expect(tokens.size).toBe(2);
    expect([a.verified.has(first), b.verified.has(second), a.verified.has(third)]).toEqual([
      false,
      true,
      true,
    ]);
  });
});
