import { beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';

const ctx = useApiHarness();
let auth: { authorization: string };
beforeAll(async () => {
  auth = { authorization: `Bearer ${await ctx.platformToken()}` };
});

const create = (payload: unknown) =>
  ctx.app.inject({ method: 'POST', url: '/platform/tenants', headers: auth, payload: payload as object });
const idp = { issuer: 'https://sso.example.com/realms/dispatch-x', apiAudience: 'dispatch-api' };

describe('platform tenants API', () => {
  it('creates a tenant (201), returns it again for the same body (200), and refuses a different body (409)', async () => {
    const body = { slug: 'api-one', name: 'One Ltd', tier: 'standard', idp };
    const first = await create(body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      slug: 'api-one',
      schema: 'tenant_api_one',
      status: 'active',
      tier: 'standard',
    });

    const again = await create(body);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);

    const conflicting = await create({ ...body, name: 'Someone Else' });
    expect(conflicting.statusCode).toBe(409);
    expect(conflicting.json()).toMatchObject({
      type: expect.stringMatching(/slug-conflict$/),
      errors: [{ field: 'slug' }],
    });
  });

  it("seals a web client's secret given at creation in the tenant's secret store, never in the registry or the answer", async () => {
    const secret = 'created-with-secret';
    const response = await create({
      slug: 'api-secret',
      name: 'Secret Ltd',
      tier: 'standard',
      idp: {
        ...idp,
        issuer: 'https://sso.example.com/realms/dispatch-secret',
        webClientId: 'web',
        clientSecret: secret,
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.body).not.toContain(secret);
    const id = response.json().id;
    const sealed = await ctx.adminPool.query(
      'SELECT client_id, sealed FROM platform.tenant_idp_secrets WHERE tenant_id = $1',
      [id],
    );
    expect(sealed.rows).toEqual([expect.objectContaining({ client_id: 'web' })]);
    expect(sealed.rows[0].sealed).not.toContain(secret);
    const registry = await ctx.adminPool.query('SELECT idp FROM platform.tenants WHERE id = $1', [id]);
    expect(JSON.stringify(registry.rows[0].idp)).not.toContain(secret);
  });

  it.each([['UPPER'], ['no'], ['www'], ['platform'], ["a'); drop table platform.tenants; --"]])(
    'answers 400 naming the slug field for %j and writes nothing',
    async (slug) => {
      const response = await create({ slug, name: 'Bad', tier: 'standard' });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'slug' })]);
      const { rows } = await ctx.adminPool.query(
        'SELECT count(*)::int AS n FROM platform.tenants WHERE slug = $1',
        [slug],
      );
      expect(rows[0].n).toBe(0);
    },
  );

  it('names every invalid or unknown field in a validation problem', async () => {
    const response = await create({ slug: 'api-bad', name: '', tier: 'gold', color: 'red' });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'tier', 'color']));
  });

  it('pages through tenants with an opaque cursor', async () => {
    for (const slug of ['page-a', 'page-b', 'page-c']) await create({ slug, name: slug, tier: 'trial' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/platform/tenants${query}`,
        headers: auth,
      });
      expect(response.statusCode).toBe(200);
      const page = response.json() as { items: { slug: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.slug));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining(['page-a', 'page-b', 'page-c']));
    expect(new Set(seen).size).toBe(seen.length);

    const bad = await ctx.app.inject({
      method: 'GET',
      url: '/platform/tenants?cursor=garbage&limit=-1',
      headers: auth,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('offboards a tenant: 202, export written, schema dropped, tombstone kept', async () => {
    const created = (await create({ slug: 'api-gone', name: 'Gone', tier: 'standard' })).json();
    const response = await ctx.app.inject({
      method: 'DELETE',
      url: `/platform/tenants/${created.id}`,
      headers: auth,
    });
    expect(response.statusCode).toBe(202);
    expect(response.json().status).toBe('offboarding');

    let tenant: { status: string; exportLocation: string | null } | undefined;
    for (let attempt = 0; attempt < 50 && tenant?.status !== 'deleted'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      tenant = (
        await ctx.app.inject({ method: 'GET', url: `/platform/tenants/${created.id}`, headers: auth })
      ).json();
    }
    expect(tenant).toMatchObject({
      status: 'deleted',
      exportLocation: expect.stringMatching(/^file:\/\/.*\.tenant-backup\.gz$/),
    });
    const { rowCount } = await ctx.adminPool.query(
      "SELECT 1 FROM pg_namespace WHERE nspname = 'tenant_api_gone'",
    );
    expect(rowCount).toBe(0);
    // The slug is free again; the tombstone stays listed only on request.
    expect((await create({ slug: 'api-gone', name: 'Gone Again', tier: 'standard' })).statusCode).toBe(201);
  });

  it('reports per-tenant template versions and runs migrations in the background', async () => {
    const started = await ctx.app.inject({
      method: 'POST',
      url: '/platform/migrations',
      headers: auth,
      payload: {},
    });
    expect(started.statusCode).toBe(202);
    let overview: { lastRun: { status: string } | null; tenants: { pending: number }[] } | undefined;
    for (let attempt = 0; attempt < 50 && overview?.lastRun?.status !== 'finished'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      overview = (await ctx.app.inject({ method: 'GET', url: '/platform/migrations', headers: auth })).json();
    }
    expect(overview?.lastRun?.status).toBe('finished');
    expect(overview?.tenants.every((tenant) => tenant.pending === 0)).toBe(true);
  });
});
