import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTenant, type TenantRow } from '@dispatch/db';
import { APP_ROLE } from '@dispatch/testkit';
import { demoRealms, startDevIdp, type DevIdp, type DevRealm } from '@dispatch/dev-idp';
import { useApiHarness } from '#src/test/api-harness';
import { TestBrowser } from '#src/test/test-browser';

/**
 * The browser sign-in end to end over real HTTP: the API listening on a port, the dev identity provider
 * (oidc-provider shaped like Keycloak) on another, and a cookie-jar "browser" following every redirect and
 * posting the sign-in form, as a person would.
 */
// IDP_CLIENT_SECRET_GLOBEX: the confidential client's secret as a configuration variable, for a reference to it.
const ctx = useApiHarness({ BASE_DOMAIN: 'localhost', IDP_CLIENT_SECRET_GLOBEX: 'dev-secret' });
let idp: DevIdp;
let port: number;
const tenants: Record<string, TenantRow> = {};

const origin = (slug: string) => `http://${slug}.localhost:${port}`;
const SHORT_TTL_SECONDS = 2;

beforeAll(async () => {
  port = Number(new URL(await ctx.app.listen({ port: 0, host: '127.0.0.1' })).port);
  const brief: DevRealm = {
    name: 'dispatch-brief',
    apiAudience: 'dispatch-api',
    accessTokenTtlSeconds: SHORT_TTL_SECONDS,
    users: [
      {
        username: 'brief-admin',
        name: 'Bo Brief',
        email: 'admin@brief.example',
        roles: ['dispatch-admin'],
        mfa: true,
      },
    ],
    clients: [
      {
        clientId: 'dispatch-web',
        redirectUris: [`${origin('brief')}/auth/callback`],
        postLogoutRedirectUris: [`${origin('brief')}/`],
        grantTypes: ['authorization_code', 'refresh_token'],
      },
    ],
  };
  idp = await startDevIdp({ realms: [...demoRealms({ webRedirectBase: origin }), brief] });
  for (const [slug, realm, webClientId] of [
    ['acme', 'dispatch-acme', 'dispatch-web'],
    ['globex', 'dispatch-globex', 'dispatch-web-confidential'],
    ['brief', 'dispatch-brief', 'dispatch-web'],
  ] as const) {
    const idpSettings = { issuer: idp.issuer(realm), apiAudience: 'dispatch-api', webClientId };
    const { tenant } = await provisionTenant(
      ctx.adminPool,
      { slug, name: `Tenant ${slug}`, tier: 'standard', idp: idpSettings },
      { appRole: APP_ROLE, actor: 'test' },
    );
    tenants[slug] = tenant;
  }
  // globex uses the confidential client: its secret is set through the platform API, sealed at rest.
  const patched = await ctx.app.inject({
    method: 'PATCH',
    url: `/platform/tenants/${tenants.globex!.id}`,
    headers: { authorization: `Bearer ${await ctx.platformToken()}` },
    payload: {
      idp: {
        issuer: idp.issuer('dispatch-globex'),
        apiAudience: 'dispatch-api',
        webClientId: 'dispatch-web-confidential',
        clientSecret: 'dev-secret',
      },
    },
  });
  expect(patched.statusCode).toBe(200);
  expect(JSON.stringify(patched.json())).not.toContain('dev-secret');
});

afterAll(async () => {
  await idp?.close();
});

/** Starts at /auth/login, signs in on the IdP's form as `username`, and stops at the API callback URL. */
async function signInAtIdp(browser: TestBrowser, slug: string, username: string, returnTo = '/board') {
  const login = await browser.get(`${origin(slug)}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  expect(login.status).toBe(302);
  const authorize = new URL(login.location!);
  const page = await browser.follow(authorize.href);
  expect(page.status).toBe(200);
  const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1];
  expect(action).toBeDefined();
  let response = await browser.request(new URL(action!.replaceAll('&amp;', '&'), authorize).href, {
    method: 'POST',
    form: { username, password: 'demo' },
  });
  for (
    let hop = 0;
    hop < 5 && response.location && !response.location.startsWith(`${origin(slug)}/auth/callback`);
    hop++
  ) {
    response = await browser.get(response.location);
  }
  expect(response.location).toMatch(new RegExp(`^${origin(slug)}/auth/callback\\?`));
  return { authorize, callbackUrl: response.location! };
}

async function signIn(browser: TestBrowser, slug: string, username: string, returnTo = '/board') {
  const { authorize, callbackUrl } = await signInAtIdp(browser, slug, username, returnTo);
  const callback = await browser.get(callbackUrl);
  return { authorize, callback };
}

const writeHeaders = (slug: string) => ({ 'x-requested-with': 'fetch', origin: origin(slug) });

describe('web sign-in against the dev identity provider', () => {
  it('signs in with code + PKCE, sets an httpOnly SameSite cookie, and /api/me answers with roles', async () => {
    const browser = new TestBrowser();
    const { authorize, callback } = await signIn(browser, 'acme', 'acme-admin', '/board?tab=1');

    expect(authorize.origin + authorize.pathname).toBe(
      `${idp.issuer('dispatch-acme')}/protocol/openid-connect/auth`,
    );
    for (const param of ['state', 'nonce', 'code_challenge'])
      expect(authorize.searchParams.get(param)).toBeTruthy();
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('client_id')).toBe('dispatch-web');
    expect(authorize.searchParams.get('acr_values')).toBe('mfa');

    expect(callback.status).toBe(303);
    expect(callback.location).toBe(`${origin('acme')}/board?tab=1`);
    const setCookie = ([] as string[])
      .concat(callback.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('dispatch_session='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);

    // Redis holds a hash of the cookie value as the key and sealed tokens as the value.
    const id = browser.cookie(`acme.localhost:${port}`, 'dispatch_session')!;
    const keys = await ctx.app.redis.keys(`dispatch:{t:${tenants.acme!.id}}:session:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((key) => key.includes(id))).toBe(false);
    // No JWT in clear: a compact JWS is `eyJ…` header, a dot, `eyJ…` payload. (A bare `eyJ` can occur by chance in
    // the base64url ciphertext, so the test looks for the token's shape, not three letters.)
    for (const key of keys) expect(await ctx.app.redis.get(key)).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\./);

    const me = await browser.get(`${origin('acme')}/api/me`);
    expect(me.status).toBe(200);
    expect(me.json()).toEqual({
      user: { sub: expect.any(String), name: 'Ada Admin', email: 'admin@acme.example' },
      roles: ['admin'],
      region: null,
      tenant: { id: tenants.acme!.id, slug: 'acme', name: 'Tenant acme', tier: 'standard' },
    });
  });

  it('works with a confidential client whose secret is stored encrypted', async () => {
    const browser = new TestBrowser();
    const { callback } = await signIn(browser, 'globex', 'globex-dispatcher');
    expect(callback.status).toBe(303);
    const me = await browser.get(`${origin('globex')}/api/me`);
    expect(me.json()).toMatchObject({ roles: ['dispatcher'], region: 'north', tenant: { slug: 'globex' } });
    const { rows } = await ctx.adminPool.query(
      'SELECT sealed FROM platform.tenant_idp_secrets WHERE tenant_id = $1',
      [tenants.globex!.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].sealed).not.toContain('dev-secret');
  });

  it('works with a confidential client whose secret is a reference to a configuration variable', async () => {
    // No stored secret any more: the settings name IDP_CLIENT_SECRET_GLOBEX, which the API read at start.
    await ctx.adminPool.query('DELETE FROM platform.tenant_idp_secrets WHERE tenant_id = $1', [
      tenants.globex!.id,
    ]);
    await ctx.adminPool.query(
      `UPDATE platform.tenants SET idp = idp || '{"clientSecretRef": "env:IDP_CLIENT_SECRET_GLOBEX"}' WHERE id = $1`,
      [tenants.globex!.id],
    );
    await ctx.app.tenants.invalidate();
    const browser = new TestBrowser();
    const { callback } = await signIn(browser, 'globex', 'globex-dispatcher');
    expect(callback.status).toBe(303);
    expect((await browser.get(`${origin('globex')}/api/me`)).status).toBe(200);
  });

  it('records the user on first sign-in for the access review', async () => {
    const browser = new TestBrowser();
    await signIn(browser, 'acme', 'acme-viewer');
    const admin = new TestBrowser();
    await signIn(admin, 'acme', 'acme-admin');
    const list = await admin.get(`${origin('acme')}/api/users?role=viewer`);
    expect(list.status).toBe(200);
    const viewer = list.json<{ items: { name: string; roles: string[]; lastSignInAt: string }[] }>().items[0];
    expect(viewer).toMatchObject({ name: 'Vic Viewer', roles: ['viewer'] });
    expect(Date.parse(viewer!.lastSignInAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses a callback carried to another browser (state bound to the browser that started it)', async () => {
    const victim = new TestBrowser();
    const attacker = new TestBrowser();
    const { callbackUrl } = await signInAtIdp(attacker, 'acme', 'acme-viewer');
    const response = await victim.get(callbackUrl);
    expect(response.status).toBe(400);
    expect(response.json().type).toMatch(/login-state-mismatch$/);
    expect(victim.cookie(`acme.localhost:${port}`, 'dispatch_session')).toBeUndefined();
  });

  it('refuses a replayed callback', async () => {
    const browser = new TestBrowser();
    const { callbackUrl } = await signInAtIdp(browser, 'acme', 'acme-viewer');
    const loginCookie = browser.cookie(`acme.localhost:${port}`, 'dispatch_login')!;
    expect((await browser.get(callbackUrl)).status).toBe(303);
    const replay = await browser.get(callbackUrl, { cookie: `dispatch_login=${loginCookie}` });
    expect(replay.status).toBe(400);
    expect(replay.json().type).toMatch(/login-expired$/);
  });

  it('never redirects back to another origin', async () => {
    const browser = new TestBrowser();
    const { callback } = await signIn(browser, 'acme', 'acme-viewer', '//evil.example/steal');
    expect(callback.location).toBe(`${origin('acme')}/`);
  });

  it('returns home instead of answering 500 when returnTo is not plain ASCII', async () => {
    const browser = new TestBrowser();
    const { callback } = await signIn(browser, 'acme', 'acme-viewer', '/böard?zone=Zürich');
    expect(callback.status).toBe(303);
    expect(callback.location).toBe(`${origin('acme')}/`);
  });

  it('refuses a returnTo longer than 512 characters with a problem naming the field', async () => {
    const response = await new TestBrowser().get(`${origin('acme')}/auth/login?returnTo=/${'a'.repeat(512)}`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toContain('returnTo');
  });

  it('keeps the login transaction in a sealed, httpOnly, short-lived cookie the browser cannot alter', async () => {
    const browser = new TestBrowser();
    const login = await browser.get(`${origin('acme')}/auth/login?returnTo=%2Fboard`);
    const setCookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('dispatch_login='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Max-Age=600/);
    const sealed = browser.cookie(`acme.localhost:${port}`, 'dispatch_login')!;
    expect(sealed).not.toContain('board');
    const state = new URL(login.location!).searchParams.get('state')!;
    // A flipped byte no longer opens: the callback treats it as an expired sign-in, never as a session. The
    // character replaced is always changed (choosing by another one left it as it was once in 64 runs).
    const at = sealed.length - 2;
    const tampered = `${sealed.slice(0, at)}${sealed[at] === 'A' ? 'B' : 'A'}${sealed.slice(at + 1)}`;
    expect(tampered).not.toBe(sealed);
    const response = await browser.get(`${origin('acme')}/auth/callback?state=${state}&code=x`, {
      cookie: `dispatch_login=${tampered}`,
    });
    expect(response.status).toBe(400);
    expect(response.json().type).toMatch(/login-expired$/);
  });

  it('protects cookie-authenticated writes against CSRF: header and same origin required', async () => {
    const browser = new TestBrowser();
    // Creating equipment types is for admins (domain.md roles).
    await signIn(browser, 'acme', 'acme-admin');
    const sessionCookie = browser.cookie(`acme.localhost:${port}`, 'dispatch_session')!;
    const inject = (headers: Record<string, string>) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/equipment-types',
        headers: { host: `acme.localhost:${port}`, cookie: `dispatch_session=${sessionCookie}`, ...headers },
        payload: { name: `Crane ${Math.random()}` },
      });
    const noHeader = await inject({ origin: origin('acme') });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().type).toMatch(/csrf-check-failed$/);
    const crossSite = await inject({ 'x-requested-with': 'fetch', origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    const sameOrigin = await inject(writeHeaders('acme'));
    expect(sameOrigin.statusCode).toBe(201);
    // Reads need no CSRF header.
    expect((await browser.get(`${origin('acme')}/api/equipment-types`)).status).toBe(200);
  });

  it('refreshes tokens server-side once the access token has expired', async () => {
    const browser = new TestBrowser();
    await signIn(browser, 'brief', 'brief-admin');
    const id = browser.cookie(`brief.localhost:${port}`, 'dispatch_session')!;
    const before = (await ctx.app.webSessions.store.get(tenants.brief!.id, id))!;
    expect(before.accessExpiresAt - before.createdAt).toBeLessThanOrEqual(SHORT_TTL_SECONDS);

    await new Promise((resolve) => setTimeout(resolve, (before.accessExpiresAt + 1) * 1000 - Date.now()));
    const me = await browser.get(`${origin('brief')}/api/me`);
    expect(me.status).toBe(200);
    expect(me.json().roles).toEqual(['admin']);
    const after = (await ctx.app.webSessions.store.get(tenants.brief!.id, id))!;
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.accessExpiresAt).toBeGreaterThan(before.accessExpiresAt);

    // Concurrent requests on an expired session share one refresh: the rotated refresh token is redeemed once.
    await new Promise((resolve) => setTimeout(resolve, (after.accessExpiresAt + 1) * 1000 - Date.now()));
    const parallel = await Promise.all([1, 2, 3, 4].map(() => browser.get(`${origin('brief')}/api/me`)));
    expect(parallel.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    const last = (await ctx.app.webSessions.store.get(tenants.brief!.id, id))!;
    expect(last.refreshToken).not.toBe(after.refreshToken);
  });

  it('logs out: the session ends here, then at the IdP (RP-initiated), and the next sign-in asks again', async () => {
    const browser = new TestBrowser();
    await signIn(browser, 'acme', 'acme-dispatcher');
    const host = `acme.localhost:${port}`;
    const id = browser.cookie(host, 'dispatch_session')!;

    const logout = await browser.request(`${origin('acme')}/auth/logout`, {
      method: 'POST',
      headers: writeHeaders('acme'),
    });
    expect(logout.status).toBe(200);
    const logoutUrl = new URL(logout.json<{ logoutUrl: string }>().logoutUrl);
    expect(logoutUrl.href.startsWith(`${idp.issuer('dispatch-acme')}/protocol/openid-connect/logout`)).toBe(
      true,
    );
    expect(logoutUrl.searchParams.get('id_token_hint')).toBeTruthy();
    expect(logoutUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${origin('acme')}/`);
    expect(browser.cookie(host, 'dispatch_session')).toBeUndefined();

    const stale = await ctx.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { host, cookie: `dispatch_session=${id}` },
    });
    expect(stale.statusCode).toBe(401);
    expect(stale.json().type).toMatch(/session-expired$/);

    const atIdp = await browser.get(logoutUrl.href);
    expect(atIdp.location).toBe(`${origin('acme')}/`);

    // The IdP session is gone too: signing in shows the form again instead of signing in silently.
    const again = await browser.get(`${origin('acme')}/auth/login`);
    const page = await browser.follow(again.location!);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<form method="post"');
  });

  it('ends a session whose tokens stop passing after the tenant changes its identity settings', async () => {
    const browser = new TestBrowser();
    await signIn(browser, 'globex', 'globex-viewer');
    expect((await browser.get(`${origin('globex')}/api/me`)).status).toBe(200);
    await ctx.adminPool.query(
      `UPDATE platform.tenants SET idp = jsonb_set(idp, '{apiAudience}', '"another-api"') WHERE id = $1`,
      [tenants.globex!.id],
    );
    await ctx.app.tenants.invalidate();
    const refused = await browser.get(`${origin('globex')}/api/me`);
    expect(refused.status).toBe(401);
    expect(refused.json().type).toMatch(/token-wrong-audience$/);
    const after = await browser.get(`${origin('globex')}/api/me`);
    expect(after.json().type).toMatch(/session-expired$/);
  });
});
