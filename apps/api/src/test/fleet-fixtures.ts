import type { ApiTestContext, TestTenant } from './api-test-context';

/** Parsed response JSON: each test asserts the shape it relies on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ApiResponse<T = Json> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** A small client for one user of one tenant: JSON in, parsed JSON out. */
export interface TenantClient {
  token: string;
  get<T = Json>(url: string): Promise<ApiResponse<T>>;
  post<T = Json>(url: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  patch<T = Json>(url: string, body: unknown): Promise<ApiResponse<T>>;
  delete<T = Json>(url: string): Promise<ApiResponse<T>>;
  raw(options: {
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    payload?: string;
    headers?: Record<string, string>;
  }): Promise<ApiResponse>;
}

export async function tenantClient(
  ctx: ApiTestContext,
  tenant: TestTenant,
  roles: string[],
  claims: Record<string, unknown> = {},
): Promise<TenantClient> {
  // Admins and dispatchers need a second factor (identity.md): tokens here carry one unless told otherwise.
  const token = await tenant.token(roles, { amr: ['pwd', 'otp'], ...claims });
  const send = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: string,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse> => {
    const response = await ctx.app.inject({
      method,
      url,
      payload,
      headers: {
        host: tenant.host,
        authorization: `Bearer ${token}`,
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
    });
    let body: unknown = response.body;
    try {
      body = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      // non-JSON (CSV) stays text
    }
    return { status: response.statusCode, body, headers: response.headers };
  };
  return {
    token,
    get: (url) => send('GET', url),
    post: (url, body, headers) =>
      send('POST', url, body === undefined ? undefined : JSON.stringify(body), headers),
    patch: (url, body) => send('PATCH', url, JSON.stringify(body)),
    delete: (url) => send('DELETE', url),
    raw: ({ method, url, payload, headers }) => send(method, url, payload, headers),
  };
}

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

/** A new tenant with a unique slug (`prefix-pid-n`) and an admin client for it: the usual start of a test. */
export async function adminTenant(ctx: ApiTestContext, prefix: string) {
  const tenant = await ctx.createTenant(unique(prefix));
  return { tenant, admin: await tenantClient(ctx, tenant, ['dispatch-admin']) };
}

/** Creates an equipment type and returns its id. */
export async function createType(client: TenantClient, name = unique('Type')): Promise<string> {
  const response = await client.post('/api/equipment-types', { name });
  if (response.status !== 201) throw new Error(`type: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

export async function createEquipment(
  client: TenantClient,
  input: { typeId: string; region?: string; identifier?: string; status?: string },
): Promise<Json> {
  const response = await client.post('/api/equipment', {
    identifier: input.identifier ?? unique('EQ'),
    typeId: input.typeId,
    region: input.region ?? 'north',
    ...(input.status ? { status: input.status } : {}),
  });
  if (response.status !== 201)
    throw new Error(`equipment: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function createDriver(
  client: TenantClient,
  input: {
    typeIds: string[];
    region?: string;
    name?: string;
    userSub?: string;
    shiftStatus?: 'on_shift' | 'off_shift';
    expiresAt?: string | null;
  },
): Promise<Json> {
  const response = await client.post('/api/drivers', {
    name: input.name ?? unique('Driver'),
    region: input.region ?? 'north',
    shiftStatus: input.shiftStatus ?? 'on_shift',
    ...(input.userSub ? { userSub: input.userSub } : {}),
    qualifications: input.typeIds.map((equipmentTypeId) => ({
      equipmentTypeId,
      expiresAt: input.expiresAt ?? null,
    })),
  });
  if (response.status !== 201) throw new Error(`driver: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function createWorkOrder(
  client: TenantClient,
  input: { region?: string; title?: string } = {},
): Promise<Json> {
  const response = await client.post('/api/work-orders', {
    title: input.title ?? unique('Job'),
    siteAddress: '1 Main Street',
    region: input.region ?? 'north',
  });
  if (response.status !== 201)
    throw new Error(`work order: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

let keys = 0;
/** POST /api/dispatch/requests with a fresh Idempotency-Key (or the one given). */
export function requestDispatch(
  client: TenantClient,
  body: { workOrderId: string; equipmentTypeId: string; priority: 'urgent' | 'standard'; region?: string },
  key = `key-${process.pid}-${Date.now()}-${++keys}`,
) {
  return client.post('/api/dispatch/requests', body, { 'idempotency-key': key });
}

export function moveAssignment(client: TenantClient, id: string, status: string, note?: string) {
  return client.post(
    `/api/dispatch/assignments/${id}/status`,
    note === undefined ? { status } : { status, note },
  );
}

/** Walks an assignment through the lifecycle to `completed`. */
export async function completeAssignment(client: TenantClient, id: string) {
  for (const status of ['en_route', 'on_site', 'completed']) {
    const response = await moveAssignment(client, id, status);
    if (response.status !== 200)
      throw new Error(`${status}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** Runs SQL in a tenant's schema as the owner (bypassing the API), for checks a test makes on the truth. */
export async function tenantSql<R extends Record<string, unknown> = Record<string, unknown>>(
  ctx: ApiTestContext,
  schema: string,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = await ctx.adminPool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('search_path', $1, true)`, [`"${schema}"`]);
    const result = await client.query(text, values);
    await client.query('COMMIT');
    return result.rows as R[];
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
