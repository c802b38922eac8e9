import type { LoadTarget } from './load';
import type { BenchTenant } from './tenants';

/** Reads a viewer makes, per tenant: a list page of each kind and the dashboard (every table of the tenant). */
export const READ_MIX_PATHS = [
  '/api/equipment-types?limit=10',
  '/api/work-orders?limit=20',
  '/api/equipment?limit=20',
  '/api/dashboard',
];

export function readMixTargets(tenants: BenchTenant[]): LoadTarget[] {
  return tenants.flatMap((tenant) =>
    READ_MIX_PATHS.map((path) => ({
      path,
      headers: { host: tenant.host, authorization: `Bearer ${tenant.token}` },
    })),
  );
}
