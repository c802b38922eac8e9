import { describe, expect, it } from 'vitest';
import { SignJWT, base64url } from 'jose';
import { useApiHarness } from '#src/test/api-harness';

const ctx = useApiHarness();

const listTenants = (authorization?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: '/platform/tenants',
    headers: authorization ? { authorization } : {},
  });

function unsignedToken(claims: Record<string, unknown>) {
  const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  return `${header}.${base64url.encode(JSON.stringify(claims))}.`;
}

const adminClaims = () => ({
  iss: ctx.platformIssuer.issuer,
  sub: 'someone',
  aud: 'dispatch-platform',
  realm_access: { roles: ['platform-admin'] },
  iat: Math.floor(Date.now() / 1000),
  exp: Math.floor(Date.now() / 1000) + 300,
});

describe('platform API authentication', () => {
  it('lets a platform-admin token through', async () => {
    const response = await listTenants(`Bearer ${await ctx.platformToken()}`);
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['no token', async () => undefined, 401, 'token-missing'],
    [
      'an expired token',
      async () =>
        `Bearer ${await ctx.platformIssuer.sign(adminClaims(), { expiresIn: Math.floor(Date.now() / 1000) - 120 })}`,
      401,
      'token-expired',
    ],
    ['alg none', async () => `Bearer ${unsignedToken(adminClaims())}`, 401, 'token-algorithm-not-allowed'],
    [
      'an HMAC token signed with the public key',
      async () => {
        const publicKeyAsSecret = new TextEncoder().encode(JSON.stringify(ctx.platformIssuer.publicJwk));
        const token = await new SignJWT(adminClaims())
          .setProtectedHeader({ alg: 'HS256', kid: ctx.platformIssuer.publicJwk.kid! })
          .sign(publicKeyAsSecret);
        return `Bearer ${token}`;
      },
      401,
      'token-algorithm-not-allowed',
    ],
    [
      'a tenant token',
      async () =>
        `Bearer ${await (await ctx.createTenant('plat-auth-tenant')).token(['dispatch-admin', 'platform-admin'])}`,
      401,
      'token-wrong-issuer',
    ],
    [
      'a token without platform-admin',
      async () => `Bearer ${await ctx.platformToken({ realm_access: { roles: ['dispatch-admin'] } })}`,
      403,
      'role-required',
    ],
    [
      'a token for another audience',
      async () => `Bearer ${await ctx.platformToken({ aud: 'something-else' })}`,
      401,
      'token-wrong-audience',
    ],
    ['a malformed header', async () => 'Bearer not.a.jwt', 401, 'token-invalid'],
  ])('rejects %s', async (_name, authorization, status, type) => {
    const response = await listTenants(await authorization());
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().type).toMatch(new RegExp(`${type}$`));
    expect(response.body).not.toContain('"n":');
  });
});
