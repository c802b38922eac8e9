import { queryOptions } from '@tanstack/react-query';
import { api, unwrapWithSeq } from '../../api/client';

export interface WorkOrderFilters {
  q?: string | undefined;
  status?: 'open' | 'in_progress' | 'completed' | 'cancelled' | undefined;
}

/** Query factories for work orders: used to fetch, prefetch, invalidate and (realtime) patch the cache. */
export const workOrderQueries = {
  all: () => ['work-orders'] as const,
  lists: () => [...workOrderQueries.all(), 'list'] as const,
  list: (filters: WorkOrderFilters) =>
    queryOptions({
      queryKey: [...workOrderQueries.lists(), filters] as const,
      queryFn: ({ signal }) =>
        unwrapWithSeq(
          api.GET('/api/work-orders', {
            params: {
              query: {
                limit: 100,
                ...(filters.q ? { q: filters.q } : {}),
                ...(filters.status ? { status: filters.status } : {}),
              },
            },
            signal,
          }),
        ),
    }),
};
