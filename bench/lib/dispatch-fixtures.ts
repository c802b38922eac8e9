import { withTenantTransaction, type Pool } from '@dispatch/db';
import type { LoadTarget } from './load';
import { call, portOf } from './socket-load';
import { API_AUDIENCE, type BenchTenant } from './tenants';
import type { BenchIssuers } from './issuer';

/** The dispatch request: tenant transaction, idempotency key, rule, audit, queue, events (docs/dispatch.md). */
export const DISPATCH_PATH = '/api/dispatch/requests';
export const REGIONS = ['north', 'south'];

/** A tenant made ready for dispatch requests through the API, and what the load sends it. */
export interface DispatchTenant {
  tenant: BenchTenant;
  /** A dispatcher token with a second factor (`amr`), as the default MFA policy demands of dispatchers. */
  token: string;
  workOrderIds: string[];
  /** A type whose units and drivers are all on assignment: every new request for it queues (202). */
  queuedTypeId: string;
  /** A type with a free unit and driver for every request the run will send: each is dispatched at once (201). */
  atOnceTypeId: string;
  atOnceCapacity: number;
  /** An admin token of the tenant (audit verification). */
  adminToken: string;
}

export interface DispatchSeed {
  workOrders: number;
  /** Units (and as many qualified drivers) of the queued type, taken by requests made while seeding. */
  busyUnits: number;
  /** Units (and as many qualified drivers) of the at-once type. */
  atOnceUnits: number;
}

type Json = Record<string, unknown>;

export class ApiClient {
  readonly port: number;

  constructor(
    url: string,
    readonly tenant: BenchTenant,
    readonly token: string,
  ) {
    this.port = portOf(url);
  }

  async send<T = Json>(
    method: string,
    path: string,
    body: unknown,
    expect: number[],
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: T }> {
    const response = await call(this.port, this.tenant, this.token, method, path, body, headers);
    if (!expect.includes(response.status)) {
      throw new Error(
        `${method} ${path} on ${this.tenant.slug}: ${response.status} ${response.body.slice(0, 300)}`,
      );
    }
    return { status: response.status, json: JSON.parse(response.body) as T };
  }
}

export function dispatcherToken(issuers: BenchIssuers, tenant: BenchTenant): Promise<string> {
  return issuers.sign(tenant.slug, {
    sub: `bench-dispatcher-${tenant.slug}`,
    aud: API_AUDIENCE,
    name: `Dispatcher of ${tenant.slug}`,
    realm_access: { roles: ['dispatch-dispatcher'] },
    amr: ['pwd', 'otp'],
  });
}

/** Runs `work` over `items`, `concurrency` at a time. */
export async function inParallel<T>(
  items: T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Adds `count` units of a type and as many on-shift drivers qualified for it, alternating regions. */
export async function addCrew(
  api: ApiClient,
  typeId: string,
  label: string,
  count: number,
  concurrency: number,
) {
  await inParallel(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async (i) => {
      const region = REGIONS[i % REGIONS.length]!;
      await api.send('POST', '/api/equipment', { identifier: `${label}-${i + 1}`, typeId, region }, [201]);
      await api.send(
        'POST',
        '/api/drivers',
        {
          name: `${label} driver ${i + 1}`,
          region,
          shiftStatus: 'on_shift',
          qualifications: [{ equipmentTypeId: typeId }],
        },
        [201],
      );
    },
  );
}

/**
 * Seeds one tenant through its API as a dispatcher would: work orders, a queued type whose units are all taken
 * by requests made here (so later requests queue behind real assignments, with a full decision record), and an
 * at-once type with free capacity.
 */
export async function seedDispatchTenant(
  url: string,
  issuers: BenchIssuers,
  tenant: BenchTenant,
  seed: DispatchSeed,
  concurrency = 2,
): Promise<DispatchTenant> {
  const token = await dispatcherToken(issuers, tenant);
  const api = new ApiClient(url, tenant, token);
  const adminToken = await issuers.sign(tenant.slug, {
    sub: `bench-admin-${tenant.slug}`,
    aud: API_AUDIENCE,
    realm_access: { roles: ['dispatch-admin'] },
    amr: ['pwd', 'otp'],
  });
  // Units and drivers are the admin's to create (domain.md Roles); the dispatcher requests and moves work.
  const adminApi = new ApiClient(url, tenant, adminToken);
  const types = await api.send<{ items: Array<{ id: string }> }>(
    'GET',
    '/api/equipment-types?limit=2',
    undefined,
    [200],
  );
  const [queuedType, atOnceType] = types.json.items;
  if (!queuedType || !atOnceType) throw new Error(`${tenant.slug} has fewer than 2 equipment types`);

  const workOrderIds: string[] = [];
  for (let i = 0; i < seed.workOrders; i++) {
    const created = await api.send<{ id: string }>(
      'POST',
      '/api/work-orders',
      {
        title: `Bench work order ${i + 1}`,
        siteAddress: `${i + 1} Bench Street`,
        region: REGIONS[i % REGIONS.length],
      },
      [201],
    );
    workOrderIds.push(created.json.id);
  }

  await addCrew(adminApi, queuedType.id, 'BUSY', seed.busyUnits, concurrency);
  for (let i = 0; i < seed.busyUnits; i++) {
    await api.send(
      'POST',
      DISPATCH_PATH,
      {
        workOrderId: workOrderIds[i % workOrderIds.length],
        equipmentTypeId: queuedType.id,
        priority: 'standard',
      },
      [201],
      { 'idempotency-key': `bench-seed-${i}` },
    );
  }
  // Proof that the type now queues; and one queued request per work order keeps every order open while the
  // at-once load completes assignments on it (an order completes by itself when its last assignment does and
  // nothing is queued, docs/dispatch.md).
  for (const [i, workOrderId] of workOrderIds.entries()) {
    await api.send(
      'POST',
      DISPATCH_PATH,
      { workOrderId, equipmentTypeId: queuedType.id, priority: 'standard' },
      [202],
      { 'idempotency-key': `bench-seed-probe-${i}` },
    );
  }

  await addCrew(adminApi, atOnceType.id, 'FREE', seed.atOnceUnits, concurrency);
  return {
    tenant,
    token,
    adminToken,
    workOrderIds,
    queuedTypeId: queuedType.id,
    atOnceTypeId: atOnceType.id,
    atOnceCapacity: seed.atOnceUnits,
  };
}

/** One in `URGENT_EVERY` requests is urgent, the rest standard. */
const URGENT_EVERY = 5;
/** What a driver does with an assignment: each step a transaction with audit and events; completion frees the pair. */
export const LIFECYCLE = ['en_route', 'on_site', 'completed'] as const;

/**
 * Every (tenant, work order, priority) combination as a target: a POST with a unique Idempotency-Key each time.
 * A work order may have any number of requests (the service refuses only closed work orders). With `lifecycle`,
 * each assignment created is moved through en_route, on_site and completed right after, so its unit and driver
 * are free again: the fleet stays the same size however long the load runs.
 */
export function dispatchTargets(
  tenants: DispatchTenant[],
  kind: 'queued' | 'atOnce',
  lifecycle = false,
): LoadTarget[] {
  return tenants.flatMap((seeded) =>
    seeded.workOrderIds.flatMap((workOrderId) =>
      Array.from({ length: URGENT_EVERY }, (_, i) => ({
        path: DISPATCH_PATH,
        method: 'POST' as const,
        headers: { host: seeded.tenant.host, authorization: `Bearer ${seeded.token}` },
        body: JSON.stringify({
          workOrderId,
          equipmentTypeId: kind === 'queued' ? seeded.queuedTypeId : seeded.atOnceTypeId,
          priority: i === 0 ? 'urgent' : 'standard',
        }),
        uniqueHeader: 'idempotency-key',
        ...(lifecycle
          ? {
              followUps: {
                capture: 'assignment.id',
                requests: LIFECYCLE.map((status) => ({
                  method: 'POST' as const,
                  path: '/api/dispatch/assignments/{id}/status',
                  body: JSON.stringify({ status }),
                })),
              },
            }
          : {}),
      })),
    ),
  );
}

/**
 * Cancels the active assignments of the at-once type (a closed-loop run that stops mid-lifecycle leaves some),
 * through the API, until none is left: the fleet is whole again. Returns how many were cancelled.
 */
export async function freeFleet(url: string, seeded: DispatchTenant): Promise<number> {
  const api = new ApiClient(url, seeded.tenant, seeded.token);
  let cancelled = 0;
  for (let round = 0; round < 20; round++) {
    const page = await api.send<{ items: Array<{ id: string; equipmentTypeId: string }> }>(
      'GET',
      '/api/dispatch/assignments?status=active&limit=500',
      undefined,
      [200],
    );
    const active = page.json.items.filter((item) => item.equipmentTypeId === seeded.atOnceTypeId);
    if (active.length === 0) return cancelled;
    for (const assignment of active) {
      // 409: it moved on (or was cancelled) meanwhile.
      const done = await api.send(
        'POST',
        `/api/dispatch/assignments/${assignment.id}/status`,
        { status: 'cancelled' },
        [200, 409],
      );
      if (done.status === 200) cancelled += 1;
    }
  }
  throw new Error(`${seeded.tenant.slug}: assignments of the at-once type keep appearing`);
}

export interface DispatchCounts {
  /** Requests for the queued type, by status. */
  queuedType: Record<string, number>;
  /** Requests for the at-once type, by status. */
  atOnceType: Record<string, number>;
  /** Assignments of the at-once type, by status. */
  atOnceAssignments: Record<string, number>;
  /** Units of the at-once type available now. */
  atOnceAvailable: number;
}

/** Counts rows in one tenant's schema (owner connection, tenant transaction: RLS applies as for the app). */
export async function countDispatch(adminPool: Pool, seeded: DispatchTenant): Promise<DispatchCounts> {
  return withTenantTransaction(adminPool, seeded.tenant, async ({ client }) => {
    const byStatus = async (sql: string, typeId: string) =>
      Object.fromEntries(
        (await client.query<{ status: string; n: number }>(sql, [typeId])).rows.map((row) => [
          row.status,
          row.n,
        ]),
      );
    const requests =
      'SELECT status, count(*)::int AS n FROM dispatch_requests WHERE equipment_type_id = $1 GROUP BY status';
    const available = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM equipment WHERE type_id = $1 AND status = 'available'",
      [seeded.atOnceTypeId],
    );
    return {
      queuedType: await byStatus(requests, seeded.queuedTypeId),
      atOnceType: await byStatus(requests, seeded.atOnceTypeId),
      atOnceAssignments: await byStatus(
        'SELECT status, count(*)::int AS n FROM assignments WHERE equipment_type_id = $1 GROUP BY status',
        seeded.atOnceTypeId,
      ),
      atOnceAvailable: available.rows[0]?.n ?? 0,
    };
  });
}

/** The tenant's audit chain, checked by the API (`GET /api/audit/verify`). */
export async function verifyAuditChain(
  url: string,
  seeded: DispatchTenant,
): Promise<{ ok: boolean; checked: number }> {
  const api = new ApiClient(url, seeded.tenant, seeded.adminToken);
  return (await api.send<{ ok: boolean; checked: number }>('GET', '/api/audit/verify', undefined, [200]))
    .json;
}
