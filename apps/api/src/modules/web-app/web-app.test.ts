import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTenant, type TenantRow } from '@dispatch/db';
import { APP_ROLE } from '@dispatch/testkit';
import { createApiTestContext, type ApiTestContext } from '#src/test/api-test-context';

/** The app served per tenant, from a temporary build folder shaped like Vite's output. */
let ctx: ApiTestContext;
let dist: string;
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-3f9a1c.js"></script></head><body><div id="root"></div></body></html>';

async function tenantWith(slug: string, idp: Record<string, unknown>): Promise<TenantRow> {
  const { tenant } = await provisionTenant(
    ctx.adminPool,
    { slug, name: `Tenant ${slug}`, tier: 'standard', idp },
    { appRole: APP_ROLE, actor: 'test' },
  );
  // Provisioned behind the API's back: tell its tenant directory, as the platform API would.
  await ctx.app.tenants.invalidate();
  return tenant;
}

let issuerBase: string;
/** Each tenant trusts its own realm (an issuer belongs to one tenant only). */
const issuerOf = (slug: string) => `${issuerBase}${slug}`;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'dispatch-web-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'assets', 'app-3f9a1c.js'), 'console.log("app")');
  await writeFile(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  ctx = await createApiTestContext({ WEB_DIST_DIR: dist });
  issuerBase = ctx.platformIssuer.issuer.replace(/\/realms\/.*$/, '/realms/');
});
afterAll(async () => {
  await ctx?.close();
  await rm(dist, { recursive: true, force: true });
});

const page = (host: string, url: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ url, headers: { host, accept: 'text/html,application/xhtml+xml', ...headers } });

describe('the web app on a tenant host', () => {
  it('sends a browser that is not signed in to sign in, and back to where it was headed', async () => {
    await tenantWith('web-out', {
      issuer: issuerOf('web-out'),
      apiAudience: 'dispatch-api',
      webClientId: 'dispatch-web',
    });
    const response = await page('web-out.dispatch.test', '/board?view=queue');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(`/auth/login?returnTo=${encodeURIComponent('/board?view=queue')}`);
  });

  it('serves the app shell to a signed-in browser for any app route, never cached, under a strict CSP', async () => {
    const tenant = await tenantWith('web-in', {
      issuer: issuerOf('web-in'),
      apiAudience: 'dispatch-api',
      webClientId: 'dispatch-web',
    });
    const { id } = await ctx.app.webSessions.store.create({
      tenantId: tenant.id,
      sub: 'user-1',
      accessToken: 'opaque',
      accessExpiresAt: Math.floor(Date.now() / 1000) + 300,
    });
    for (const url of ['/', '/board', '/work-orders/123?tab=notes']) {
      const response = await page('web-in.dispatch.test', url, { cookie: `dispatch_session=${id}` });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(INDEX);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    // Another tenant's session id is no session here.
    await tenantWith('web-other', {
      issuer: issuerOf('web-other'),
      apiAudience: 'dispatch-api',
      webClientId: 'dispatch-web',
    });
    const elsewhere = await page('web-other.dispatch.test', '/board', { cookie: `dispatch_session=${id}` });
    expect(elsewhere.statusCode).toBe(302);
  });

  it('serves hashed assets with a year-long immutable cache and root files revalidated', async () => {
    const asset = await ctx.app.inject({
      url: '/assets/app-3f9a1c.js',
      headers: { host: 'web-in.dispatch.test' },
    });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await ctx.app.inject({ url: '/favicon.svg', headers: { host: 'web-in.dispatch.test' } });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=0');
    const missing = await ctx.app.inject({
      url: '/assets/gone-000000.js',
      headers: { host: 'web-in.dispatch.test' },
    });
    expect(missing.statusCode).toBe(404);
    const escape = await ctx.app.inject({
      url: '/assets/..%2f..%2fetc%2fpasswd',
      headers: { host: 'web-in.dispatch.test' },
    });
    expect(escape.statusCode).toBeGreaterThanOrEqual(400);
    expect(escape.body).not.toContain('root:');
  });
});

describe('a browser navigation never shows raw JSON', () => {
  const expectPage = (response: Awaited<ReturnType<typeof page>>, status: number, heading: string) => {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.body).toContain(`<h1>${heading}</h1>`);
    expect(response.body).not.toMatch(/https?:\/\/(?!dispatch)[a-z]/); // no external assets
  };

  it('explains an unknown tenant', async () => {
    const response = await page('nobody-here.dispatch.test', '/');
    expectPage(response, 404, 'No workspace at this address');
    expect(response.body).toContain('nobody-here.dispatch.test');
    expectPage(await page('dispatch.test', '/board'), 404, 'No workspace at this address');
  });

  it('explains a suspended tenant', async () => {
    const tenant = await tenantWith('web-paused', {
      issuer: issuerOf('web-paused'),
      apiAudience: 'dispatch-api',
      webClientId: 'dispatch-web',
    });
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/platform/tenants/${tenant.id}`,
      headers: { authorization: `Bearer ${await ctx.platformToken()}` },
      payload: { status: 'suspended' },
    });
    expect(patched.statusCode).toBe(200);
    expectPage(await page('web-paused.dispatch.test', '/board'), 403, 'This workspace is suspended');
    expectPage(await page('web-paused.dispatch.test', '/auth/login'), 403, 'This workspace is suspended');
  });

  it('explains a tenant without web sign-in', async () => {
    await tenantWith('web-none', { issuer: issuerOf('web-none'), apiAudience: 'dispatch-api' });
    expectPage(await page('web-none.dispatch.test', '/'), 409, 'Web sign-in is not set up');
    expectPage(await page('web-none.dispatch.test', '/auth/login'), 409, 'Web sign-in is not set up');
  });

  it('explains a platform host whose console has no sign-in client configured', async () => {
    expectPage(await page('platform.dispatch.test', '/tenants'), 409, 'Web sign-in is not set up');
  });

  it('explains an identity provider that cannot be reached, with a way to try again', async () => {
    await tenantWith('web-idp-down', {
      issuer: 'http://127.0.0.1:9/realms/gone',
      apiAudience: 'dispatch-api',
      webClientId: 'dispatch-web',
    });
    const response = await page('web-idp-down.dispatch.test', '/auth/login?returnTo=%2Fboard');
    expectPage(response, 503, 'Sign-in is unavailable right now');
    expect(response.body).toContain('href="/auth/login?returnTo=%2Fboard"');
  });

  it('keeps problem+json on API paths and for scripts, whatever they accept', async () => {
    for (const url of ['/api/nothing', '/platform/nothing', '/api/me']) {
      const response = await page('nobody-here.dispatch.test', url);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const script = await ctx.app.inject({
      url: '/auth/login',
      headers: { host: 'nobody-here.dispatch.test', accept: 'application/json' },
    });
    expect(script.statusCode).toBe(404);
    expect(script.headers['content-type']).toContain('application/problem+json');
  });

  it('answers a script asking for an app route without a session with 401, not a redirect', async () => {
    const response = await ctx.app.inject({
      url: '/board',
      headers: { host: 'web-in.dispatch.test', accept: 'application/json' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
