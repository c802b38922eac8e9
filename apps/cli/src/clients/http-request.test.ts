import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportError } from '../errors';
import { apiRequester } from './http-request';

let server: Server;
let base: string;
const seen: { url?: string; authorization?: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url, authorization: request.headers.authorization });
    response.writeHead(409, { 'content-type': 'application/problem+json' });
    response.end(
      JSON.stringify({
        type: 'https://dispatch.dev/problems/slug-conflict',
        title: 'Conflict',
        status: 409,
        detail: 'a tenant with slug "acme" already exists',
        errors: [
          { field: 'slug', message: 'a tenant with slug "acme" already exists' },
          { field: 'name', message: 'differs from the existing tenant' },
        ],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prefix`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('API requests', () => {
  it('keeps the base path, sends the token, and turns a problem into its detail and new field errors', async () => {
    const request = apiRequester(base, 'tkn');
    const error = await request('POST', '/platform/tenants', { slug: 'acme' }).catch(
      (caught: unknown) => caught,
    );
    expect(seen.at(-1)).toEqual({ url: '/prefix/platform/tenants', authorization: 'Bearer tkn' });
    expect(reportError(error).lines).toEqual([
      'error: a tenant with slug "acme" already exists (HTTP 409 slug-conflict)',
      '  name: differs from the existing tenant',
    ]);
  });

  it('names the API it cannot reach', async () => {
    // A port that was just free: fetch refuses "unsafe" well-known ports such as 1 before connecting.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closed = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((resolve) => probe.close(resolve));
    const error = await apiRequester(closed, 't')('GET', '/platform/tenants').catch(
      (caught: unknown) => caught,
    );
    expect(reportError(error).lines).toEqual([`error: cannot reach the API at ${closed} (ECONNREFUSED)`]);
  });
});
