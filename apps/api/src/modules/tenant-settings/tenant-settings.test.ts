import { describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import { adminTenant, tenantClient, type TenantClient } from '#src/test/fleet-fixtures';
import { readBacklog } from '#src/modules/realtime/realtime.backlog';

const ctx = useApiHarness();

const DEFAULTS = {
  exceptions: { urgentWaitingMinutes: 10, dispatchedNotEnRouteMinutes: 15, qualificationExpiringDays: 7 },
  timezone: 'UTC',
};

const put = (client: TenantClient, body: unknown) =>
  client.raw({ method: 'PUT', url: '/api/settings', payload: JSON.stringify(body) });

async function registry(tenant: TestTenant) {
  const { rows } = await ctx.adminPool.query(
    'SELECT settings, updated_at FROM platform.tenants WHERE id = $1',
    [tenant.row.id],
  );
  return rows[0];
}

/** The tenant's published `settings.updated` events (the realtime backlog in Redis), oldest first. */
async function settingsEvents(tenant: TestTenant) {
  const { messages } = await readBacklog(ctx.app.redis, tenant.row.id, 0);
  return messages.filter(({ event }) => event.type === 'settings.updated').map(({ event }) => event.payload);
}

describe('GET /api/settings', () => {
  it('answers the defaults to every tenant role', async () => {
    const { tenant } = await adminTenant(ctx, 'settings-read');
    for (const role of ['dispatch-admin', 'dispatch-dispatcher', 'dispatch-driver', 'dispatch-viewer']) {
      const client = await tenantClient(ctx, tenant, [role]);
      const response = await client.get('/api/settings');
      expect(response.status).toBe(200);
      expect(response.body).toEqual(DEFAULTS);
    }
  });
});

describe('PUT /api/settings', () => {
  it('stores the settings, audits the change, and a PUT of what GET returned writes nothing', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'settings-write');
    const wanted = {
      exceptions: { urgentWaitingMinutes: 5, dispatchedNotEnRouteMinutes: 20, qualificationExpiringDays: 14 },
      timezone: 'Europe/Berlin',
    };
    const response = await put(admin, wanted);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(wanted);
    const viewer = await tenantClient(ctx, tenant, ['dispatch-viewer']);
    expect((await viewer.get('/api/settings')).body).toEqual(wanted);

    const audit = await admin.get('/api/audit?entity=settings');
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'settings.updated', before: DEFAULTS, after: wanted }),
    ]);

    const stored = await registry(tenant);
    const read = await admin.get('/api/settings');
    const again = await put(admin, read.body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(read.body);
    expect((await admin.get('/api/settings')).body).toEqual(read.body);
    expect(await registry(tenant)).toEqual(stored);
    expect((await admin.get('/api/audit?entity=settings')).body.items).toHaveLength(1);
  });

  it('goes through the unit of work: audited with its request id and announced as settings.updated', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'settings-uow');
    const wanted = {
      exceptions: { ...DEFAULTS.exceptions, urgentWaitingMinutes: 4 },
      timezone: 'Europe/Paris',
    };
    const response = await put(admin, wanted);
    expect(response.status).toBe(200);

    const audit = await admin.get('/api/audit?entity=settings');
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        action: 'settings.updated',
        entity: 'settings',
        entityId: tenant.row.id,
        before: DEFAULTS,
        after: wanted,
        requestId: response.headers['x-request-id'],
      }),
    ]);
    expect(await settingsEvents(tenant)).toEqual([{ section: 'tenant', settings: wanted }]);

    // Saving what is stored changes nothing, so it is neither audited nor announced.
    expect((await put(admin, wanted)).status).toBe(200);
    expect((await admin.get('/api/audit?entity=settings')).body.items).toHaveLength(1);
    expect(await settingsEvents(tenant)).toHaveLength(1);
  });

  it('returns omitted settings to their defaults and canonicalises the time zone name', async () => {
    const { admin } = await adminTenant(ctx, 'settings-partial');
    const response = await put(admin, { exceptions: { urgentWaitingMinutes: 3 }, timezone: 'utc' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      exceptions: { ...DEFAULTS.exceptions, urgentWaitingMinutes: 3 },
      timezone: 'UTC',
    });
  });

  it('keeps settings keys it does not own (set at provisioning)', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'settings-keep');
    await ctx.adminPool.query(
      `UPDATE platform.tenants SET settings = '{"billingRef": "X-1"}' WHERE id = $1`,
      [tenant.row.id],
    );
    expect((await put(admin, { timezone: 'America/New_York' })).status).toBe(200);
    expect((await registry(tenant)).settings).toMatchObject({
      billingRef: 'X-1',
      timezone: 'America/New_York',
    });
  });

  it.each([
    [{ timezone: 'Mars/Olympus_Mons' }, 'timezone'],
    [{ timezone: 'not a zone' }, 'timezone'],
    [{ exceptions: { urgentWaitingMinutes: 0 } }, 'exceptions.urgentWaitingMinutes'],
    [{ exceptions: { qualificationExpiringDays: 1.5 } }, 'exceptions.qualificationExpiringDays'],
    [{ exceptions: { somethingElse: 3 } }, 'exceptions.somethingElse'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j naming the field (400) and changes nothing', async (body, field) => {
    const { tenant, admin } = await adminTenant(ctx, 'settings-bad');
    const before = await registry(tenant);
    const response = await put(admin, body);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await registry(tenant)).toEqual(before);
  });

  it('is for admins only, and one tenant never sees or changes another', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'settings-own');
    const { admin: otherAdmin } = await adminTenant(ctx, 'settings-other');
    const dispatcher = await tenantClient(ctx, tenant, ['dispatch-dispatcher']);
    const before = await registry(tenant);
    expect((await put(dispatcher, { timezone: 'Asia/Tokyo' })).status).toBe(403);
    expect(await registry(tenant)).toEqual(before);

    expect((await put(admin, { timezone: 'Asia/Tokyo' })).status).toBe(200);
    expect((await otherAdmin.get('/api/settings')).body).toEqual(DEFAULTS);
  });
});
