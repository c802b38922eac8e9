import { afterAll, describe, expect, it } from 'vitest';
import { createApiTestContext } from '#src/test/api-test-context';
import { databaseFingerprint } from '#src/test/db-fingerprint';
import {
  adminTenant,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
} from '#src/test/fleet-fixtures';
import { casesFor, sample, type HostileCase, type JsonSchema, type Operation } from '#src/test/hostile-cases';

/**
 * The hostile-input suite (docs/testing.md): every operation the served OpenAPI document lists — so routes
 * added later are covered without touching this file — gets a seeded sample of broken requests, sent with a
 * valid token of a real tenant and ids of real rows. Each answer must be below 500, every refusal must be
 * problem+json, and a refusal must leave every table of both tenants and the platform (audit chains
 * included) exactly as it was.
 */
const CASES_PER_OPERATION = 12;

const ctx = await createApiTestContext();
afterAll(() => ctx.close());

const { tenant, admin } = await adminTenant(ctx, 'hostile-api');
// Operations that change the tenant itself (its settings, its registry row, its deletion) act on a second one.
const { tenant: spare, admin: spareAdmin } = await adminTenant(ctx, 'hostile-spare');
const typeId = await createType(admin);
const unit = await createEquipment(admin, { typeId });
const driver = await createDriver(admin, { typeIds: [typeId], userSub: 'hostile-driver' });
const workOrder = await createWorkOrder(admin);
const dispatched = await requestDispatch(admin, {
  workOrderId: workOrder.id,
  equipmentTypeId: typeId,
  priority: 'standard',
});
const queued = await requestDispatch(admin, {
  workOrderId: workOrder.id,
  equipmentTypeId: typeId,
  priority: 'urgent',
});
if (dispatched.status !== 201 || queued.status !== 202)
  throw new Error('fixtures: dispatch did not go as planned');
const platformToken = await ctx.platformToken();

const known: Record<string, string> = {
  typeId,
  equipmentTypeId: typeId,
  equipmentId: unit.id,
  driverId: driver.id,
  workOrderId: workOrder.id,
  region: 'north',
  slug: 'hostile-made',
  issuer: spare.issuer.issuer,
  id: '01a1fc8c-0000-7000-8000-00000000abcd',
  '/api/equipment-types/{id}:id': typeId,
  '/api/equipment/{id}:id': unit.id,
  '/api/drivers/{id}:id': driver.id,
  '/api/work-orders/{id}:id': workOrder.id,
  '/api/dispatch/requests/{id}:id': queued.body.request.id,
  '/api/dispatch/requests/{id}/decisions:id': queued.body.request.id,
  '/api/dispatch/assignments/{id}:id': dispatched.body.assignment.id,
  '/api/dispatch/assignments/{id}/status:id': dispatched.body.assignment.id,
  '/platform/tenants/{id}:id': spare.row.id,
  '/platform/tenants/{id}/idp/check:id': spare.row.id,
};

const documentResponse = await ctx.app.inject('/api/openapi.json');
const document = documentResponse.json() as {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema & { $ref?: string } }> };
  security?: Record<string, unknown>[];
}

const resolve = (schema?: JsonSchema & { $ref?: string }) =>
  schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operations: Operation[] = Object.entries(document.paths)
  .flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]): Operation => {
        const params = op.parameters ?? [];
        const schemes = (op.security ?? []).flatMap((entry) => Object.keys(entry));
        return {
          method: method.toUpperCase(),
          path,
          auth: schemes.includes('platformBearer')
            ? 'platform'
            : schemes.includes('bearer')
              ? 'tenant'
              : 'public',
          pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
          query: params.filter((p) => p.in === 'query').map((p) => ({ ...p, required: p.required ?? false })),
          headers: params
            .filter((p) => p.in === 'header')
            .map((p) => ({ ...p, required: p.required ?? false })),
          body: resolve(op.requestBody?.content?.['application/json']?.schema),
        };
      }),
  )
  // Deleting the spare tenant goes last: it would take the routes that act on it away from the others.
  .sort(
    (a, b) =>
      Number(a.method === 'DELETE' && a.path.startsWith('/platform')) -
      Number(b.method === 'DELETE' && b.path.startsWith('/platform')),
  );

const schemas = [tenant.row.schemaName, spare.row.schemaName, 'platform'];
const fingerprint = () => databaseFingerprint(ctx.adminPool, schemas);

/** An accepted offboarding (202) finishes in the background: wait for its tombstone. */
async function offboarded(id: string) {
  for (let i = 0; i < 200; i += 1) {
    const { rows } = await ctx.adminPool.query<{ status: string }>(
      'SELECT status FROM platform.tenants WHERE id = $1',
      [id],
    );
    if (rows[0]?.status === 'deleted') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`tenant ${id} was not offboarded within 20 s`);
}

/** After an accepted request: let its follow-ups (queue serving, an offboarding) finish before comparing again. */
async function settledFingerprint() {
  await ctx.app.dispatch.service.settle();
  const deleting = await ctx.adminPool.query<{ id: string }>(
    "SELECT id FROM platform.tenants WHERE status = 'offboarding'",
  );
  for (const { id } of deleting.rows) await offboarded(id);
  let last = await fingerprint();
  for (let i = 0; i < 50; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await fingerprint();
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

function send(op: Operation, item: HostileCase) {
  const spareRoute = op.path.startsWith('/api/settings');
  const url = op.path.replaceAll(/\{(\w+)\}/g, (_, name: string) => item.pathValues[name] ?? '');
  const headers: Record<string, string> = { ...item.headers };
  if (op.auth === 'platform') headers.authorization = `Bearer ${platformToken}`;
  else {
    headers.host = spareRoute ? spare.host : tenant.host;
    if (op.auth === 'tenant') headers.authorization = `Bearer ${(spareRoute ? spareAdmin : admin).token}`;
  }
  if (item.contentType) headers['content-type'] = item.contentType;
  return ctx.app.inject({
    method: op.method as 'GET',
    url: item.query ? `${url}?${item.query}` : url,
    headers,
    ...(item.payload === undefined ? {} : { payload: item.payload }),
  });
}

describe('hostile input, generated from /api/openapi.json', () => {
  it('serves a document with operations to attack', () => {
    expect(documentResponse.statusCode).toBe(200);
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', async (_name, op) => {
    const cases = sample(op, casesFor(op, known), CASES_PER_OPERATION);
    expect(cases.length).toBeGreaterThan(0);
    let before = await settledFingerprint();
    for (const item of cases) {
      const response = await send(op, item);
      const label = `${op.method} ${op.path} — ${item.label} → ${response.statusCode} ${response.body.slice(0, 200)}`;
      expect(response.statusCode, label).toBeLessThan(500);
      if (response.statusCode >= 400) {
        expect(response.headers['content-type'], label).toContain('application/problem+json');
        expect(response.json().status, label).toBe(response.statusCode);
        expect(await fingerprint(), label).toEqual(before);
      } else {
        before = await settledFingerprint();
      }
    }
  });
});
