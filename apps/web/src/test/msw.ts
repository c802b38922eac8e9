import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Me } from '../session/me';

export const server = setupServer();

export const origin = () => window.location.origin;
export const url = (path: string) => `${origin()}${path}`;

export function makeMe(overrides: Partial<Me> = {}): Me {
  return {
    user: { sub: 'user-1', name: 'Dana Dispatcher', email: 'dana@acme.test' },
    roles: ['dispatcher'],
    region: null,
    tenant: {
      id: '00000000-0000-4000-8000-000000000001',
      slug: 'acme',
      name: 'Acme Cranes',
      tier: 'standard',
    },
    ...overrides,
  };
}

/** A problem+json answer as the API renders it. */
export function problem(
  status: number,
  type: string,
  detail: string,
  errors?: { field: string; message: string }[],
) {
  return HttpResponse.json(
    {
      type: `https://dispatch.example/problems/${type}`,
      title: type,
      status,
      detail,
      ...(errors ? { errors } : {}),
    },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

/** A list answer with the tenant sequence header the board's snapshots carry. */
export function list<T>(items: T[], seq = 0) {
  return HttpResponse.json({ items, nextCursor: null }, { headers: { 'x-tenant-seq': String(seq) } });
}

export { http, HttpResponse };

/** Every list the board reads, empty unless overridden; tests `server.use(...)` what they care about after. */
export function emptyBoardHandlers(seq = 0) {
  server.use(
    http.get(url('/api/work-orders'), () => list([], seq)),
    http.get(url('/api/dispatch/assignments'), () => list([], seq)),
    http.get(url('/api/dispatch/queue'), () =>
      HttpResponse.json({ types: [] }, { headers: { 'x-tenant-seq': String(seq) } }),
    ),
    http.get(url('/api/equipment-types'), () => HttpResponse.json({ items: [], nextCursor: null })),
    http.get(url('/api/equipment'), () => list([], seq)),
    http.get(url('/api/drivers'), () => list([], seq)),
    http.get(url('/api/settings'), () => HttpResponse.json({}, { status: 404 })),
  );
}
