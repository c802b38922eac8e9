import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignJWT, base64url } from 'jose';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';

const ctx = useApiHarness();
let keyMaterial: unknown = 'no key material was seen';
afterEach(() => {
  vi.useRealTimers();
});

const now = () => Math.floor(Date.now() / 1000);

function call(host: string, token?: string) {
  return ctx.app.inject({
    method: 'GET',
    url: '/api/me',
    headers: { host, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

async function expectRefused(host: string, token: string, status: number, type: string) {
  const response = await call(host, token);
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json().type).toBe(`https://dispatch.dev/problems/${type}`);
  // Refusals never echo the token or key material.
  expect(response.body).not.toContain(token.split('.')[1]!.slice(0, 20));
  expect(response.body).not.toContain(String(keyMaterial).slice(0, 20));
  return response;
}

const claims = (extra: Record<string, unknown> = {}) => ({
  sub: 'user-1',
  aud: 'dispatch-api',
  realm_access: { roles: ['dispatch-viewer'] },
  ...extra,
});

describe('token validation', () => {
  let tenant: TestTenant;
  beforeAll(async () => {
    tenant = await ctx.createTenant('tokens');
    keyMaterial = tenant.issuer.publicJwk.n;
  });

  it('accepts a valid token and maps its roles', async () => {
    const response = await call(tenant.host, await tenant.issuer.sign(claims()));
    expect(response.statusCode).toBe(200);
    expect(response.json().roles).toEqual(['viewer']);
  });

  it('refuses a token naming another issuer (401 token-wrong-issuer)', async () => {
    const token = await tenant.issuer.sign(claims({ iss: 'https://evil.example/realms/dispatch-tokens' }));
    await expectRefused(tenant.host, token, 401, 'token-wrong-issuer');
  });

  it('refuses a token for another audience (401 token-wrong-audience), and accepts the API as azp', async () => {
    await expectRefused(
      tenant.host,
      await tenant.issuer.sign(claims({ aud: 'account' })),
      401,
      'token-wrong-audience',
    );
    const viaAzp = await tenant.issuer.sign(claims({ aud: 'account', azp: 'dispatch-api' }));
    expect((await call(tenant.host, viaAzp)).statusCode).toBe(200);
  });

  it('refuses an expired token beyond the 60 s skew, accepts one within it', async () => {
    const expired = await tenant.issuer.sign(claims(), { expiresIn: now() - 120 });
    await expectRefused(tenant.host, expired, 401, 'token-expired');
    const withinSkew = await tenant.issuer.sign(claims(), { expiresIn: now() - 30 });
    expect((await call(tenant.host, withinSkew)).statusCode).toBe(200);
  });

  it('refuses a token that is not valid yet (401 token-not-yet-valid)', async () => {
    const future = await tenant.issuer.sign(claims(), { notBefore: now() + 300, expiresIn: now() + 900 });
    await expectRefused(tenant.host, future, 401, 'token-not-yet-valid');
  });

  it('refuses a token with an empty or blank sub (401 token-invalid)', async () => {
    for (const sub of ['', '   ']) {
      await expectRefused(tenant.host, await tenant.issuer.sign(claims({ sub })), 401, 'token-invalid');
    }
  });

  it('refuses a token whose lifetime exceeds 24 h by default, accepts one of exactly 24 h', async () => {
    const long = await tenant.issuer.sign(claims({ iat: now() }), { expiresIn: now() + 24 * 3600 + 1 });
    await expectRefused(tenant.host, long, 401, 'token-lifetime-too-long');
    const day = await tenant.issuer.sign(claims({ iat: now() }), { expiresIn: now() + 24 * 3600 });
    expect((await call(tenant.host, day)).statusCode).toBe(200);
  });

  it('refuses a token issued in the future beyond the 60 s skew, accepts one within it', async () => {
    const future = await tenant.issuer.sign(claims({ iat: now() + 300 }), { expiresIn: now() + 900 });
    await expectRefused(tenant.host, future, 401, 'token-issued-in-future');
    const withinSkew = await tenant.issuer.sign(claims({ iat: now() + 30 }), { expiresIn: now() + 900 });
    expect((await call(tenant.host, withinSkew)).statusCode).toBe(200);
  });

  it('maps IdP roles named like Object.prototype members to no role', async () => {
    const token = await tenant.issuer.sign(
      claims({ realm_access: { roles: ['dispatch-viewer', 'constructor', 'toString', '__proto__'] } }),
    );
    const response = await call(tenant.host, token);
    expect(response.statusCode).toBe(200);
    expect(response.json().roles).toEqual(['viewer']);
  });

  it('refuses alg "none" (unsigned) tokens', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const body = base64url.encode(
      JSON.stringify({ ...claims(), iss: tenant.issuer.issuer, iat: now(), exp: now() + 300 }),
    );
    await expectRefused(tenant.host, `${header}.${body}.`, 401, 'token-algorithm-not-allowed');
  });

  it('refuses HS256 signed with the public key (algorithm confusion)', async () => {
    const publicKeyBytes = new TextEncoder().encode(JSON.stringify(tenant.issuer.publicJwk));
    const token = await new SignJWT({ ...claims() })
      .setProtectedHeader({ alg: 'HS256', kid: tenant.issuer.publicJwk.kid!, typ: 'JWT' })
      .setIssuer(tenant.issuer.issuer)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(publicKeyBytes);
    await expectRefused(tenant.host, token, 401, 'token-algorithm-not-allowed');
  });

  it('refuses a token whose signature does not verify (401 token-bad-signature)', async () => {
    const [header, payload] = (await tenant.issuer.sign(claims())).split('.');
    const other = (await tenant.issuer.sign(claims({ sub: 'someone-else' }))).split('.')[2];
    await expectRefused(tenant.host, `${header}.${payload}.${other}`, 401, 'token-bad-signature');
  });

  it("refuses tenant A's token on tenant B's host (401), whatever its roles", async () => {
    const other = await ctx.createTenant('tokens-other');
    const token = await other.token(['dispatch-admin'], { amr: ['pwd', 'otp'] });
    await expectRefused(tenant.host, token, 401, 'token-wrong-issuer');
  });
});

describe('signing keys', () => {
  it('refreshes the JWKS exactly once for an unknown kid, then answers 401; refreshes again only after the cooldown', async () => {
    const tenant = await ctx.createTenant('keys-unknown');
    const unknown = await tenant.issuer.sign(claims(), { kid: 'never-published' });
    await expectRefused(tenant.host, unknown, 401, 'token-unknown-key');
    expect(tenant.issuer.jwksFetches()).toBe(1);
    await expectRefused(tenant.host, unknown, 401, 'token-unknown-key');
    expect(tenant.issuer.jwksFetches()).toBe(1);

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 });
    await expectRefused(tenant.host, unknown, 401, 'token-unknown-key');
    expect(tenant.issuer.jwksFetches()).toBe(2);
  });

  it('picks up a rotated key through the unknown-kid refresh', async () => {
    const tenant = await ctx.createTenant('keys-rotate');
    expect((await call(tenant.host, await tenant.issuer.sign(claims()))).statusCode).toBe(200);
    await tenant.issuer.rotate();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 });
    expect((await call(tenant.host, await tenant.issuer.sign(claims()))).statusCode).toBe(200);
    expect(tenant.issuer.jwksFetches()).toBe(2);
  });

  it('keeps validating with cached keys while the IdP is down, and still never accepts an expired token', async () => {
    const tenant = await ctx.createTenant('keys-down');
    expect((await call(tenant.host, await tenant.issuer.sign(claims()))).statusCode).toBe(200);
    tenant.issuer.setDown(true);
    // Past the cache's max age: a background refresh fails, the cached keys stay.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 11 * 60_000 });
    expect((await call(tenant.host, await tenant.issuer.sign(claims()))).statusCode).toBe(200);
    expect((await call(tenant.host, await tenant.issuer.sign(claims()))).statusCode).toBe(200);
    const expired = await tenant.issuer.sign(claims(), { expiresIn: now() - 120 });
    await expectRefused(tenant.host, expired, 401, 'token-expired');
  });

  it('answers 503 idp-unavailable when the IdP is down and no keys were ever fetched', async () => {
    const tenant = await ctx.createTenant('keys-none');
    tenant.issuer.setDown(true);
    await expectRefused(tenant.host, await tenant.issuer.sign(claims()), 503, 'idp-unavailable');
  });
});

describe('roles claim', () => {
  it('reads roles from resource_access.<client id with dashes>.roles when the tenant says so', async () => {
    const tenant = await ctx.createTenant('client-roles');
    const platform = { authorization: `Bearer ${await ctx.platformToken()}` };
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/platform/tenants/${tenant.row.id}`,
      headers: platform,
      payload: {
        idp: {
          issuer: tenant.issuer.issuer,
          apiAudience: 'dispatch-api',
          rolesClaim: 'resource_access.dispatch-web.roles',
          roleMap: { 'ops-dispatcher': 'dispatcher' },
        },
      },
    });
    expect(patched.statusCode).toBe(200);
    const token = await tenant.issuer.sign(
      claims({
        realm_access: { roles: ['dispatch-admin'] },
        resource_access: { 'dispatch-web': { roles: ['ops-dispatcher'] } },
        amr: ['otp'],
      }),
    );
    const response = await call(tenant.host, token);
    expect(response.statusCode).toBe(200);
    expect(response.json().roles).toEqual(['dispatcher']);
  });
});
