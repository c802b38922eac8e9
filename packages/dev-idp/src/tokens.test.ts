import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRealms, startDevIdp, type DevIdp } from './index';

let idp: DevIdp;
let verify: (token: string, audience?: string) => ReturnType<typeof jwtVerify>;

beforeAll(async () => {
  idp = await startDevIdp({
    realms: demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost:3000` }),
  });
  // Exactly what a resource server does: discovery → jwks_uri → remote JWKS.
  const issuer = idp.issuer('dispatch-acme');
  const { jwks_uri } = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    jwks_uri: string;
  };
  const jwks = createRemoteJWKSet(new URL(jwks_uri));
  verify = (token, audience = 'dispatch-api') =>
    jwtVerify(token, jwks, { issuer, audience, algorithms: ['RS256'] });
});
afterAll(() => idp.close());

describe('tokenFor', () => {
  it('returns a Keycloak-shaped RS256 access token that verifies against the discovered JWKS', async () => {
    const { accessToken, refreshToken, idToken } = await idp.tokenFor('dispatch-acme', 'acme-driver');

    expect(decodeProtectedHeader(accessToken)).toMatchObject({ alg: 'RS256', kid: expect.any(String) });
    const { payload } = await verify(accessToken);
    expect(payload).toMatchObject({
      iss: idp.issuer('dispatch-acme'),
      aud: 'dispatch-api',
      azp: 'dev-test',
      sub: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      realm_access: { roles: ['dispatch-driver'] },
      preferred_username: 'acme-driver',
      name: 'Drew Driver',
      email: 'driver@acme.example',
      region: 'north',
      acr: '1',
      amr: ['pwd'],
      sid: expect.any(String),
      scope: expect.stringContaining('openid'),
    });
    expect(payload.exp! - payload.iat!).toBe(300);
    expect(refreshToken).toEqual(expect.any(String));
    expect(idToken).toEqual(expect.any(String));
  });

  it('marks a second factor for users with MFA', async () => {
    const { accessToken } = await idp.tokenFor('dispatch-acme', 'acme-admin');
    const { payload } = await verify(accessToken);
    expect(payload).toMatchObject({
      acr: 'mfa',
      amr: ['pwd', 'otp'],
      realm_access: { roles: ['dispatch-admin'] },
    });
    expect(payload).not.toHaveProperty('region');
  });

  it('steps up with acr_values=mfa, and signs an MFA user in with a password only when asked', async () => {
    const stepUp = await verify(
      (await idp.tokenFor('dispatch-acme', 'acme-viewer', { mfa: true })).accessToken,
    );
    expect(stepUp.payload).toMatchObject({ acr: 'mfa', amr: ['pwd', 'otp'] });

    const passwordOnly = await verify(
      (await idp.tokenFor('dispatch-acme', 'acme-dispatcher', { mfa: false })).accessToken,
    );
    expect(passwordOnly.payload).toMatchObject({ acr: '1', amr: ['pwd'], region: 'north' });
  });

  it('issues an ID token with profile claims, roles, region, acr/amr, sid and nonce', async () => {
    const { idToken, accessToken } = await idp.tokenFor('dispatch-acme', 'acme-dispatcher-south');
    const { payload } = await verify(idToken!, 'dev-test');
    const access = await verify(accessToken);
    expect(payload).toMatchObject({
      preferred_username: 'acme-dispatcher-south',
      email: 'dispatcher-south@acme.example',
      realm_access: { roles: ['dispatch-dispatcher'] },
      region: 'south',
      acr: 'mfa',
      amr: ['pwd', 'otp'],
      sid: access.payload.sid,
      nonce: expect.any(String),
    });
  });

  it('keeps realms apart: a token from one realm does not verify as another realm', async () => {
    const { accessToken } = await idp.tokenFor('dispatch-globex', 'globex-admin');
    await expect(verify(accessToken)).rejects.toThrow();
  });

  it('mints platform tokens with the platform audience', async () => {
    const { accessToken } = await idp.tokenFor('platform', 'platform-admin');
    const issuer = idp.issuer('platform');
    const jwks = createRemoteJWKSet(new URL(`${issuer}/protocol/openid-connect/certs`));
    const { payload } = await jwtVerify(accessToken, jwks, { issuer, audience: 'dispatch-platform' });
    expect(payload).toMatchObject({ realm_access: { roles: ['platform-admin'] }, acr: 'mfa' });
  });

  it('serves userinfo for its JWT access tokens', async () => {
    const { accessToken } = await idp.tokenFor('dispatch-acme', 'acme-viewer');
    const res = await fetch(`${idp.issuer('dispatch-acme')}/protocol/openid-connect/userinfo`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      preferred_username: 'acme-viewer',
      email: 'viewer@acme.example',
    });
  });

  it('is fast enough to call per test', async () => {
    await idp.tokenFor('dispatch-acme', 'acme-viewer'); // warm-up
    const started = performance.now();
    await idp.tokenFor('dispatch-acme', 'acme-driver-2');
    expect(performance.now() - started).toBeLessThan(200);
  });
});
