import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestIssuerServer, type TestIssuer, type TestIssuerServer } from '@dispatch/testkit';
import { IssuerKeys, discoveredJwksUri } from './jwks-cache';
import { verifyAccessToken } from './verify-token';

let server: TestIssuerServer;
let issuer: TestIssuer;
beforeAll(async () => {
  server = await startTestIssuerServer();
  issuer = await server.issuer('cache');
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

  it('remembers nothing about a token that failed', async () => {
    const keys = keysFor();
    const token = await issuer.sign({ sub: 'u3', aud: 'dispatch-api' });
    const tampered = `${token.slice(0, -4)}AAAA`;
    await expect(verifyAccessToken(tampered, keys, 'dispatch-api')).rejects.toMatchObject({ status: 401 });
    expect(keys.verified.has(tampered)).toBe(false);
  });
});
