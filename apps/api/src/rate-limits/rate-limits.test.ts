import type { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '@dispatch/config';
import { buildApp, type App } from '#src/app';
import { BASE_DOMAIN, type ApiTestContext, type TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';

/**
 * Limits on real Redis, counted by two app instances (two replicas) on the same Redis and database, with
 * small figures so a burst is a few requests.
 */
const ctx = useApiHarness({ RATE_LIMITS_ENABLED: 'true' });
let replicaA: App;
let replicaB: App;
let config: AppConfig;

beforeAll(async () => {
  config = {
    ...ctx.config,
    rateLimits: {
      ...ctx.config.rateLimits,
      anonymousPerIp: 5,
      tiers: {
        ...ctx.config.rateLimits.tiers,
        trial: { user: 5, tenant: 8, reports: 2 },
        standard: { user: 50, tenant: 100, reports: 20 },
      },
    },
  };
  replicaA = await buildApp({ config, logger: false });
  replicaB = await buildApp({ config, logger: false });
  await Promise.all([replicaA.ready(), replicaB.ready()]);
});
afterAll(async () => {
  await replicaA?.close();
  await replicaB?.close();
});

/**
 * A tenant both replicas know at once: the registry announcement reaches them through Redis a moment later, and a
 * request in between would meet a key index loaded under a second ago (an unknown host, 404).
 */
async function newTenant(...args: Parameters<ApiTestContext['createTenant']>): Promise<TestTenant> {
  const tenant = await ctx.createTenant(...args);
  replicaA.tenants.clear();
  replicaB.tenants.clear();
  return tenant;
}

let ips = 0;
/** Each test calls from its own client address, so per-IP buckets of one test do not touch another's. */
const nextIp = () => `192.0.2.${++ips}`;

function read(app: App, tenant: TestTenant, token: string, ip: string, url = '/api/equipment-types') {
  return app.inject({
    method: 'GET',
    url,
    remoteAddress: ip,
    headers: { host: tenant.host, authorization: `Bearer ${token}` },
  });
}

async function metric(app: App, tenant: string, bucket: string): Promise<number> {
  const values = (await app.metrics.registry.getSingleMetric('http_rate_limited_total')?.get())?.values ?? [];
  return values.find((value) => value.labels.tenant === tenant && value.labels.bucket === bucket)?.value ?? 0;
}

describe('rate limits', () => {
  it("refuses one user's burst with 429, Retry-After and RateLimit headers, counted across replicas, while another tenant is served", async () => {
    const trial = await newTenant('limits-burst', { tier: 'trial' });
    const other = await newTenant('limits-other');
    const token = await trial.token(['dispatch-viewer']);
    const ip = nextIp();

    // Five requests, alternating between the replicas: all within the user's limit of 5.
    for (let index = 0; index < 5; index += 1) {
      const response = await read(index % 2 ? replicaB : replicaA, trial, token, ip);
      expect(response.statusCode).toBe(200);
      expect(response.headers['ratelimit-policy']).toContain('"user";q=5;w=60');
    }
    const last = await read(replicaA, trial, token, ip);
    expect(last.headers.ratelimit).toContain('"user";r=0;');

    const refused = await read(replicaB, trial, token, ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ status: 429 });
    expect(refused.json().type).toMatch(/rate-limited$/);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers['ratelimit-policy']).toContain('"user";q=5;w=60');
    expect(refused.headers.ratelimit).toMatch(/"user";r=0;t=\d+/);
    expect(await metric(replicaB, 'limits-burst', 'user')).toBe(1);

    // Another tenant, same client address, same replicas: unaffected.
    const served = await read(replicaA, other, await other.token(['dispatch-viewer']), ip);
    expect(served.statusCode).toBe(200);
  });

  it('refuses a trial tenant as a whole once its users together pass its limit, other tenants unaffected', async () => {
    const trial = await newTenant('limits-tenant', { tier: 'trial' });
    const other = await newTenant('limits-tenant-other');
    const ip = nextIp();
    const statuses: number[] = [];
    for (let user = 0; user < 4; user += 1) {
      const token = await trial.token(['dispatch-viewer']);
      for (let index = 0; index < 3; index += 1)
        statuses.push((await read(user % 2 ? replicaB : replicaA, trial, token, ip)).statusCode);
    }
    // Twelve requests by four users, each within their own 5: the tenant's 8 lets eight through.
    expect(statuses.filter((status) => status === 200)).toHaveLength(8);
    expect(statuses.slice(8)).toEqual([429, 429, 429, 429]);
    const refused = await read(replicaA, trial, await trial.token(['dispatch-viewer']), ip);
    expect(refused.json().detail).toContain('tenant limit of 8');
    expect(await metric(replicaA, 'limits-tenant', 'tenant')).toBeGreaterThanOrEqual(1);

    const otherToken = await other.token(['dispatch-viewer']);
    for (let index = 0; index < 10; index += 1)
      expect((await read(replicaB, other, otherToken, ip)).statusCode).toBe(200);
  });

  it("never charges a user's refused requests to their colleagues' tenant allowance", async () => {
    const trial = await newTenant('limits-colleagues', { tier: 'trial' });
    const ip = nextIp();
    const noisy = await trial.token(['dispatch-viewer']);
    // Ten requests against a user limit of 5 (tenant 8), on one replica, which counts the user first once they
    // near their limit: five pass, five are refused, and the tenant counted five.
    const statuses: number[] = [];
    for (let index = 0; index < 10; index += 1)
      statuses.push((await read(replicaA, trial, noisy, ip)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429, 429]);
    const colleague = await trial.token(['dispatch-viewer']);
    const served: number[] = [];
    for (let index = 0; index < 4; index += 1)
      served.push((await read(replicaB, trial, colleague, ip)).statusCode);
    expect(served).toEqual([200, 200, 200, 429]);
  });

  it('counts a user well under their limit together with their tenant, in one write to Redis', async () => {
    const tenant = await newTenant('limits-one-write');
    const token = await tenant.token(['dispatch-viewer']);
    const ip = nextIp();
    // The first count of a user on a replica comes before the tenant's: it tells the replica where they stand.
    expect((await read(replicaA, tenant, token, ip)).statusCode).toBe(200);

    const stream = (replicaA.redis as unknown as { stream: Writable }).stream;
    const written: string[] = [];
    const write = stream.write;
    stream.write = function (this: Writable, chunk: unknown, ...rest: unknown[]) {
      written.push(String(chunk));
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as Writable['write'];
    try {
      expect((await read(replicaA, tenant, token, ip)).statusCode).toBe(200);
    } finally {
      stream.write = write;
    }
    const counts = written.filter((text) => text.includes(':rl:'));
    expect(counts).toHaveLength(1);
    expect(counts[0]).toContain(`user:${tenant.row.id}:`);
    expect(counts[0]).toContain(`tenant:${tenant.row.id}`);
  });

  it('gives report generation and CSV a stricter bucket', async () => {
    const tenant = await newTenant('limits-reports', { tier: 'trial' });
    const token = await tenant.token(['dispatch-viewer']);
    const ip = nextIp();
    const report = (app: App) => read(app, tenant, token, ip, '/api/reports/utilization?format=csv');
    expect((await report(replicaA)).statusCode).toBe(200);
    expect((await report(replicaB)).statusCode).toBe(200);
    const refused = await report(replicaA);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['ratelimit-policy']).toContain('"reports";q=2;w=60');
    // The rest of the API still answers the same user.
    expect((await read(replicaB, tenant, token, ip)).statusCode).toBe(200);
  });

  it("applies a tenant's own limits from its registry settings over its tier's", async () => {
    const tenant = await newTenant('limits-override');
    await ctx.adminPool.query(
      `UPDATE platform.tenants SET settings = '{"rateLimits": {"user": 2}}' WHERE id = $1`,
      [tenant.row.id],
    );
    await replicaA.tenants.invalidate();
    const token = await tenant.token(['dispatch-viewer']);
    const ip = nextIp();
    expect((await read(replicaA, tenant, token, ip)).headers['ratelimit-policy']).toBe(
      '"user";q=2;w=60, "tenant";q=100;w=60',
    );
    expect((await read(replicaB, tenant, token, ip)).statusCode).toBe(200);
    expect((await read(replicaA, tenant, token, ip)).statusCode).toBe(429);
  });

  it("lets a platform admin set and clear a tenant's limits through PATCH /platform/tenants/{id}", async () => {
    const tenant = await newTenant('limits-patch');
    const patch = async (payload: Record<string, unknown>) =>
      ctx.app.inject({
        method: 'PATCH',
        url: `/platform/tenants/${tenant.row.id}`,
        headers: { authorization: `Bearer ${await ctx.platformToken()}` },
        payload,
      });
    const invalid = await patch({ rateLimits: { user: 0, burst: 5 } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(invalid.json())).toContain('rateLimits');

    const set = await patch({ rateLimits: { user: 2, reports: 1 } });
    expect(set.statusCode).toBe(200);
    expect(set.json().rateLimits).toEqual({ user: 2, reports: 1 });
    const token = await tenant.token(['dispatch-viewer']);
    const ip = nextIp();
    const first = await read(ctx.app, tenant, token, ip);
    expect(first.headers['ratelimit-policy']).toContain('"user";q=2;w=60');
    expect((await read(ctx.app, tenant, token, ip)).statusCode).toBe(200);
    expect((await read(ctx.app, tenant, token, ip)).statusCode).toBe(429);
    const { rows } = await ctx.adminPool.query(
      `SELECT detail FROM platform.audit_events WHERE tenant_id = $1 AND action = 'tenant.updated'`,
      [tenant.row.id],
    );
    expect(rows.map((row) => row.detail.patch.rateLimits)).toEqual([{ user: 2, reports: 1 }]);

    const cleared = await patch({ rateLimits: null });
    expect(cleared.json().rateLimits).toBeNull();
    const other = await tenant.token(['dispatch-viewer']);
    expect((await read(ctx.app, tenant, other, ip)).headers['ratelimit-policy']).toContain(
      `"user";q=${ctx.config.rateLimits.tiers.standard.user};w=60`,
    );
  });

  it('limits unauthenticated calls per client IP: /auth/*, bad tokens and unknown hosts', async () => {
    const tenant = await newTenant('limits-anon');
    const ip = nextIp();
    const statuses = [];
    statuses.push(
      (await replicaA.inject({ url: '/auth/login', remoteAddress: ip, headers: { host: tenant.host } }))
        .statusCode,
    );
    statuses.push(
      (
        await replicaB.inject({
          url: '/auth/login',
          remoteAddress: ip,
          headers: { host: `nobody.${BASE_DOMAIN}` },
        })
      ).statusCode,
    );
    statuses.push((await read(replicaA, tenant, 'not-a-token', ip)).statusCode);
    statuses.push(
      (
        await replicaB.inject({
          url: '/api/equipment-types',
          remoteAddress: ip,
          headers: { host: `unknown-${ip.replaceAll('.', '-')}.${BASE_DOMAIN}` },
        })
      ).statusCode,
    );
    statuses.push((await read(replicaA, tenant, 'still-not-a-token', ip)).statusCode);
    expect(statuses).toEqual([409, 404, 401, 404, 401]);

    // The allowance of 5 is spent: the next failure from that address is answered 429, and so is /auth/*.
    // A request that does authenticate still passes; health and readiness still answer.
    const refused = await read(replicaB, tenant, 'a-third-bad-token', ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.headers['ratelimit-policy']).toContain('"anonymous";q=5;w=60');
    const login = await replicaA.inject({
      url: '/auth/login',
      remoteAddress: ip,
      headers: { host: tenant.host },
    });
    expect(login.statusCode).toBe(429);
    expect(await metric(replicaA, '-', 'anonymous')).toBeGreaterThanOrEqual(1);
    expect((await read(replicaA, tenant, await tenant.token(['dispatch-viewer']), ip)).statusCode).toBe(200);
    for (const url of ['/api/health', '/api/ready']) {
      const probe = await replicaA.inject({ url, remoteAddress: ip });
      expect(probe.statusCode).toBe(200);
      expect(probe.headers['ratelimit-policy']).toBeUndefined();
    }

    // Another address is not affected.
    expect((await read(replicaA, tenant, await tenant.token(['dispatch-viewer']), nextIp())).statusCode).toBe(
      200,
    );
  });

  it('counts an IPv6 client by its /64', async () => {
    const tenant = await newTenant('limits-ipv6');
    for (let index = 1; index <= 5; index += 1)
      expect((await read(replicaA, tenant, 'not-a-token', `2001:db8:1:2::${index}`)).statusCode).toBe(401);
    expect((await read(replicaB, tenant, 'not-a-token', '2001:db8:1:2:ffff::9')).statusCode).toBe(429);
    expect((await read(replicaB, tenant, 'not-a-token', '2001:db8:1:3::1')).statusCode).toBe(401);
  });

  it('never limits health and readiness', async () => {
    const ip = nextIp();
    for (let index = 0; index < 20; index += 1) {
      expect((await replicaA.inject({ url: '/api/health', remoteAddress: ip })).statusCode).toBe(200);
      expect((await replicaB.inject({ url: '/api/ready', remoteAddress: ip })).statusCode).toBe(200);
    }
  });
});
