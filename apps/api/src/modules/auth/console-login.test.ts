import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRealms, startDevIdp, PLATFORM_WEB_CLIENT_ID, type DevIdp } from '@dispatch/dev-idp';
import { createApiTestContext, type ApiTestContext } from '#src/test/api-test-context';
import { TestBrowser } from '#src/test/test-browser';

/**
 * The platform console's sign-in over real HTTP: the platform host (`platform.localhost`) signs platform admins
 * in through the platform issuer with the tenant hosts' backend-for-frontend flow, and the session cookie then
 * stands for a platform-admin token on `/platform/*` (CSRF-checked writes), on that host only.
 */
let ctx: ApiTestContext;
let idp: DevIdp;
let port: number;
const origin = (label: string) => `http://${label}.localhost:${port}`;

/** A port nobody listens on now: the IdP's issuer must be known before the API starts, its redirects after. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as AddressInfo;
      server.close(() => resolve(free));
    });
  });
}

beforeAll(async () => {
  const idpPort = await freePort();
  ctx = await createApiTestContext({
    BASE_DOMAIN: 'localhost',
    PLATFORM_OIDC_ISSUER: `http://127.0.0.1:${idpPort}/realms/platform`,
    PLATFORM_WEB_CLIENT_ID,
  });
  port = Number(new URL(await ctx.app.listen({ port: 0, host: '127.0.0.1' })).port);
  idp = await startDevIdp({ port: idpPort, realms: demoRealms({ webRedirectBase: origin }) });
});
afterAll(async () => {
  await ctx?.close();
  await idp?.close();
});

/** Signs in on the console host as `username` and follows the redirects back to the console. */
async function signInToConsole(browser: TestBrowser, username: string) {
  const login = await browser.get(`${origin('platform')}/auth/login?returnTo=%2Ftenants`);
  expect(login.status).toBe(302);
  const authorize = new URL(login.location!);
  expect(authorize.href.startsWith(`${idp.issuer('platform')}/`)).toBe(true);
  expect(authorize.searchParams.get('client_id')).toBe(PLATFORM_WEB_CLIENT_ID);
  const page = await browser.follow(authorize.href);
  const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1];
  let response = await browser.request(new URL(action!.replaceAll('&amp;', '&'), authorize).href, {
    method: 'POST',
    form: { username, password: 'demo' },
  });
  for (let hop = 0; hop < 5 && response.location && !response.location.startsWith(origin('platform')); hop++)
    response = await browser.get(response.location);
  expect(response.location).toMatch(new RegExp(`^${origin('platform')}/auth/callback\\?`));
  return browser.get(response.location!);
}

describe('platform console sign-in', () => {
  it('signs a platform admin in on the platform host, and the cookie then calls /platform/*', async () => {
    const browser = new TestBrowser();
    const callback = await signInToConsole(browser, 'platform-admin');
    expect(callback.status).toBe(303);
    expect(callback.location).toBe(`${origin('platform')}/tenants`);
    expect(browser.cookie(`platform.localhost:${port}`, 'dispatch_session')).toBeDefined();

    const me = await browser.get(`${origin('platform')}/platform/me`);
    expect(me.status).toBe(200);
    expect(me.json()).toEqual({ user: { sub: expect.any(String), name: 'platform-admin' } });
    const tenants = await browser.get(`${origin('platform')}/platform/tenants`);
    expect(tenants.status).toBe(200);
  });

  it('checks CSRF on console writes like on tenant hosts', async () => {
    const browser = new TestBrowser();
    await signInToConsole(browser, 'platform-admin');
    const forged = await browser.request(`${origin('platform')}/platform/migrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect(forged.json().type).toMatch(/csrf-check-failed$/);
    const allowed = await browser.request(`${origin('platform')}/platform/migrations`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'fetch',
        origin: origin('platform'),
      },
    });
    expect(allowed.status).toBe(202);
  });

  it('accepts the console cookie on the platform host only', async () => {
    const browser = new TestBrowser();
    await signInToConsole(browser, 'platform-admin');
    const id = browser.cookie(`platform.localhost:${port}`, 'dispatch_session')!;
    // The same cookie value sent to another host (a tenant's, or the shared API host) is nobody.
    for (const host of [`acme.localhost:${port}`, `localhost:${port}`]) {
      const response = await ctx.app.inject({
        url: '/platform/tenants',
        headers: { host, cookie: `dispatch_session=${id}` },
      });
      expect(response.statusCode).toBe(401);
    }
  });

  it('ends the console session on sign-out, back to the platform host', async () => {
    const browser = new TestBrowser();
    await signInToConsole(browser, 'platform-admin');
    const logout = await browser.request(`${origin('platform')}/auth/logout`, {
      method: 'POST',
      headers: { 'x-requested-with': 'fetch', origin: origin('platform') },
    });
    expect(logout.status).toBe(200);
    const { logoutUrl } = logout.json<{ logoutUrl: string }>();
    expect(logoutUrl.startsWith(`${idp.issuer('platform')}/`)).toBe(true);
    expect(new URL(logoutUrl).searchParams.get('post_logout_redirect_uri')).toBe(`${origin('platform')}/`);
    expect((await browser.get(`${origin('platform')}/platform/me`)).status).toBe(401);
  });
});
