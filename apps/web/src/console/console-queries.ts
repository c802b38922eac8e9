import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { ResponseOf } from '../api/types';

export type Tenant = ResponseOf<'/platform/tenants', 'get'>['items'][number];
export type MigrationStatus = ResponseOf<'/platform/migrations', 'get'>;

/** The console's reads: tenants, one tenant, and the migration status (polled while a run is going). */
export const consoleQueries = {
  tenants: () =>
    queryOptions({
      queryKey: ['platform', 'tenants'] as const,
      queryFn: ({ signal }) =>
        unwrap(api.GET('/platform/tenants', { params: { query: { limit: 200 } }, signal })),
    }),
  tenant: (id: string) =>
    queryOptions({
      queryKey: ['platform', 'tenants', id] as const,
      queryFn: ({ signal }) =>
        unwrap(api.GET('/platform/tenants/{id}', { params: { path: { id } }, signal })),
    }),
  migrations: () =>
    queryOptions({
      queryKey: ['platform', 'migrations'] as const,
      queryFn: ({ signal }) => unwrap(api.GET('/platform/migrations', { signal })),
      // Live progress: poll every second while a run is going, not at all otherwise.
      refetchInterval: (query) => (runOf(query.state.data)?.status === 'running' ? 1000 : false),
    }),
};

export interface MigrationRun {
  status: 'running' | 'finished' | 'failed';
  total: number;
  done: number;
  migrated: number;
  failed: { slug: string; error: string }[];
}

/** The last run as the API keeps it (typed loosely in the OpenAPI document). */
export function runOf(status: MigrationStatus | undefined): MigrationRun | null {
  const run = status?.lastRun as Partial<MigrationRun> | null | undefined;
  if (!run || typeof run.status !== 'string') return null;
  return {
    status: run.status,
    total: run.total ?? 0,
    done: run.done ?? 0,
    migrated: run.migrated ?? 0,
    failed: run.failed ?? [],
  };
}
