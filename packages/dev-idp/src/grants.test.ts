import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRealms, startDevIdp, type DevIdp } from './index';

let idp: DevIdp;
let endpoint: (path: string) => string;

beforeAll(async () => {
  idp = await startDevIdp({
    realms: demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost:3000` }),
  });
  endpoint = (path) => `${idp.issuer('dispatch-acme')}/protocol/openid-connect/${path}`;
});
afterAll(() => idp.close());

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

async function tokenRequest(body: URLSearchParams, headers: Record<string, string> = {}) {
  const res = await fetch(endpoint('token'), { method: 'POST', body, headers });
  return { status: res.status, json: (await res.json()) as Record<string, string> };
}

describe('refresh_token grant', () => {
  it('exchanges a refresh token for a new access token with the same claims', async () => {
    const first = await idp.tokenFor('dispatch-acme', 'acme-dispatcher');
    const { status, json } = await tokenRequest(
      form({ grant_type: 'refresh_token', refresh_token: first.refreshToken!, client_id: 'dev-test' }),
    );
    expect(status).toBe(200);
    expect(json.access_token).not.toBe(first.accessToken);
    expect(json.refresh_token).toEqual(expect.any(String));
    expect(decodeJwt(json.access_token!)).toMatchObject({
      aud: 'dispatch-api',
      realm_access: { roles: ['dispatch-dispatcher'] },
      region: 'north',
      acr: 'mfa',
      amr: ['pwd', 'otp'],
      sid: decodeJwt(first.accessToken).sid,
    });
  });

  it('works for the confidential web client with its secret', async () => {
    const first = await idp.tokenFor('dispatch-acme', 'acme-viewer', {
      clientId: 'dispatch-web-confidential',
    });
    expect(decodeJwt(first.accessToken).azp).toBe('dispatch-web-confidential');
    const { status } = await tokenRequest(
      form({ grant_type: 'refresh_token', refresh_token: first.refreshToken! }),
      {
        authorization: basic('dispatch-web-confidential', 'dev-secret'),
      },
    );
    expect(status).toBe(200);
  });
});

describe('client_credentials grant', () => {
  it('gives the integration client a token carrying its service-account roles', async () => {
    const { status, json } = await tokenRequest(form({ grant_type: 'client_credentials' }), {
      authorization: basic('dispatch-integration', 'dev-secret'),
    });
    expect(status).toBe(200);
    const issuer = idp.issuer('dispatch-acme');
    const { payload } = await jwtVerify(json.access_token!, createRemoteJWKSet(new URL(endpoint('certs'))), {
      issuer,
      audience: 'dispatch-api',
    });
    expect(payload).toMatchObject({
      azp: 'dispatch-integration',
      realm_access: { roles: ['dispatch-dispatcher'] },
      preferred_username: 'service-account-dispatch-integration',
    });
  });

  it('refuses a wrong client secret', async () => {
    const { status, json } = await tokenRequest(form({ grant_type: 'client_credentials' }), {
      authorization: basic('dispatch-integration', 'wrong'),
    });
    expect(status).toBe(401);
    expect(json.error).toBe('invalid_client');
  });
});

describe('RP-initiated logout', () => {
  it('redirects straight to the post-logout URI when given an id_token_hint and ends the session', async () => {
    const tokens = await idp.tokenFor('dispatch-acme', 'acme-driver', { clientId: 'dispatch-web' });
    const url = new URL(endpoint('logout'));
    url.search = form({
      id_token_hint: tokens.idToken!,
      post_logout_redirect_uri: 'http://acme.localhost:3000/',
      state: 'xyz',
    }).toString();

    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('http://acme.localhost:3000/?state=xyz');

    // Like Keycloak, the session's refresh tokens stop working.
    const { json } = await tokenRequest(
      form({ grant_type: 'refresh_token', refresh_token: tokens.refreshToken!, client_id: 'dispatch-web' }),
    );
    expect(json.error).toBe('invalid_grant');
  });

  it('refuses a post-logout URI the client did not register', async () => {
    const tokens = await idp.tokenFor('dispatch-acme', 'acme-driver', { clientId: 'dispatch-web' });
    const url = new URL(endpoint('logout'));
    url.search = form({
      id_token_hint: tokens.idToken!,
      post_logout_redirect_uri: 'http://evil.example/',
    }).toString();
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(400);
  });
});
