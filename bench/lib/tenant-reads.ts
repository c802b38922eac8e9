import { request } from 'node:http';
import type { BenchContext } from './context';
import type { LoadTarget } from './load';
import { measureBackendMemory } from './backend-memory';
import type { ScenarioRecorder } from './results';
import { format } from './results';
import { SEEDED_ROWS, type BenchTenant } from './tenants';

/** The tenant-scoped authenticated read: token check, tenant transaction, RLS, SELECT of one page. */
export const READ_PATH = `/api/equipment-types?limit=${SEEDED_ROWS}`;
/** `application_name` of the API's runtime pool: how its Postgres backends are found. */
export const API_POOL_APPLICATION = 'dispatch-api';

export function readTargets(tenants: BenchTenant[]): LoadTarget[] {
  return tenants.map((tenant) => ({
    path: READ_PATH,
    headers: { host: tenant.host, authorization: `Bearer ${tenant.token}` },
  }));
}

/** Provisions (untimed) until the fleet has `count` tenants, for scenarios run without `provisioning`. */
export async function ensureTenants(
  ctx: BenchContext,
  out: ScenarioRecorder,
  count: number,
): Promise<BenchTenant[]> {
  if (ctx.fleet.tenants.length < count) {
    out.note(`Provisioned ${count - ctx.fleet.tenants.length} tenants first (untimed here).`);
    await ctx.fleet.grow(count, (done, total) => ctx.progress.step('provisioned', done, total, 100));
  }
  return ctx.fleet.tenants.slice(0, count);
}

/**
 * Before loading the API, prove the request measures what it claims: a full page of the tenant's own rows,
 * and a token of another tenant refused on this tenant's host.
 */
export async function assertReadWorks(url: string, tenants: BenchTenant[]): Promise<void> {
  const [first, second] = tenants;
  if (!first) throw new Error('no tenants to read');
  const own = await get(`${url}${READ_PATH}`, { host: first.host, authorization: `Bearer ${first.token}` });
  const items = (JSON.parse(own.body) as { items?: unknown[] }).items;
  if (own.status !== 200 || items?.length !== SEEDED_ROWS) {
    throw new Error(`tenant read answered ${own.status} with ${own.body.slice(0, 300)}`);
  }
  if (second) {
    const foreign = await get(`${url}${READ_PATH}`, {
      host: first.host,
      authorization: `Bearer ${second.token}`,
    });
    if (foreign.status !== 401) throw new Error(`a foreign tenant's token got ${foreign.status}, not 401`);
  }
}

/** node:http rather than fetch, which does not let a caller set the Host header. */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

export interface MemoryFigures {
  backends: number;
  perBackendPssMiB: number;
  perBackendPrivateMiB: number;
}

/** Records the memory of the Postgres backends behind the API's pool, totals and per connection. */
export async function recordBackendMemory(
  ctx: BenchContext,
  out: ScenarioRecorder,
): Promise<MemoryFigures | null> {
  const memory = await measureBackendMemory(ctx.adminPool, API_POOL_APPLICATION);
  if (!memory) {
    out.note(
      'Backend memory not measured: the backends are not readable in /proc here (Postgres in a container or on another host).',
    );
    return null;
  }
  const mib = (kib: number) => kib / 1024;
  const figures = {
    backends: memory.backends,
    perBackendPssMiB: mib(memory.pssKiB) / memory.backends,
    perBackendPrivateMiB: mib(memory.privateKiB) / memory.backends,
  };
  out.figure('memBackends', 'Postgres backends of the API pool', memory.backends, '');
  out.figure('memRssTotal', 'backends, RSS total', mib(memory.rssKiB), 'MiB');
  out.figure('memPssTotal', 'backends, PSS total', mib(memory.pssKiB), 'MiB');
  out.figure('memPrivateTotal', 'backends, private total', mib(memory.privateKiB), 'MiB');
  out.figure('memRssPerBackend', 'per backend, RSS', mib(memory.rssKiB) / memory.backends, 'MiB');
  out.figure('memPssPerBackend', 'per backend, PSS', figures.perBackendPssMiB, 'MiB');
  out.figure('memPrivatePerBackend', 'per backend, private', figures.perBackendPrivateMiB, 'MiB');
  ctx.progress.log(
    `backend memory: ${memory.backends} backends, PSS ${format(figures.perBackendPssMiB, 'MiB')} and private ` +
      `${format(figures.perBackendPrivateMiB, 'MiB')} per backend`,
  );
  return figures;
}
