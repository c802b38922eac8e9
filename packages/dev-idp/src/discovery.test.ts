import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRealms, startDevIdp, type DevIdp } from './index';

let idp: DevIdp;
beforeAll(async () => {
  idp = await startDevIdp({
    realms: demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost:3000` }),
  });
});
afterAll(() => idp.close());

describe('discovery', () => {
  it('serves each realm at /realms/{realm} with a Keycloak-shaped discovery document', async () => {
    const issuer = idp.issuer('dispatch-acme');
    expect(issuer).toBe(`${idp.url}/realms/dispatch-acme`);

    const res = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      issuer,
      jwks_uri: `${issuer}/protocol/openid-connect/certs`,
      authorization_endpoint: `${issuer}/protocol/openid-connect/auth`,
      token_endpoint: `${issuer}/protocol/openid-connect/token`,
      userinfo_endpoint: `${issuer}/protocol/openid-connect/userinfo`,
      end_session_endpoint: `${issuer}/protocol/openid-connect/logout`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(doc.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'refresh_token', 'client_credentials']),
    );
  });

  it('publishes an RS256 signing key per realm in the JWKS, without private parts', async () => {
    const certs = async (realm: string) =>
      (
        (await (await fetch(`${idp.issuer(realm)}/protocol/openid-connect/certs`)).json()) as {
          keys: Record<string, string>[];
        }
      ).keys;

    const [acme, globex] = await Promise.all([certs('dispatch-acme'), certs('dispatch-globex')]);
    expect(acme).toEqual([
      expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) }),
    ]);
    expect(acme[0]).not.toHaveProperty('d');
    expect(globex[0]?.kid).not.toBe(acme[0]?.kid);
  });

  it('answers 404 JSON for an unknown realm', async () => {
    const res = await fetch(`${idp.url}/realms/nope/.well-known/openid-configuration`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ error: 'Realm does not exist' });
  });
});

describe('publicUrl', () => {
  it('builds issuers from the public URL while tokenFor still talks to the local address', async () => {
    const realms = demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost:3000` });
    const behindProxy = await startDevIdp({ realms, publicUrl: 'http://idp.dispatch.test:8080/' });
    try {
      expect(behindProxy.url).toBe('http://idp.dispatch.test:8080');
      const { accessToken } = await behindProxy.tokenFor('dispatch-acme', 'acme-viewer');
      const [, payload = ''] = accessToken.split('.');
      expect(JSON.parse(Buffer.from(payload, 'base64url').toString()).iss).toBe(
        'http://idp.dispatch.test:8080/realms/dispatch-acme',
      );
    } finally {
      await behindProxy.close();
    }
  });
});
