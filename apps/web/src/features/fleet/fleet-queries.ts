import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, unwrapWithSeq } from '../../api/client';

/** Equipment, types and drivers: the board's picture of free capacity. */
export const fleetQueries = {
  types: () =>
    queryOptions({
      queryKey: ['equipment-types'],
      queryFn: ({ signal }) =>
        unwrap(api.GET('/api/equipment-types', { params: { query: { limit: 500 } }, signal })),
      staleTime: 5 * 60_000,
    }),
  equipment: () =>
    queryOptions({
      queryKey: ['equipment', 'list', {}] as const,
      queryFn: ({ signal }) =>
        unwrapWithSeq(api.GET('/api/equipment', { params: { query: { limit: 500 } }, signal })),
    }),
  drivers: () =>
    queryOptions({
      queryKey: ['drivers', 'list', {}] as const,
      queryFn: ({ signal }) =>
        unwrapWithSeq(api.GET('/api/drivers', { params: { query: { limit: 500 } }, signal })),
    }),
};
