import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRealms, startDevIdp, type DevIdp } from '@dispatch/dev-idp';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import { readBacklog } from '#src/modules/realtime/realtime.backlog';
import { demoTenantIdpSettings } from './demo';

const ctx = useApiHarness();
let idp: DevIdp;
beforeAll(async () => {
  idp = await startDevIdp({
    realms: demoRealms({ webRedirectBase: (slug) => `http://${slug}.localhost:3000` }),
  });
});
afterAll(async () => {
  await idp?.close();
});

const SECRET = 'dev-secret';

async function settings(tenant: TestTenant, method: 'GET' | 'PUT', payload?: object, token?: string) {
  return ctx.app.inject({
    method,
    url: '/api/settings/idp',
    headers: {
      host: tenant.host,
      authorization: `Bearer ${token ?? (await tenant.token(['dispatch-admin']))}`,
    },
    ...(payload ? { payload } : {}),
  });
}

const registryRow = async (tenant: TestTenant) =>
  (await ctx.adminPool.query('SELECT idp, idp_issuer FROM platform.tenants WHERE id = $1', [tenant.row.id]))
    .rows[0];
const sealedSecrets = async (tenant: TestTenant) =>
  (
    await ctx.adminPool.query(
      'SELECT client_id, sealed FROM platform.tenant_idp_secrets WHERE tenant_id = $1',
      [tenant.row.id],
    )
  ).rows;

describe('GET /api/settings/idp', () => {
  it('shows every stored field as stored, the effective settings with Keycloak defaults, and no secret', async () => {
    const tenant = await ctx.createTenant('idp-read');
    const response = await settings(tenant, 'GET');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      issuer: tenant.issuer.issuer,
      apiAudience: 'dispatch-api',
      clientSecretStatus: { set: false, source: null, reference: null, updatedAt: null },
      effective: {
        issuer: tenant.issuer.issuer,
        jwksUri: null,
        apiAudience: ['dispatch-api'],
        webClientId: null,
        rolesClaim: 'realm_access.roles',
        roleMap: expect.objectContaining({ 'dispatch-admin': 'admin', 'dispatch-viewer': 'viewer' }),
        regionClaim: 'region',
        mfa: {
          roles: ['admin', 'dispatcher'],
          acrValues: ['mfa'],
          amrValues: expect.arrayContaining(['otp']),
          exemptClients: [],
        },
      },
    });
  });

  it('round-trips: PUT of what GET returned changes nothing (MFA exemptions, secret reference and row kept)', async () => {
    const tenant = await ctx.createTenant('idp-roundtrip');
    // A realm of the dev IdP: full discovery (web-login endpoints), so the dry run passes with a web client.
    const full = {
      issuer: idp.issuer('dispatch-acme'),
      jwksUri: `${idp.issuer('dispatch-acme')}/protocol/openid-connect/certs`,
      apiAudience: ['dispatch-api', 'dispatch-mobile'],
      webClientId: 'dispatch-web-confidential',
      rolesClaim: 'realm_access.roles',
      roleMap: { 'dispatch-admin': 'admin', 'ops-lead': 'dispatcher' },
      regionClaim: 'depot',
      mfa: {
        roles: ['admin'],
        acrValues: ['mfa'],
        amrValues: ['otp', 'mfa'],
        exemptClients: ['integration-bot'],
      },
      clientSecretRef: 'env:IDP_CLIENT_SECRET_ROUNDTRIP',
    };
    await ctx.adminPool.query('UPDATE platform.tenants SET idp = $2, idp_issuer = $3 WHERE id = $1', [
      tenant.row.id,
      full,
      full.issuer,
    ]);
    ctx.app.tenants.clear();
    const { accessToken: token } = await idp.tokenFor('dispatch-acme', 'acme-admin');

    const rowBefore = (
      await ctx.adminPool.query('SELECT * FROM platform.tenants WHERE id = $1', [tenant.row.id])
    ).rows[0];
    const auditBefore = (
      await ctx.adminPool.query('SELECT count(*)::int AS n FROM platform.audit_events WHERE tenant_id = $1', [
        tenant.row.id,
      ])
    ).rows[0].n;
    const first = await settings(tenant, 'GET', undefined, token);
    expect(first.statusCode).toBe(200);
    const { clientSecretRef, ...editable } = full;
    expect(first.json()).toMatchObject({
      ...editable,
      clientSecretStatus: { set: true, source: 'reference', reference: clientSecretRef, updatedAt: null },
    });

    const put = await settings(tenant, 'PUT', first.json(), token);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual(first.json());
    const second = await settings(tenant, 'GET', undefined, token);
    expect(second.json()).toEqual(first.json());

    const rowAfter = (
      await ctx.adminPool.query('SELECT * FROM platform.tenants WHERE id = $1', [tenant.row.id])
    ).rows[0];
    expect(rowAfter).toEqual(rowBefore);
    expect(rowAfter.idp.mfa.exemptClients).toEqual(['integration-bot']);
    const auditAfter = (
      await ctx.adminPool.query('SELECT count(*)::int AS n FROM platform.audit_events WHERE tenant_id = $1', [
        tenant.row.id,
      ])
    ).rows[0].n;
    expect(auditAfter).toBe(auditBefore);
  });
});

describe('PUT /api/settings/idp', () => {
  it('fails the dry run for an unreachable issuer and changes nothing (422)', async () => {
    const tenant = await ctx.createTenant('idp-bad');
    const before = await registryRow(tenant);
    const response = await settings(tenant, 'PUT', {
      issuer: 'http://127.0.0.1:9/realms/nowhere',
      webClientId: 'dispatch-web-confidential',
      clientSecret: SECRET,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      type: 'https://dispatch.dev/problems/idp-check-failed',
      errors: [{ field: 'issuer', message: expect.stringContaining('discovery') }],
    });
    expect(await registryRow(tenant)).toEqual(before);
    expect(await sealedSecrets(tenant)).toEqual([]);
    // Still served by the old issuer.
    expect((await settings(tenant, 'GET')).statusCode).toBe(200);
  });

  it('fails when discovery names another issuer, or the JWKS has no keys', async () => {
    const tenant = await ctx.createTenant('idp-mismatch');
    const mismatch = await settings(tenant, 'PUT', { issuer: `${idp.issuer('dispatch-acme')}/` });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().errors[0].message).toMatch(/^issuer-match/);

    const noKeys = await settings(tenant, 'PUT', {
      issuer: idp.issuer('dispatch-acme'),
      jwksUri: `${idp.issuer('dispatch-acme')}/.well-known/openid-configuration`,
    });
    expect(noKeys.statusCode).toBe(422);
    expect(noKeys.json().errors[0]).toMatchObject({
      field: 'jwksUri',
      message: expect.stringMatching(/^jwks/),
    });
    expect((await registryRow(tenant)).idp_issuer).toBe(tenant.issuer.issuer);
  });

  it('switches to a new issuer after the dry run passes: secret sealed, never returned, caches dropped', async () => {
    const tenant = await ctx.createTenant('idp-switch');
    const oldToken = await tenant.token(['dispatch-admin']);
    const next = {
      ...demoTenantIdpSettings({ idpUrl: idp.url, slug: 'globex' }),
      webClientId: 'dispatch-web-confidential',
    };
    const response = await settings(tenant, 'PUT', { ...next, clientSecret: SECRET }, oldToken);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(SECRET);
    expect(response.json()).toMatchObject({
      issuer: idp.issuer('dispatch-globex'),
      webClientId: 'dispatch-web-confidential',
      clientSecretStatus: { set: true, source: 'stored', reference: null, updatedAt: expect.any(String) },
    });

    const row = await registryRow(tenant);
    expect(row.idp_issuer).toBe(idp.issuer('dispatch-globex'));
    expect(JSON.stringify(row.idp)).not.toContain(SECRET);
    const [sealed] = await sealedSecrets(tenant);
    expect(sealed).toMatchObject({ client_id: 'dispatch-web-confidential' });
    expect(sealed.sealed).not.toContain(SECRET);

    // The old issuer's tokens stop working at once; the new realm's work.
    expect((await settings(tenant, 'GET', undefined, oldToken)).statusCode).toBe(401);
    const { accessToken } = await idp.tokenFor('dispatch-globex', 'globex-admin');
    const read = await settings(tenant, 'GET', undefined, accessToken);
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(SECRET);

    const platformView = await ctx.app.inject({
      method: 'GET',
      url: `/platform/tenants/${tenant.row.id}`,
      headers: { authorization: `Bearer ${await ctx.platformToken()}` },
    });
    expect(platformView.body).not.toContain(SECRET);

    const audit = await ctx.adminPool.query(
      "SELECT actor, action FROM platform.audit_events WHERE tenant_id = $1 AND action = 'tenant.idp-changed'",
      [tenant.row.id],
    );
    expect(audit.rows).toHaveLength(1);

    // Through the unit of work: in the tenant's own audit chain (no secret), and announced without content.
    const chain = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?entity=idp-settings',
      headers: { host: tenant.host, authorization: `Bearer ${accessToken}` },
    });
    expect(chain.json().items).toEqual([
      expect.objectContaining({
        action: 'idp-settings.updated',
        entityId: tenant.row.id,
        requestId: response.headers['x-request-id'],
        after: expect.objectContaining({ issuer: idp.issuer('dispatch-globex'), clientSecretReplaced: true }),
      }),
    ]);
    expect(chain.body).not.toContain(SECRET);
    const { messages } = await readBacklog(ctx.app.redis, tenant.row.id, 0);
    expect(messages.map(({ event }) => event)).toEqual([
      expect.objectContaining({ type: 'settings.updated', payload: { section: 'idp' } }),
    ]);
  });

  it('refuses an issuer another tenant already uses (409), so token-based resolution stays unambiguous', async () => {
    const owner = await ctx.createTenant('idp-owner');
    const squatter = await ctx.createTenant('idp-squatter');
    const response = await settings(squatter, 'PUT', {
      issuer: owner.issuer.issuer,
      apiAudience: 'dispatch-api',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().type).toMatch(/issuer-in-use$/);
    expect((await registryRow(squatter)).idp_issuer).toBe(squatter.issuer.issuer);
  });

  it('does not let a tenant admin set a secret reference, or a platform admin reference any variable', async () => {
    const tenant = await ctx.createTenant('idp-ref');
    const byTenant = await settings(tenant, 'PUT', {
      issuer: tenant.issuer.issuer,
      clientSecretRef: 'env:IDP_CLIENT_SECRET_X',
    });
    expect(byTenant.statusCode).toBe(400);
    const patch = (clientSecretRef: string) =>
      ctx.platformToken().then((token) =>
        ctx.app.inject({
          method: 'PATCH',
          url: `/platform/tenants/${tenant.row.id}`,
          headers: { authorization: `Bearer ${token}` },
          // The test issuer offers no web-login endpoints: store without the dry run (audited).
          payload: {
            idp: { issuer: tenant.issuer.issuer, webClientId: 'web', clientSecretRef },
            skipIdpCheck: true,
          },
        }),
      );
    expect((await patch('env:DATABASE_URL')).statusCode).toBe(400);
    expect((await patch('env:IDP_CLIENT_SECRET_IDP_REF')).statusCode).toBe(200);
    const view = await settings(tenant, 'GET');
    expect(view.json().clientSecretStatus).toEqual({
      set: true,
      source: 'reference',
      reference: 'env:IDP_CLIENT_SECRET_IDP_REF',
      updatedAt: null,
    });
  });
});

describe('POST /platform/tenants/:id/idp/check', () => {
  it("checks the tenant's stored settings, or candidate ones, and reports each step", async () => {
    const tenant = await ctx.createTenant('idp-check');
    const headers = { authorization: `Bearer ${await ctx.platformToken()}` };
    const stored = await ctx.app.inject({
      method: 'POST',
      url: `/platform/tenants/${tenant.row.id}/idp/check`,
      headers,
    });
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toMatchObject({ ok: true, issuer: tenant.issuer.issuer });
    expect(stored.json().checks.map((check: { name: string }) => check.name)).toEqual([
      'issuer-url',
      'discovery',
      'issuer-match',
      'jwks',
      'signing-keys',
    ]);

    const candidate = await ctx.app.inject({
      method: 'POST',
      url: `/platform/tenants/${tenant.row.id}/idp/check`,
      headers,
      payload: { issuer: 'http://127.0.0.1:9/realms/nowhere' },
    });
    expect(candidate.json()).toMatchObject({
      ok: false,
      checks: [
        { name: 'issuer-url', ok: true },
        { name: 'discovery', ok: false },
      ],
    });
  });
});
