import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { TENANT_REGISTRY_CHANNEL } from '@dispatch/db';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';

/**
 * PATCH /platform/tenants/:id is one transaction with its audit event, announced to every replica only
 * after it commits (issue 10, item 7), and runs the identity dry run unless told to skip it (item 4).
 */
const ctx = useApiHarness();
let auth: { authorization: string };
let listener: Redis;
const announced: string[] = [];
beforeAll(async () => {
  auth = { authorization: `Bearer ${await ctx.platformToken()}` };
  listener = new Redis(ctx.config.redis.url);
  await listener.subscribe(TENANT_REGISTRY_CHANNEL);
  listener.on('message', (_channel, message: string) => announced.push(message));
});
afterAll(async () => {
  listener?.disconnect();
});

const patch = (tenant: TestTenant, payload: object) =>
  ctx.app.inject({ method: 'PATCH', url: `/platform/tenants/${tenant.row.id}`, headers: auth, payload });

async function state(tenant: TestTenant) {
  const query = async (sql: string) => (await ctx.adminPool.query(sql, [tenant.row.id])).rows;
  return {
    row: (await query('SELECT * FROM platform.tenants WHERE id = $1'))[0],
    secrets: await query('SELECT client_id FROM platform.tenant_idp_secrets WHERE tenant_id = $1'),
    audit: await query(
      'SELECT action, detail FROM platform.audit_events WHERE tenant_id = $1 ORDER BY at, id',
    ),
  };
}

/** A PING on the subscriber connection is answered after every message published to it before. */
async function settle() {
  await listener.ping();
}

describe('PATCH /platform/tenants/:id', () => {
  it('changes nothing and announces nothing when a later step fails (the secret was already written)', async () => {
    const owner = await ctx.createTenant('atomic-owner');
    const tenant = await ctx.createTenant('atomic-target');
    const before = await state(tenant);
    const response = await patch(tenant, {
      name: 'Renamed Ltd',
      tier: 'premium',
      // Sealing the secret is the first write; the issuer (another tenant's, spelled differently) then
      // violates the unique index on the registry row.
      idp: {
        issuer: `${owner.issuer.issuer}/`,
        webClientId: 'dispatch-web-confidential',
        clientSecret: 'first-write-secret',
      },
      skipIdpCheck: true,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      type: expect.stringMatching(/issuer-in-use$/),
      errors: [{ field: 'idp.issuer' }],
    });
    await settle();
    expect(await state(tenant)).toEqual(before);
    expect(announced).not.toContain(tenant.row.id);
  });

  it('commits name, tier, status, identity and secret together with one audit event, then announces', async () => {
    const tenant = await ctx.createTenant('atomic-ok');
    const response = await patch(tenant, {
      name: 'Renamed Ltd',
      tier: 'premium',
      status: 'suspended',
      idp: {
        issuer: tenant.issuer.issuer,
        apiAudience: 'dispatch-api',
        webClientId: 'dispatch-web-confidential',
        clientSecret: 'a-secret',
      },
      skipIdpCheck: true,
    });
    expect(response.statusCode).toBe(200);
    await settle();
    const after = await state(tenant);
    expect(after.row).toMatchObject({ name: 'Renamed Ltd', tier: 'premium', status: 'suspended' });
    expect(after.row.idp).toEqual({
      issuer: tenant.issuer.issuer,
      apiAudience: 'dispatch-api',
      webClientId: 'dispatch-web-confidential',
    });
    expect(after.secrets).toEqual([{ client_id: 'dispatch-web-confidential' }]);
    expect(after.audit.map((event) => event.action)).toEqual(['tenant.provisioned', 'tenant.suspended']);
    expect(after.audit[1].detail).toMatchObject({
      idpCheck: 'skipped',
      patch: { idp: { clientSecret: '(replaced)' } },
    });
    expect(JSON.stringify(after.audit)).not.toContain('a-secret');
    expect(announced).toContain(tenant.row.id);
  });

  it('runs the identity dry run on new settings (422, nothing changed) unless skipIdpCheck is given', async () => {
    const tenant = await ctx.createTenant('atomic-dry-run');
    const before = await state(tenant);
    const unreachable = { issuer: 'https://10.9.8.7/realms/not-yet', apiAudience: 'dispatch-api' };
    const refused = await patch(tenant, { idp: unreachable });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      type: expect.stringMatching(/idp-check-failed$/),
      detail: expect.stringContaining('does not resolve to a public address'),
    });
    expect(await state(tenant)).toEqual(before);

    const skipped = await patch(tenant, { idp: unreachable, skipIdpCheck: true });
    expect(skipped.statusCode).toBe(200);
    const after = await state(tenant);
    expect(after.row.idp_issuer).toBe(unreachable.issuer);
    expect(after.audit.at(-1)).toMatchObject({ action: 'tenant.updated', detail: { idpCheck: 'skipped' } });

    const passed = await patch(tenant, {
      idp: { issuer: tenant.issuer.issuer, apiAudience: 'dispatch-api' },
    });
    expect(passed.statusCode).toBe(200);
    expect((await state(tenant)).audit.at(-1)).toMatchObject({ detail: { idpCheck: 'passed' } });
  });
});
