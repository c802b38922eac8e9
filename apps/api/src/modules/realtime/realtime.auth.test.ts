import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import { TestClient, sleep, startReplica, tenantUrl, waitFor } from '#src/test/realtime-support';

const ctx = useApiHarness();
let replica: Awaited<ReturnType<typeof startReplica>>;
let tenant: TestTenant;
const clients: TestClient[] = [];

beforeAll(async () => {
  replica = await startReplica(ctx.config);
  tenant = await ctx.createTenant('rt-auth');
});

afterAll(async () => {
  for (const client of clients) client.close();
  await replica?.shutdown();
});

const client = (options: ConstructorParameters<typeof TestClient>[1] = {}, host = tenant.host) => {
  const created = new TestClient(tenantUrl(host, replica.port), options);
  clients.push(created);
  return created;
};

async function suspend(id: string, status: 'suspended' | 'active') {
  const response = await ctx.app.inject({
    method: 'PATCH',
    url: `/platform/tenants/${id}`,
    headers: { authorization: `Bearer ${await ctx.platformToken()}` },
    payload: { status },
  });
  expect(response.statusCode).toBe(200);
}

describe('realtime authentication', () => {
  it('refuses a handshake without credentials, with a bad token, or without the second factor', async () => {
    expect(await client().refused()).toMatchObject({ status: 401, type: 'token-missing' });
    expect(await client({ token: 'not-a-token' }).refused()).toMatchObject({ status: 401 });
    const expired = await tenant.issuer.sign(
      { sub: 'someone', aud: 'dispatch-api', realm_access: { roles: ['dispatch-admin'] }, amr: ['otp'] },
      { expiresIn: -120 },
    );
    expect(await client({ token: expired }).refused()).toMatchObject({ status: 401, type: 'token-expired' });
    const noMfa = await tenant.token(['dispatch-dispatcher'], { amr: ['pwd'] });
    expect(await client({ token: noMfa }).refused()).toMatchObject({ status: 403, type: 'mfa-required' });
    expect(
      await client({ token: await tenant.token(['dispatch-admin']) }, 'nobody.dispatch.test').refused(),
    ).toMatchObject({
      status: 404,
      type: 'tenant-not-found',
    });
  });

  it('accepts the token in the Authorization header as well as in auth.token', async () => {
    const token = await tenant.token(['dispatch-viewer']);
    const viaHeader = client({ headers: { authorization: `Bearer ${token}` } });
    await viaHeader.ready();
  });

  it('ends the connection when the token expires', async () => {
    const token = await tenant.issuer.sign(
      { sub: 'short-lived', aud: 'dispatch-api', realm_access: { roles: ['dispatch-viewer'] } },
      { expiresIn: '2s' },
    );
    const connected = client({ token });
    await connected.ready();
    const exp = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).exp as number;
    await waitFor(() => connected.disconnects.length === 1, 5000);
    expect(connected.ended).toEqual(['token-expired']);
    expect(connected.disconnects[0]!.reason).toBe('io server disconnect');
    expect(connected.disconnects[0]!.at).toBeGreaterThanOrEqual(exp * 1000 - 50);
    expect(connected.disconnects[0]!.at).toBeLessThan(exp * 1000 + 1000);
  });

  it('refuses a suspended tenant, and disconnects its sockets on every replica when it is suspended', async () => {
    const other = await ctx.createTenant('rt-auth-suspend');
    const second = await startReplica(ctx.config);
    try {
      const token = await other.token(['dispatch-admin']);
      const onFirst = new TestClient(tenantUrl(other.host, replica.port), { token });
      const onSecond = new TestClient(tenantUrl(other.host, second.port), { token });
      const bystander = client({ token: await tenant.token(['dispatch-admin']) });
      clients.push(onFirst, onSecond);
      await Promise.all([onFirst.ready(), onSecond.ready(), bystander.ready()]);

      // Suspended through the platform API of a third instance: the registry invalidation reaches every replica.
      await suspend(other.row.id, 'suspended');
      await waitFor(() => onFirst.disconnects.length === 1 && onSecond.disconnects.length === 1, 5000);
      expect(onFirst.ended).toEqual(['tenant-suspended']);
      expect(onSecond.ended).toEqual(['tenant-suspended']);
      await sleep(100);
      expect(bystander.disconnects).toEqual([]);

      const refused = new TestClient(tenantUrl(other.host, second.port), { token });
      clients.push(refused);
      expect(await refused.refused()).toMatchObject({ status: 403, type: 'tenant-suspended' });
    } finally {
      await suspend(other.row.id, 'active');
      await second.shutdown();
    }
  });

  it('accepts the web session cookie, ends the socket with the session, and refuses foreign origins', async () => {
    const sub = 'rt-cookie-user';
    const accessToken = await tenant.issuer.sign(
      { sub, aud: 'dispatch-api', realm_access: { roles: ['dispatch-admin'] }, amr: ['pwd', 'otp'] },
      { expiresIn: '3s' },
    );
    const exp = JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString()).exp as number;
    // A session as /auth/callback leaves it: tokens server-side, no refresh token (so it ends with the token).
    const { id } = await replica.app.webSessions.store.create({
      tenantId: tenant.row.id,
      sub,
      accessToken,
      accessExpiresAt: exp,
    });
    const cookie = `dispatch_session=${id}`;

    const foreign = client({ cookie, origin: 'https://evil.example' });
    expect(await foreign.refused()).toMatchObject({ status: 403, type: 'origin-not-allowed' });

    const browser = client({ cookie, origin: `http://${tenant.host}:${replica.port}` });
    await browser.ready();
    await replica.app.realtime.publish(tenant.row.id, [{ type: 'queue.updated', payload: {} }]);
    await waitFor(() => browser.events.length === 1);

    await waitFor(() => browser.disconnects.length === 1, 6000);
    expect(browser.ended).toEqual(['session-expired']);
    expect(await replica.app.webSessions.store.get(tenant.row.id, id)).toBeUndefined();
  });

  it('ends a signed-out user’s sockets on every replica at once', async () => {
    const second = await startReplica(ctx.config);
    try {
      const token = await tenant.token(['dispatch-dispatcher'], { sub: 'rt-leaving' });
      const here = client({ token });
      const there = new TestClient(tenantUrl(tenant.host, second.port), { token });
      const colleague = client({ token: await tenant.token(['dispatch-dispatcher']) });
      clients.push(there);
      await Promise.all([here.ready(), there.ready(), colleague.ready()]);

      await ctx.app.realtime.disconnectUser(tenant.row.id, 'rt-leaving');
      await waitFor(() => here.disconnects.length === 1 && there.disconnects.length === 1, 3000);
      expect(here.ended).toEqual(['signed-out']);
      expect(there.ended).toEqual(['signed-out']);
      await sleep(100);
      expect(colleague.disconnects).toEqual([]);
    } finally {
      await second.shutdown();
    }
  });
});
