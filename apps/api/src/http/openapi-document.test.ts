import { beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';

interface Operation {
  operationId?: string;
  summary?: string;
  security?: unknown[];
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}
interface Document {
  servers?: Array<{ url: string }>;
  info: { description: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

const ctx = useApiHarness();
let tenant: TestTenant;
let doc: Document;
beforeAll(async () => {
  tenant = await ctx.createTenant('openapi-doc');
  doc = (await ctx.app.inject('/api/openapi.json')).json();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${path}`,
      operation,
    })),
  );
const PUBLIC = /^\/(auth\/|api\/health$|api\/ready$)/;

describe('the OpenAPI document, for generated clients', () => {
  it('names every operation with a unique camelCase operationId and a summary', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(40);
    const missing = ops
      .filter(
        ({ operation }) => !/^[a-z][A-Za-z0-9]+$/.test(operation.operationId ?? '') || !operation.summary,
      )
      .map(({ name }) => name);
    expect(missing).toEqual([]);
    const ids = ops.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares problem responses as application/problem+json with the shared Problem schema', () => {
    expect(doc.components.schemas.Problem).toMatchObject({ type: 'object', required: expect.any(Array) });
    const without = operations()
      .filter(({ operation }) => {
        const problems = Object.values(operation.responses)
          .map((response) => response.content?.['application/problem+json'])
          .filter((media) => media !== undefined);
        return (
          problems.length === 0 ||
          problems.some(
            (media) =>
              (media.schema as { allOf?: { $ref?: string }[] }).allOf?.[0]?.$ref !==
              '#/components/schemas/Problem',
          )
        );
      })
      .map(({ name }) => name);
    expect(without).toEqual([]);
  });

  it('names every success response instead of the generator default', () => {
    const unnamed = operations().flatMap(({ name, operation }) =>
      Object.entries(operation.responses)
        .filter(
          ([status, response]) => /^[23]/.test(status) && /^(Default Response)?$/.test(response.description),
        )
        .map(([status]) => `${name} ${status}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('asks no credentials of public routes and bearer or session of every other', () => {
    for (const { name, operation } of operations()) {
      const path = name.split(' ')[1]!;
      if (PUBLIC.test(path)) expect({ name, security: operation.security }).toEqual({ name, security: [] });
      else if (path.startsWith('/platform/'))
        expect({ name, security: operation.security }).toEqual({
          name,
          security: [{ platformBearer: [] }, { session: [] }],
        });
      else
        expect({ name, security: operation.security }).toEqual({
          name,
          security: [{ bearer: [] }, { session: [] }],
        });
    }
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([
      'bearer',
      'platformBearer',
      'session',
    ]);
  });

  it('has servers and explains host-based tenancy', () => {
    expect(doc.servers?.map((server) => server.url)).toContain('http://{tenant}.dispatch.test:3000');
    expect(doc.info.description).toContain('{slug}.{baseDomain}');
  });

  it('serves an interactive API reference page and its assets without credentials', async () => {
    const page = await ctx.app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('swagger-ui');
    const bundle = await ctx.app.inject('/api/docs/static/swagger-ui-bundle.js');
    expect(bundle.statusCode).toBe(200);
    const spec = await ctx.app.inject('/api/docs/json');
    expect(spec.json().paths['/api/work-orders'].get.operationId).toBe('listWorkOrders');
  });
});

describe('requests as generated clients send them', () => {
  const auth = async () => ({
    host: tenant.host,
    authorization: `Bearer ${await tenant.token(['dispatch-admin'])}`,
  });

  it('names the allowed values when a value is not one of a union of literals', async () => {
    const response = await ctx.app.inject({
      url: '/api/drivers?shiftStatus=napping',
      headers: await auth(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'shiftStatus', message: 'must be one of: on_shift, off_shift' },
    ]);
  });

  it('names the allowed values inside a body too, once per field', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/dispatch/requests',
      headers: { ...(await auth()), 'idempotency-key': 'enum-check-1' },
      payload: {
        workOrderId: '01a1fc8c-0000-7000-8000-000000000000',
        equipmentTypeId: '01a1fc8c-0000-7000-8000-000000000000',
        priority: 'soonish',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'priority', message: 'must be one of: urgent, standard' },
    ]);
  });

  it('accepts a body-less DELETE sent with content-type application/json', async () => {
    const response = await ctx.app.inject({
      method: 'DELETE',
      url: '/api/dispatch/requests/01a1fc8c-0000-7000-8000-000000000000',
      headers: { ...(await auth()), 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().type).toMatch(/not-found$/);
  });

  it('accepts a body-less POST sent with content-type application/json', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/platform/tenants/01a1fc8c-0000-7000-8000-000000000000/idp/check',
      headers: { authorization: `Bearer ${await ctx.platformToken()}`, 'content-type': 'application/json' },
    });
    // Past the body parser and validation: the handler looked the tenant up and found none.
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).not.toMatch(/No route/);
  });

  it('still refuses malformed JSON and prototype poisoning with a 400 problem', async () => {
    for (const payload of ['{"name":', '{"__proto__":{"admin":true}}']) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/equipment-types',
        headers: { ...(await auth()), 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});
