import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#src/app';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import { ROLES, type Role } from './roles';

const ctx = useApiHarness();
let tenant: TestTenant;
beforeAll(async () => {
  tenant = await ctx.createTenant('authz');
});

const ALL: Role[] = ['admin', 'dispatcher', 'driver', 'viewer'];
const OPS: Role[] = ['admin', 'dispatcher', 'viewer'];
const WRITERS: Role[] = ['admin', 'dispatcher'];
const ADMIN: Role[] = ['admin'];

/**
 * THE role matrix: every route of the app and who may call it. The test below checks that the app has
 * exactly these routes, that each declares exactly this rule, and that every role gets in or is refused
 * accordingly. A new route fails this test until it is added here: deciding who may call it is part of
 * adding it. (`public`: no credentials; `platform`: platform-admin tokens only.)
 */
const MATRIX: Record<string, 'public' | 'platform' | Role[]> = {
  'GET /api/health': 'public',
  'GET /api/ready': 'public',
  'GET /api/openapi.json': 'public',
  // The interactive API reference (Swagger UI) and the document it shows.
  'GET /api/docs': 'public',
  'GET /api/docs/json': 'public',
  'GET /api/docs/yaml': 'public',
  'GET /api/docs/static/*': 'public',
  'GET /api/docs/static/index.html': 'public',
  'GET /api/docs/static/swagger-initializer.js': 'public',
  'GET /auth/login': 'public',
  'GET /auth/callback': 'public',
  'POST /auth/logout': 'public',

  'POST /platform/tenants': 'platform',
  'GET /platform/tenants': 'platform',
  'GET /platform/me': 'platform',
  'GET /platform/tenants/:id': 'platform',
  'PATCH /platform/tenants/:id': 'platform',
  'DELETE /platform/tenants/:id': 'platform',
  'POST /platform/tenants/:id/idp/check': 'platform',
  'POST /platform/idp/check': 'platform',
  'POST /platform/migrations': 'platform',
  'GET /platform/migrations': 'platform',

  'GET /api/me': ALL,
  'GET /api/users': ADMIN,
  'GET /api/settings/idp': ADMIN,
  'PUT /api/settings/idp': ADMIN,
  'POST /api/settings/idp/check': ADMIN,
  // Every role reads the tenant settings (the board's exception thresholds); admins change them.
  'GET /api/settings': ALL,
  'PUT /api/settings': ADMIN,
  'GET /api/audit': ADMIN,
  'GET /api/audit/verify': ADMIN,

  // The fleet is the admins' to create and edit; dispatchers change only status fields (see fleet-roles.test.ts),
  // and drivers read only their own assignments and work orders.
  'GET /api/equipment-types': OPS,
  'GET /api/equipment-types/:id': OPS,
  'POST /api/equipment-types': ADMIN,
  'GET /api/equipment': OPS,
  'GET /api/equipment/available': OPS,
  'GET /api/equipment/:id': OPS,
  'POST /api/equipment': ADMIN,
  'PATCH /api/equipment/:id': WRITERS,
  'GET /api/drivers': OPS,
  'GET /api/drivers/:id': OPS,
  'POST /api/drivers': ADMIN,
  'PATCH /api/drivers/:id': WRITERS,
  'GET /api/work-orders': ALL,
  'GET /api/work-orders/:id': ALL,
  'POST /api/work-orders': WRITERS,
  'PATCH /api/work-orders/:id': WRITERS,

  'POST /api/dispatch/requests': WRITERS,
  'GET /api/dispatch/requests': OPS,
  'GET /api/dispatch/requests/:id': OPS,
  'GET /api/dispatch/requests/:id/decisions': OPS,
  'DELETE /api/dispatch/requests/:id': WRITERS,
  'GET /api/dispatch/queue': OPS,
  'GET /api/dispatch/assignments': ALL,
  'GET /api/dispatch/assignments/:id': ALL,
  'POST /api/dispatch/assignments/:id/status': ['admin', 'dispatcher', 'driver'],

  // Attachments: every role reads those of what it may see; admins and dispatchers attach to work orders,
  // drivers too to their own assignments (the service narrows them; attachments.s3.test.ts).
  'GET /api/attachments/settings': ALL,
  'GET /api/work-orders/:id/attachments': ALL,
  'POST /api/work-orders/:id/attachments': WRITERS,
  'POST /api/work-orders/:id/attachments/:attachmentId/complete': WRITERS,
  'GET /api/work-orders/:id/attachments/:attachmentId/download': ALL,
  'DELETE /api/work-orders/:id/attachments/:attachmentId': WRITERS,
  'GET /api/dispatch/assignments/:id/attachments': ALL,
  'POST /api/dispatch/assignments/:id/attachments': ['admin', 'dispatcher', 'driver'],
  'POST /api/dispatch/assignments/:id/attachments/:attachmentId/complete': ['admin', 'dispatcher', 'driver'],
  'GET /api/dispatch/assignments/:id/attachments/:attachmentId/download': ALL,
  'DELETE /api/dispatch/assignments/:id/attachments/:attachmentId': ['admin', 'dispatcher', 'driver'],

  'GET /api/dashboard': OPS,
  'GET /api/reports/utilization': OPS,
  'GET /api/reports/dispatch': OPS,
};

const ID = '01a1fc8c-0000-7000-8000-000000000000';
const concrete = (url: string) => url.replaceAll(/:[A-Za-z]+/g, ID);
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function call(route: string, headers: Record<string, string>) {
  const [method, url] = route.split(' ') as [Method, string];
  const response = await ctx.app.inject({
    method,
    url: concrete(url),
    headers: { host: tenant.host, ...headers },
  });
  return {
    status: response.statusCode,
    type: String(response.json().type ?? '')
      .split('/')
      .pop(),
  };
}

describe('role matrix', () => {
  it('lists every route of the app, each with exactly its declared rule', () => {
    const actual = Object.fromEntries(
      ctx.app.routeRules.map((rule) => [
        `${rule.method} ${rule.url}`,
        rule.access === undefined
          ? 'NO RULE'
          : rule.access.kind === 'tenant'
            ? [...rule.access.roles].sort()
            : rule.access.kind,
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(MATRIX).map(([route, rule]) => [route, Array.isArray(rule) ? [...rule].sort() : rule]),
    );
    // On failure: a route was added, removed or changed its rule; update MATRIX after deciding who may call it.
    expect(actual).toEqual(expected);
  });

  const tenantRoutes = Object.entries(MATRIX).filter((entry): entry is [string, Role[]] =>
    Array.isArray(entry[1]),
  );

  it.each(tenantRoutes)('%s: each role gets in exactly as the matrix says', async (route, allowed) => {
    for (const role of ROLES) {
      const token = await tenant.token([`dispatch-${role}`]);
      const { status, type } = await call(route, { authorization: `Bearer ${token}` });
      if (allowed.includes(role)) {
        // In: whatever the handler answers (200, 400 for the empty body, 404 for the made-up id), never 401/403.
        expect({ role, refused: status === 401 || status === 403, type }).toMatchObject({
          role,
          refused: false,
        });
      } else {
        expect({ role, status, type }).toEqual({ role, status: 403, type: 'role-required' });
      }
    }
  });

  it.each(tenantRoutes.map(([route]) => route))(
    '%s: refuses a caller without credentials (401)',
    async (route) => {
      expect(await call(route, {})).toEqual({ status: 401, type: 'token-missing' });
    },
  );

  it.each(tenantRoutes.map(([route]) => route))(
    '%s: refuses a token mapping to no role (403)',
    async (route) => {
      const token = await tenant.token(['offline_access', 'uma_authorization']);
      expect(await call(route, { authorization: `Bearer ${token}` })).toEqual({
        status: 403,
        type: 'role-required',
      });
    },
  );

  const platformRoutes = Object.entries(MATRIX)
    .filter(([, rule]) => rule === 'platform')
    .map(([route]) => route);

  it.each(platformRoutes)('%s: refuses every tenant token, even an admin with MFA', async (route) => {
    for (const role of ROLES) {
      const token = await tenant.token([`dispatch-${role}`, 'platform-admin']);
      expect((await call(route, { authorization: `Bearer ${token}` })).status).toBe(401);
    }
    expect((await call(route, {})).status).toBe(401);
  });
});

describe('deny by default', () => {
  it('closes a route registered without an access rule, even to an admin', async () => {
    const app = await buildApp({ config: ctx.config, logger: false });
    app.get('/api/forgot-the-rule', async () => ({ secret: true }));
    await app.ready();
    try {
      expect(app.routeRules.find((rule) => rule.url === '/api/forgot-the-rule')).toMatchObject({
        access: undefined,
      });
      const response = await app.inject({
        method: 'GET',
        url: '/api/forgot-the-rule',
        headers: { host: tenant.host, authorization: `Bearer ${await tenant.token(['dispatch-admin'])}` },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().type).toMatch(/route-not-authorized$/);
      expect(response.body).not.toContain('secret');
    } finally {
      await app.close();
    }
  });
});

describe('MFA policy', () => {
  const passwordOnly = { amr: ['pwd'], acr: '1' };
  const as = async (
    route: string,
    roles: string[],
    claims: Record<string, unknown>,
    on: TestTenant = tenant,
  ) => {
    const [method, url] = route.split(' ') as [Method, string];
    const response = await ctx.app.inject({
      method,
      url,
      headers: { host: on.host, authorization: `Bearer ${await on.token(roles, claims)}` },
    });
    return {
      status: response.statusCode,
      type: String(response.json().type ?? '')
        .split('/')
        .pop(),
    };
  };

  it('refuses an admin who signed in without a second factor (403 mfa-required)', async () => {
    expect(await as('GET /api/settings/idp', ['dispatch-admin'], passwordOnly)).toEqual({
      status: 403,
      type: 'mfa-required',
    });
  });

  it('lets the admin through when amr shows a second factor, or acr says so', async () => {
    expect((await as('GET /api/settings/idp', ['dispatch-admin'], { amr: ['pwd', 'otp'] })).status).toBe(200);
    expect((await as('GET /api/settings/idp', ['dispatch-admin'], { amr: ['pwd'], acr: 'mfa' })).status).toBe(
      200,
    );
  });

  it('applies to dispatchers by default, not to drivers or viewers', async () => {
    expect(await as('GET /api/equipment-types', ['dispatch-dispatcher'], passwordOnly)).toEqual({
      status: 403,
      type: 'mfa-required',
    });
    expect((await as('GET /api/work-orders', ['dispatch-driver'], passwordOnly)).status).toBe(200);
    expect((await as('GET /api/equipment-types', ['dispatch-viewer'], passwordOnly)).status).toBe(200);
  });

  it('does not let an MFA role ride on a lesser one without a second factor', async () => {
    // Admin and viewer at once, password only: the route admits both, and admin needs MFA.
    expect(await as('GET /api/me', ['dispatch-admin', 'dispatch-viewer'], passwordOnly)).toEqual({
      status: 403,
      type: 'mfa-required',
    });
  });

  it("follows the tenant's own policy: roles and the acr/amr values that count", async () => {
    const custom = await ctx.createTenant('authz-mfa');
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/platform/tenants/${custom.row.id}`,
      headers: { authorization: `Bearer ${await ctx.platformToken()}` },
      payload: {
        idp: {
          issuer: custom.issuer.issuer,
          apiAudience: 'dispatch-api',
          mfa: { roles: ['admin'], acrValues: [], amrValues: ['hwk'] },
        },
      },
    });
    expect(patched.statusCode).toBe(200);
    expect((await as('GET /api/equipment-types', ['dispatch-dispatcher'], passwordOnly, custom)).status).toBe(
      200,
    );
    expect((await as('GET /api/me', ['dispatch-admin'], { amr: ['pwd', 'otp'] }, custom)).type).toBe(
      'mfa-required',
    );
    expect((await as('GET /api/me', ['dispatch-admin'], { amr: ['pwd', 'hwk'] }, custom)).status).toBe(200);
  });

  it('lets a listed machine client (client credentials) through without a second factor, and no other client', async () => {
    const machines = await ctx.createTenant('authz-mfa-machines');
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/platform/tenants/${machines.row.id}`,
      headers: { authorization: `Bearer ${await ctx.platformToken()}` },
      payload: {
        idp: {
          issuer: machines.issuer.issuer,
          apiAudience: 'dispatch-api',
          mfa: { exemptClients: ['erp-integration'] },
        },
      },
    });
    expect(patched.statusCode).toBe(200);
    const integration = { amr: [], azp: 'erp-integration' };
    expect((await as('GET /api/dashboard', ['dispatch-dispatcher'], integration, machines)).status).toBe(200);
    expect(
      (await as('GET /api/dashboard', ['dispatch-dispatcher'], { amr: [], azp: 'dispatch-web' }, machines))
        .type,
    ).toBe('mfa-required');
  });
});
