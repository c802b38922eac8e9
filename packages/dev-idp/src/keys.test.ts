import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { demoRealms, startDevIdp } from './index';

const realms = demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost:3000` });

describe('signing keys', () => {
  it('restarts on the same port with the same keys, so earlier tokens still verify', async () => {
    const first = await startDevIdp({ realms });
    const { accessToken } = await first.tokenFor('dispatch-acme', 'acme-viewer');
    const keys = first.getKeys();
    const port = Number(new URL(first.url).port);
    await first.close();

    const second = await startDevIdp({ realms, keys, port });
    try {
      const issuer = second.issuer('dispatch-acme');
      const jwks = createRemoteJWKSet(new URL(`${issuer}/protocol/openid-connect/certs`));
      const { payload } = await jwtVerify(accessToken, jwks, { issuer, audience: 'dispatch-api' });
      expect(payload.preferred_username).toBe('acme-viewer');
      expect(decodeProtectedHeader(accessToken).kid).toBe(keys['dispatch-acme']?.[0]?.kid);
    } finally {
      await second.close();
    }
  });

  it('generates new keys on a plain restart', async () => {
    const a = await startDevIdp({ realms });
    const b = await startDevIdp({ realms });
    expect(b.getKeys()['dispatch-acme']?.[0]?.kid).not.toBe(a.getKeys()['dispatch-acme']?.[0]?.kid);
    await Promise.all([a.close(), b.close()]);
  });
});
