import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { AuditSearch } from './admin-search';

/** The admin screens' server state: users, audit log and its chain, tenant and identity settings. */
export const adminQueries = {
  users: (role?: 'admin' | 'dispatcher' | 'driver' | 'viewer') =>
    queryOptions({
      queryKey: ['users', 'list', { role }] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/api/users', { params: { query: { limit: 200, ...(role ? { role } : {}) } }, signal }),
        ),
    }),
  audit: (filters: AuditSearch) =>
    infiniteQueryOptions({
      queryKey: ['audit', 'list', filters] as const,
      initialPageParam: undefined as string | undefined,
      queryFn: ({ signal, pageParam }) =>
        unwrap(
          api.GET('/api/audit', {
            params: {
              query: {
                limit: 50,
                ...(filters.entity ? { entity: filters.entity } : {}),
                ...(filters.actor ? { actor: filters.actor } : {}),
                ...(filters.from ? { from: new Date(filters.from).toISOString() } : {}),
                ...(filters.to ? { to: new Date(`${filters.to}T23:59:59.999`).toISOString() } : {}),
                ...(pageParam ? { cursor: pageParam } : {}),
              },
            },
            signal,
          }),
        ),
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  auditChain: () =>
    queryOptions({
      queryKey: ['audit', 'verify'] as const,
      queryFn: ({ signal }) => unwrap(api.GET('/api/audit/verify', { signal })),
    }),
  settings: () =>
    queryOptions({
      queryKey: ['settings', 'tenant'] as const,
      queryFn: ({ signal }) => unwrap(api.GET('/api/settings', { signal })),
    }),
  idp: () =>
    queryOptions({
      queryKey: ['settings', 'idp'] as const,
      queryFn: ({ signal }) => unwrap(api.GET('/api/settings/idp', { signal })),
    }),
};
