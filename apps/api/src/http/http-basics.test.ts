import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '@dispatch/db';
import { createApiTestContext, type ApiTestContext, type TestTenant } from '#src/test/api-test-context';

let ctx: ApiTestContext;
let tenant: TestTenant;
let auth: Record<string, string>;
beforeAll(async () => {
  ctx = await createApiTestContext();
  tenant = await ctx.createTenant('http-basics');
  auth = {
    host: tenant.host,
    authorization: `Bearer ${await tenant.token(['dispatch-admin'], { amr: ['pwd', 'otp'] })}`,
  };
});
afterAll(() => ctx.close());

describe('HTTP basics', () => {
  it('answers liveness and readiness', async () => {
    expect((await ctx.app.inject('/api/health')).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject('/api/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { postgres: 'ok', redis: 'ok' } });
  });

  it('echoes a valid x-request-id and replaces a hostile one', async () => {
    const echoed = await ctx.app.inject({ url: '/api/health', headers: { 'x-request-id': 'abc-123' } });
    expect(echoed.headers['x-request-id']).toBe('abc-123');
    const replaced = await ctx.app.inject({
      url: '/api/health',
      headers: { 'x-request-id': 'bad id\r\nx: y' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown routes with a problem document carrying the request id', async () => {
    const response = await ctx.app.inject({
      url: '/api/nothing-here',
      headers: { 'x-request-id': 'req-404' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, title: 'Not Found', requestId: 'req-404' });
  });

  it('rejects unknown body fields, naming them, and writes nothing', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/equipment-types',
      headers: auth,
      payload: { name: 'Crane', tenantId: '00000000-0000-0000-0000-000000000000' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'tenantId', message: 'is not an allowed field' }]);
    const list = await ctx.app.inject({ url: '/api/equipment-types', headers: auth });
    expect(list.json().items).toEqual([]);
  });

  it('takes JSON types as sent: a number where text is expected is a 400 naming the field', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/equipment-types',
      headers: auth,
      payload: { name: 42 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'name' })]);
  });

  it.each([
    ['a huge string', { name: 'x'.repeat(10_000) }],
    ['an array body', [1, 2, 3]],
    ['SQL-ish text that is merely stored as text', { name: "'); DROP TABLE equipment_types; --" }],
  ])('answers %s with a 4xx problem, never a 5xx', async (_label, payload) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/equipment-types',
      headers: auth,
      payload,
    });
    expect(response.statusCode).toBeLessThan(500);
    if (response.statusCode >= 400)
      expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses bodies over 1 MiB with 413', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/equipment-types',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x', description: 'y'.repeat(1024 * 1024 + 10) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().type).toMatch(/body-too-large$/);
  });

  it('answers malformed JSON and a wrong content type with 4xx problems', async () => {
    const malformed = await ctx.app.inject({
      method: 'POST',
      url: '/api/equipment-types',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(malformed.statusCode).toBe(400);
    const wrongType = await ctx.app.inject({
      method: 'POST',
      url: '/api/equipment-types',
      headers: { ...auth, 'content-type': 'text/xml' },
      payload: '<name/>',
    });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.headers['content-type']).toContain('application/problem+json');
  });

  it('serves an OpenAPI document generated from the validating schemas', async () => {
    const response = await ctx.app.inject('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    const create = document.paths['/platform/tenants'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(['slug', 'name', 'tier']);
    expect(create.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(document.paths['/api/equipment-types'].get).toBeDefined();
  });
});

describe('deny by default, and a database outage', () => {
  it('closes a route registered without an access rule and answers 503 when the database is gone', async () => {
    const scratch = await createApiTestContext();
    try {
      // A fresh, not-yet-ready app instance so a route can still be added.
      const { buildApp } = await import('#src/app');
      const app = await buildApp({ config: scratch.config, logger: false });
      app.get('/api/forgotten-rule', async () => ({ secret: true }));
      app.get('/api/database-gone', { config: { access: { kind: 'public' } } }, async () => {
        throw new DatabaseUnavailableError(new Error('connect ECONNREFUSED'));
      });
      await app.ready();
      const response = await app.inject('/api/forgotten-rule');
      expect(response.statusCode).toBe(403);
      expect(response.json().type).toMatch(/route-not-authorized$/);
      const busy = await app.inject('/api/database-gone');
      expect(busy.statusCode).toBe(503);
      expect(busy.headers['retry-after']).toBe('2');
      expect(busy.json().type).toMatch(/database-unavailable$/);
      await app.close();
    } finally {
      await scratch.close();
    }
  });
});
