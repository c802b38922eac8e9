import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRealms, startDevIdp, type DevIdp } from './index';

let idp: DevIdp;
beforeAll(async () => {
  idp = await startDevIdp({
    realms: demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost:3000` }),
  });
});
afterAll(() => idp.close());

// RFC 7636 appendix B example pair.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const CALLBACK = 'http://acme.localhost:3000/auth/callback';

/** A browser without JavaScript: keeps cookies (ignoring paths, one realm only) and follows redirects by hand. */
class Browser {
  readonly cookies = new Map<string, string>();

  async get(url: URL | string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: this.cookieHeader() },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return res;
  }

  post(url: URL | string, fields: Record<string, string>): Promise<Response> {
    const body = new URLSearchParams(fields);
    return this.get(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /** Follows redirects until one leaves the IdP. */
  async follow(res: Response, base: URL): Promise<string> {
    let location = res.headers.get('location');
    while (location && new URL(location, base).origin === base.origin) {
      location = (await this.get(new URL(location, base))).headers.get('location');
    }
    return location ?? '';
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

function authorizeUrl(extra: Record<string, string> = {}): URL {
  const url = new URL(`${idp.issuer('dispatch-acme')}/protocol/openid-connect/auth`);
  url.search = new URLSearchParams({
    client_id: 'dispatch-web',
    redirect_uri: CALLBACK,
    response_type: 'code',
    scope: 'openid profile email',
    state: 'st',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...extra,
  }).toString();
  return url;
}

async function openSignInPage(browser: Browser, extra: Record<string, string> = {}) {
  const authorize = authorizeUrl(extra);
  const start = await browser.get(authorize);
  expect(start.status).toBe(303);
  const pageUrl = new URL(start.headers.get('location')!, authorize);
  const page = await browser.get(pageUrl);
  return { pageUrl, status: page.status, html: await page.text() };
}

function loginAction(html: string, pageUrl: URL): URL {
  const action = /<form method="post" action="([^"]+)" id="login">/.exec(html)?.[1];
  expect(action).toBeDefined();
  return new URL(action!.replaceAll('&amp;', '&'), pageUrl);
}

describe('sign-in page', () => {
  it('lists the seeded users with their roles and region', async () => {
    const { status, html } = await openSignInPage(new Browser());
    expect(status).toBe(200);
    expect(html).toContain('acme-dispatcher-south');
    expect(html).toContain('dispatch-dispatcher');
    expect(html).toContain('region south');
    expect(html).not.toContain('<script');
  });

  it('signs in through a plain form POST and redirects to the client with a code, without a consent page', async () => {
    const browser = new Browser();
    const { pageUrl, html } = await openSignInPage(browser);
    const res = await browser.post(loginAction(html, pageUrl), { username: 'acme-viewer', password: 'demo' });
    const callback = new URL(await browser.follow(res, pageUrl));

    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
    expect(callback.searchParams.get('code')).toEqual(expect.any(String));
    expect(callback.searchParams.get('state')).toBe('st');
    expect(callback.searchParams.get('iss')).toBe(idp.issuer('dispatch-acme'));
  });

  it('shows the form again with an error for a wrong password', async () => {
    const browser = new Browser();
    const { pageUrl, html } = await openSignInPage(browser);
    const res = await browser.post(loginAction(html, pageUrl), { username: 'acme-viewer', password: 'nope' });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Invalid username or password.');
  });

  it('keeps the browser signed in (SSO) until RP-initiated logout with id_token_hint ends the session', async () => {
    const browser = new Browser();
    const { pageUrl, html } = await openSignInPage(browser);
    const signedIn = await browser.post(loginAction(html, pageUrl), {
      username: 'acme-driver',
      password: 'demo',
    });
    const code = new URL(await browser.follow(signedIn, pageUrl)).searchParams.get('code')!;

    const tokenRes = await fetch(`${idp.issuer('dispatch-acme')}/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: CALLBACK,
        code_verifier: VERIFIER,
        client_id: 'dispatch-web',
      }),
    });
    const { id_token: idToken } = (await tokenRes.json()) as { id_token: string };
    expect(decodeJwt(idToken).preferred_username).toBe('acme-driver');

    // Signed in already: the next authorization goes straight back to the client.
    const sso = await browser.get(authorizeUrl());
    expect(sso.headers.get('location')).toMatch(/^http:\/\/acme\.localhost:3000\/auth\/callback\?code=/);

    const logout = new URL(`${idp.issuer('dispatch-acme')}/protocol/openid-connect/logout`);
    logout.search = new URLSearchParams({
      id_token_hint: idToken,
      post_logout_redirect_uri: 'http://acme.localhost:3000/',
    }).toString();
    const loggedOut = await browser.get(logout);
    expect(loggedOut.status).toBe(302);
    expect(loggedOut.headers.get('location')).toBe('http://acme.localhost:3000/');
    expect(browser.cookies.has('_session')).toBe(false);

    const again = await browser.get(authorizeUrl());
    expect(again.headers.get('location')).toMatch(/\/realms\/dispatch-acme\/interaction\//);
  });

  it('asks for confirmation on logout without id_token_hint; posting the form signs out', async () => {
    const browser = new Browser();
    const { pageUrl, html } = await openSignInPage(browser);
    await browser.follow(
      await browser.post(loginAction(html, pageUrl), { username: 'acme-viewer', password: 'demo' }),
      pageUrl,
    );

    const logout = new URL(`${idp.issuer('dispatch-acme')}/protocol/openid-connect/logout`);
    logout.search = new URLSearchParams({
      client_id: 'dispatch-web',
      post_logout_redirect_uri: 'http://acme.localhost:3000/',
    }).toString();
    const confirm = await (await browser.get(logout)).text();
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(confirm)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm)?.[1];

    const done = await browser.post(action!, { xsrf: xsrf!, logout: 'yes' });
    expect(done.headers.get('location')).toBe('http://acme.localhost:3000/');
  });

  it('fits a phone: a viewport meta tag and full-width controls', async () => {
    const { html } = await openSignInPage(new Browser());
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('signs in with the password only when asked, even when the client requested a second factor', async () => {
    async function tokenAfter(fields: Record<string, string>) {
      const browser = new Browser();
      const { pageUrl, html } = await openSignInPage(browser, { acr_values: 'mfa' });
      expect(html).toContain('second factor requested');
      expect(html).toContain('Password only');
      const signedIn = await browser.post(loginAction(html, pageUrl), fields);
      const code = new URL(await browser.follow(signedIn, pageUrl)).searchParams.get('code')!;
      const tokenRes = await fetch(`${idp.issuer('dispatch-acme')}/protocol/openid-connect/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: CALLBACK,
          code_verifier: VERIFIER,
          client_id: 'dispatch-web',
        }),
      });
      return decodeJwt(((await tokenRes.json()) as { access_token: string }).access_token);
    }
    const passwordOnly = await tokenAfter({ username: 'acme-admin', password: 'demo', mfa: '0' });
    expect(passwordOnly).toMatchObject({ acr: '1', amr: ['pwd'] });
    const asRequested = await tokenAfter({ username: 'acme-admin', password: 'demo' });
    expect(asRequested).toMatchObject({ acr: 'mfa', amr: ['pwd', 'otp'] });
  });
});
