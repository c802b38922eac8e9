import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '#src/app';
import { BASE_DOMAIN, type TestTenant } from '#src/test/api-test-context';
import { useApiHarness } from '#src/test/api-harness';
import { unique } from '#src/test/fleet-fixtures';
import { publicAccess, tenantAccess } from './access-control';

/** Issue 9 item 2: 5xx lines name tenant, route and cause; 4xx lines on a tenant host name the tenant. */
const ctx = useApiHarness();
let app: App;
let tenant: TestTenant;
let token: string;
const lines: string[] = [];
const SECRET = 'customer-secret-90210';

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  app = await buildApp({ config: ctx.config, logger: { level: 'info', stream } });
  // Routes that fail the ways production code can: a thrown error, a failed query carrying request data.
  app.get(
    '/api/test-failures/:id',
    { config: { access: tenantAccess('admin') }, schema: { hide: true } },
    async () => {
      throw new TypeError('the widget could not be rendered');
    },
  );
  app.get(
    '/api/test-failures/:id/query',
    { config: { access: tenantAccess('admin') }, schema: { hide: true } },
    (request) => request.write((uow) => uow.tx.client.query('SELECT $1::uuid AS id', [SECRET])),
  );
  app.get('/api/test-public-failure', { config: { access: publicAccess }, schema: { hide: true } }, () => {
    throw new RangeError('a public route failed');
  });
  await app.ready();
  tenant = await ctx.createTenant(unique('logs'));
  token = await tenant.token(['dispatch-admin']);
});
afterAll(async () => {
  await app?.close();
});

interface LogLine {
  msg: string;
  level: number;
  requestId?: string;
  tenant?: string | null;
  userId?: string;
  route?: string;
  status?: number;
  problem?: string;
  err?: { type: string; message: string; stack?: string };
}

/** Sends a request and returns the log lines it wrote, raw and parsed. */
async function logsOf(request: { url: string; host: string; token?: string }) {
  lines.length = 0;
  const response = await app.inject({
    method: 'GET',
    url: request.url,
    headers: {
      host: request.host,
      ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
    },
  });
  const raw = [...lines];
  return { response, raw, parsed: raw.map((line) => JSON.parse(line) as LogLine) };
}

const requestLine = (parsed: LogLine[]) =>
  parsed.find((line) => line.msg === 'request failed' || line.msg === 'request completed')!;

describe('request logs', () => {
  it('name the tenant, the route pattern and the error class and message on a 5xx line', async () => {
    const { response, raw, parsed } = await logsOf({
      url: '/api/test-failures/abc',
      host: tenant.host,
      token,
    });
    expect(response.statusCode).toBe(500);
    const line = requestLine(parsed);
    expect(line).toMatchObject({
      msg: 'request failed',
      level: 50,
      tenant: tenant.row.slug,
      route: '/api/test-failures/:id',
      status: 500,
      err: { type: 'TypeError', message: 'the widget could not be rendered' },
    });
    expect(line.userId).toMatch(/^user-/);
    expect(line.requestId).toBe(response.headers['x-request-id']);
    // Every line of the request, not only the last, says where it happened; no line holds the token.
    for (const entry of parsed) expect(entry).toMatchObject({ tenant: tenant.row.slug, route: line.route });
    for (const text of raw) {
      expect(text).not.toContain(token);
      expect(text.match(/"tenant":/g)).toHaveLength(1);
    }
  });

  it('log a failed query by operation and SQLSTATE, without the request data it carried', async () => {
    const { response, raw, parsed } = await logsOf({
      url: '/api/test-failures/abc/query',
      host: tenant.host,
      token,
    });
    expect(response.statusCode).toBe(500);
    expect(requestLine(parsed)).toMatchObject({
      tenant: tenant.row.slug,
      route: '/api/test-failures/:id/query',
      err: { type: 'DatabaseError', message: expect.stringContaining('SQLSTATE 22P02') },
    });
    for (const text of raw) expect(text).not.toContain(SECRET);
  });

  it('take the tenant from the token on the shared host, and say there is none when none is known', async () => {
    const shared = await logsOf({ url: '/api/test-failures/abc', host: `api.${BASE_DOMAIN}`, token });
    expect(shared.response.statusCode).toBe(500);
    expect(requestLine(shared.parsed)).toMatchObject({ tenant: tenant.row.slug, err: { type: 'TypeError' } });
    for (const text of shared.raw.slice(-1)) expect(text.match(/"tenant":/g)).toHaveLength(1);

    const anonymous = await logsOf({ url: '/api/test-public-failure', host: `api.${BASE_DOMAIN}` });
    expect(anonymous.response.statusCode).toBe(500);
    expect(requestLine(anonymous.parsed)).toMatchObject({
      tenant: null,
      route: '/api/test-public-failure',
      err: { type: 'RangeError', message: 'a public route failed' },
    });
  });

  it('carry the slug a tenant host names on 4xx lines, whether or not the tenant or its token is valid', async () => {
    const unknown = await logsOf({ url: '/api/equipment', host: `ghost-tenant.${BASE_DOMAIN}`, token });
    expect(unknown.response.statusCode).toBe(404);
    expect(requestLine(unknown.parsed)).toMatchObject({
      tenant: 'ghost-tenant',
      route: '/api/equipment',
      status: 404,
    });

    const refused = await logsOf({ url: '/api/equipment', host: tenant.host, token: 'not-a-token' });
    expect(refused.response.statusCode).toBe(401);
    expect(requestLine(refused.parsed)).toMatchObject({
      tenant: tenant.row.slug,
      status: 401,
      problem: 'token-invalid',
    });

    const unrouted = await logsOf({ url: '/api/no-such-thing', host: tenant.host, token });
    expect(unrouted.response.statusCode).toBe(404);
    expect(requestLine(unrouted.parsed)).toMatchObject({
      tenant: tenant.row.slug,
      route: 'not-found',
      problem: 'not-found',
    });
  });

  it('name why readiness answers 503', async () => {
    app.lifecycle.draining = true;
    try {
      const { response, parsed } = await logsOf({ url: '/api/ready', host: `api.${BASE_DOMAIN}` });
      expect(response.statusCode).toBe(503);
      expect(requestLine(parsed)).toMatchObject({
        route: '/api/ready',
        tenant: null,
        err: { type: 'NotReady', message: expect.stringContaining('draining') },
      });
    } finally {
      app.lifecycle.draining = false;
    }
  });
});
