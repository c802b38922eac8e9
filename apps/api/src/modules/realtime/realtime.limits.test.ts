import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiTestContext, type ApiTestContext, type TestTenant } from '#src/test/api-test-context';
import { TestClient, startReplica, tenantUrl, waitFor } from '#src/test/realtime-support';

/** Socket.IO abuse limits over real sockets: handshakes per client IP (in Redis) and sockets per user. */
let ctx: ApiTestContext;
let replica: Awaited<ReturnType<typeof startReplica>>;
let tenant: TestTenant;
const clients: TestClient[] = [];

beforeAll(async () => {
  // Behind a trusted proxy, X-Forwarded-For names the client: each test speaks from addresses of its own.
  ctx = await createApiTestContext({ RATE_LIMITS_ENABLED: 'true', TRUST_PROXY: 'true' });
  replica = await startReplica({
    ...ctx.config,
    rateLimits: { ...ctx.config.rateLimits, socketsPerUser: 2, handshakesPerIp: 4 },
  });
  tenant = await ctx.createTenant('rt-limits');
});

afterAll(async () => {
  for (const client of clients) client.close();
  await replica?.shutdown();
  await ctx?.close();
});

const client = (token: string, ip: string) => {
  const created = new TestClient(tenantUrl(tenant.host, replica.port), {
    token,
    headers: { 'x-forwarded-for': ip },
  });
  clients.push(created);
  return created;
};

describe('realtime limits', () => {
  it('caps the sockets one user holds open, and frees a place when one closes', async () => {
    const token = await tenant.token(['dispatch-viewer']);
    const first = client(token, '198.51.100.1');
    const second = client(token, '198.51.100.2');
    await Promise.all([first.ready(), second.ready()]);
    expect(await client(token, '198.51.100.3').refused()).toMatchObject({
      status: 429,
      type: 'too-many-sockets',
    });
    // Another user of the same tenant is not affected.
    await client(await tenant.token(['dispatch-viewer']), '198.51.100.4').ready();

    first.close();
    await waitFor(() => replica.app.realtime.localConnections() === 2);
    await client(token, '198.51.100.5').ready();
  });

  it('limits handshakes per client IP before any token is read', async () => {
    const ip = '203.0.113.7';
    for (let index = 0; index < 4; index += 1)
      expect(await client('not-a-token', ip).refused()).toMatchObject({ status: 401 });
    const refused = await client(await tenant.token(['dispatch-viewer']), ip).refused();
    expect(refused).toMatchObject({ status: 429, type: 'rate-limited' });
    await client(await tenant.token(['dispatch-viewer']), '203.0.113.8').ready();
  });
});
