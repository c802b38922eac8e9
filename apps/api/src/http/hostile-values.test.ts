import { beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import { adminTenant, type TenantClient } from '#src/test/fleet-fixtures';
import { databaseFingerprint } from '#src/test/db-fingerprint';

/**
 * Item 6 of issue 10: text Postgres cannot store, dates it (or Date) cannot represent and forged cursors are
 * field errors at validation, on every route that takes them, and write nothing.
 */
const ctx = useApiHarness();
let tenant: TestTenant;
let admin: TenantClient;
let platformAuth: Record<string, string>;
let ids: { typeId: string; equipmentId: string; driverId: string; workOrderId: string };

const NUL = 'bad\u0000text';
const LONE_HIGH = 'bad\uD800text';
const LONE_LOW = 'bad\uDC00text';
const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

beforeAll(async () => {
  ({ tenant, admin } = await adminTenant(ctx, 'hostile'));
  platformAuth = { authorization: `Bearer ${await ctx.platformToken()}` };
  const type = await admin.post('/api/equipment-types', { name: 'Crane' });
  const equipment = await admin.post('/api/equipment', {
    identifier: 'CR-1',
    typeId: type.body.id,
    region: 'north',
    status: 'maintenance',
  });
  const driver = await admin.post('/api/drivers', { name: 'Dee', region: 'north' });
  const workOrder = await admin.post('/api/work-orders', {
    title: 'Lift',
    siteAddress: '1 Main St',
    region: 'north',
  });
  ids = {
    typeId: type.body.id,
    equipmentId: equipment.body.id,
    driverId: driver.body.id,
    workOrderId: workOrder.body.id,
  };
  expect(Object.values(ids).every((id) => typeof id === 'string')).toBe(true);
});

interface Case {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: string;
  body?: unknown;
  field: string;
  platform?: boolean;
}

function textCases(bad: string): Case[] {
  const cases: Case[] = [
    { method: 'POST', url: '/api/equipment-types', body: { name: bad }, field: 'name' },
    {
      method: 'POST',
      url: '/api/equipment',
      body: { identifier: 'X-1', typeId: ids.typeId, region: 'north', notes: bad },
      field: 'notes',
    },
    { method: 'PATCH', url: `/api/equipment/${ids.equipmentId}`, body: { notes: bad }, field: 'notes' },
    { method: 'POST', url: '/api/drivers', body: { name: bad, region: 'north' }, field: 'name' },
    { method: 'PATCH', url: `/api/drivers/${ids.driverId}`, body: { userSub: bad }, field: 'userSub' },
    {
      method: 'POST',
      url: '/api/work-orders',
      body: { title: 'T', siteAddress: bad, region: 'north' },
      field: 'siteAddress',
    },
    { method: 'PATCH', url: `/api/work-orders/${ids.workOrderId}`, body: { notes: bad }, field: 'notes' },
    {
      method: 'PUT',
      url: '/api/settings/idp',
      body: { issuer: tenant.issuer.issuer, roleMap: { [bad]: 'admin' } },
      field: `roleMap.${bad}`,
    },
    {
      method: 'PUT',
      url: '/api/settings/idp',
      body: { issuer: tenant.issuer.issuer, mfa: { exemptClients: [bad] } },
      field: 'mfa.exemptClients.0',
    },
    {
      method: 'POST',
      url: '/platform/tenants',
      body: { slug: 'hostile-new', name: 'New', tier: 'trial', settings: { nested: { deep: [bad] } } },
      field: 'settings.nested.deep.0',
      platform: true,
    },
    {
      method: 'PATCH',
      url: `/platform/tenants/${tenant.row.id}`,
      body: { name: bad },
      field: 'name',
      platform: true,
    },
  ];
  // A lone surrogate cannot be percent-encoded (it has no UTF-8 form); NUL can.
  if (bad !== NUL) return cases;
  return [
    ...cases,
    { method: 'GET', url: `/api/work-orders?q=${encodeURIComponent(bad)}`, field: 'q' },
    { method: 'GET', url: `/api/audit?actor=${encodeURIComponent(bad)}`, field: 'actor' },
  ];
}

function dateCases(bad: string): Case[] {
  return [
    {
      method: 'POST',
      url: '/api/work-orders',
      body: { title: 'T', siteAddress: 'S', region: 'north', windowStart: bad },
      field: 'windowStart',
    },
    {
      method: 'PATCH',
      url: `/api/work-orders/${ids.workOrderId}`,
      body: { windowEnd: bad },
      field: 'windowEnd',
    },
    {
      method: 'POST',
      url: '/api/drivers',
      body: { name: 'Q', region: 'north', qualifications: [{ equipmentTypeId: ids.typeId, expiresAt: bad }] },
      field: 'qualifications.0.expiresAt',
    },
    {
      method: 'PATCH',
      url: `/api/drivers/${ids.driverId}`,
      body: { qualifications: [{ equipmentTypeId: ids.typeId, expiresAt: bad }] },
      field: 'qualifications.0.expiresAt',
    },
    { method: 'GET', url: `/api/audit?from=${encodeURIComponent(bad)}`, field: 'from' },
    { method: 'GET', url: `/api/reports/dispatch?to=${encodeURIComponent(bad)}`, field: 'to' },
    { method: 'GET', url: `/api/reports/utilization?from=${encodeURIComponent(bad)}`, field: 'from' },
  ];
}

async function send(item: Case) {
  const headers = item.platform
    ? platformAuth
    : { host: tenant.host, authorization: `Bearer ${admin.token}` };
  return ctx.app.inject({
    method: item.method,
    url: item.url,
    headers: { ...headers, ...(item.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(item.body === undefined ? {} : { payload: JSON.stringify(item.body) }),
  });
}

async function expectRefusedWithoutWrites(cases: Case[], fieldOf = (item: Case) => item.field) {
  const schemas = [tenant.row.schemaName, 'platform'];
  const before = await databaseFingerprint(ctx.adminPool, schemas);
  for (const item of cases) {
    const response = await send(item);
    const label = `${item.method} ${item.url}`;
    expect(response.statusCode, label).toBe(400);
    expect(response.headers['content-type'], label).toContain('application/problem+json');
    expect(
      response.json().errors.map((error: { field: string }) => error.field),
      label,
    ).toContain(fieldOf(item));
  }
  expect(await databaseFingerprint(ctx.adminPool, schemas)).toEqual(before);
}

describe('hostile values are field errors and write nothing', () => {
  it('refuses NUL in every text field, jsonb settings and role-map keys included', async () => {
    await expectRefusedWithoutWrites(textCases(NUL));
  });

  it('refuses lone high and low surrogates, and accepts a well-formed emoji', async () => {
    await expectRefusedWithoutWrites(textCases(LONE_HIGH));
    await expectRefusedWithoutWrites(textCases(LONE_LOW));
    const emoji = await admin.patch(`/api/work-orders/${ids.workOrderId}`, { notes: 'crane 🏗️ ok' });
    expect(emoji.status).toBe(200);
    expect(emoji.body.notes).toBe('crane 🏗️ ok');
  });

  it('refuses year 0000, leap seconds, year 10000 after the offset and impossible days', async () => {
    for (const bad of [
      '0000-01-01T00:00:00Z',
      '0099-12-31T23:59:59Z',
      '2026-12-31T23:59:60Z',
      '9999-12-31T23:59:59-01:00',
      '+275760-09-13T00:00:00Z',
      '2026-02-30T10:00:00Z',
    ]) {
      await expectRefusedWithoutWrites(dateCases(bad));
    }
    const day = await admin.patch(`/api/equipment/${ids.equipmentId}`, { nextMaintenanceOn: '0000-01-01' });
    expect(day.status).toBe(400);
    expect(day.body.errors[0].field).toBe('nextMaintenanceOn');
  });

  it('still accepts the edges Postgres and Date both represent', async () => {
    const response = await admin.patch(`/api/work-orders/${ids.workOrderId}`, {
      windowStart: '0100-01-01T00:00:00Z',
      windowEnd: '9999-12-31T23:59:59.999Z',
    });
    expect(response.status).toBe(200);
    expect(response.body.windowStart).toBe('0100-01-01T00:00:00.000Z');
    expect(response.body.windowEnd).toBe('9999-12-31T23:59:59.999Z');
  });

  it('refuses forged cursors (well-formed JSON this API never signed) on every paged list', async () => {
    const lists = [
      '/api/equipment-types',
      '/api/equipment',
      '/api/equipment/available',
      '/api/drivers',
      '/api/work-orders',
      '/api/dispatch/requests',
      '/api/dispatch/assignments',
      '/api/audit',
      '/api/users',
    ];
    const payloads = [
      { at: '0000-01-01T00:00:00Z', id: 'x' },
      { name: NUL, id: 'not-a-uuid', identifier: NUL, idleSince: 'never', createdAt: 'soon' },
      { id: 42 },
    ];
    const cases: Case[] = lists.flatMap((url) =>
      payloads.map((payload) => ({
        method: 'GET' as const,
        url: `${url}?cursor=${forged(payload)}`,
        field: 'cursor',
      })),
    );
    cases.push({
      method: 'GET',
      url: `/platform/tenants?cursor=${forged({ id: 'x' })}`,
      field: 'cursor',
      platform: true,
    });
    await expectRefusedWithoutWrites(cases);
    // A cursor the API issued still pages.
    await admin.post('/api/equipment-types', { name: 'Flatbed' });
    const first = await admin.get('/api/equipment-types?limit=1');
    const second = await admin.get(`/api/equipment-types?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.status).toBe(200);
    expect(second.body.items[0].name).not.toBe(first.body.items[0].name);
    // …and one edited by a byte is refused. The MAC's first character is edited: the last one carries only two
    // bits of the 16-byte MAC, and changing its low bits would leave the decoded MAC as it was.
    const [payload, mac] = (first.body.nextCursor as string).split('.') as [string, string];
    const tampered = `${payload}.${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;
    expect((await admin.get(`/api/equipment-types?cursor=${tampered}`)).status).toBe(400);
  });

  it('answers a path with malformed percent-encoding with a problem document', async () => {
    for (const url of ['/api/work-orders/%E0%A4%A', '/api/equipment/%ZZ', '/platform/tenants/%C0']) {
      const response = await ctx.app.inject({ url, headers: { host: tenant.host } });
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 400, type: expect.stringContaining('bad-request') });
    }
  });
});
