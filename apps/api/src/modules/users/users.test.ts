import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';

const ctx = useApiHarness();
afterEach(() => {
  vi.useRealTimers();
});

async function get(tenant: TestTenant, url: string, token: string) {
  return ctx.app.inject({
    method: 'GET',
    url,
    headers: { host: tenant.host, authorization: `Bearer ${token}` },
  });
}

async function listUsers(tenant: TestTenant, query = '') {
  const response = await get(
    tenant,
    `/api/users${query}`,
    await tenant.token(['dispatch-admin'], { sub: 'reviewer', name: 'Zed Reviewer' }),
  );
  expect(response.statusCode).toBe(200);
  return response.json() as {
    items: {
      sub: string;
      name: string;
      email: string | null;
      roles: string[];
      lastSignInAt: string | null;
    }[];
    nextCursor: string | null;
  };
}

describe('users', () => {
  it('records a user on first token use, with name, email, roles and region', async () => {
    const tenant = await ctx.createTenant('users-first');
    const token = await tenant.token(['dispatch-driver'], {
      sub: 'drew',
      name: 'Drew Driver',
      email: 'drew@example.com',
      region: 'north',
    });
    expect((await get(tenant, '/api/me', token)).statusCode).toBe(200);
    const { items } = await listUsers(tenant);
    expect(items.find((user) => user.sub === 'drew')).toMatchObject({
      name: 'Drew Driver',
      email: 'drew@example.com',
      roles: ['driver'],
      region: 'north',
      lastSignInAt: null,
    });
  });

  it('writes at most once a minute per user, then picks up what the IdP now says', async () => {
    const tenant = await ctx.createTenant('users-throttle');
    const as = async (name: string, roles: string[]) =>
      get(tenant, '/api/me', await tenant.token(roles, { sub: 'vic', name }));
    await as('Vic Viewer', ['dispatch-viewer']);
    await as('Vic Renamed', ['dispatch-viewer', 'dispatch-dispatcher']);
    expect((await listUsers(tenant)).items.find((user) => user.sub === 'vic')).toMatchObject({
      name: 'Vic Viewer',
      roles: ['viewer'],
    });

    // A minute later (the shared Redis marker has expired too) the next request refreshes the row.
    await ctx.app.redis.del(`dispatch:{t:${tenant.row.id}}:user-seen:vic`);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    await as('Vic Renamed', ['dispatch-viewer', 'dispatch-dispatcher']);
    const vic = (await listUsers(tenant)).items.find((user) => user.sub === 'vic');
    expect(vic).toMatchObject({ name: 'Vic Renamed' });
    expect([...vic!.roles].sort()).toEqual(['dispatcher', 'viewer']);
  });

  it('pages the access review in name order and filters by role', async () => {
    const tenant = await ctx.createTenant('users-page');
    for (const [sub, name, role] of [
      ['u-c', 'Carol', 'dispatch-viewer'],
      ['u-a', 'Alice', 'dispatch-driver'],
      ['u-b', 'Bob', 'dispatch-viewer'],
    ] as const) {
      await get(tenant, '/api/me', await tenant.token([role], { sub, name }));
    }
    const first = await listUsers(tenant, '?limit=2');
    expect(first.items.map((user) => user.name)).toEqual(['Alice', 'Bob']);
    const second = await listUsers(tenant, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((user) => user.name)).toEqual(['Carol', 'Zed Reviewer']);
    expect(second.nextCursor).toBeNull();
    expect((await listUsers(tenant, '?role=viewer')).items.map((user) => user.name)).toEqual([
      'Bob',
      'Carol',
    ]);
  });

  it("never shows one tenant's users to another", async () => {
    const a = await ctx.createTenant('users-a');
    const b = await ctx.createTenant('users-b');
    await get(a, '/api/me', await a.token(['dispatch-viewer'], { sub: 'only-in-a', name: 'Only In A' }));
    const { items } = await listUsers(b);
    expect(items.map((user) => user.sub)).not.toContain('only-in-a');
    const rows = await ctx.adminPool.query(
      `SELECT count(*)::int AS n FROM ${b.row.schemaName}.users WHERE sub = 'only-in-a'`,
    );
    expect(rows.rows[0].n).toBe(0);
  });
});
