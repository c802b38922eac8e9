import { queryOptions } from '@tanstack/react-query';
import { api, unwrapWithSeq } from '../../api/client';

export interface AssignmentFilters {
  status?: 'active' | 'dispatched' | 'en_route' | 'on_site' | 'completed' | 'cancelled';
}

export const assignmentQueries = {
  all: () => ['assignments'] as const,
  lists: () => [...assignmentQueries.all(), 'list'] as const,
  list: (filters: AssignmentFilters) =>
    queryOptions({
      queryKey: [...assignmentQueries.lists(), filters] as const,
      queryFn: ({ signal }) =>
        unwrapWithSeq(
          api.GET('/api/dispatch/assignments', { params: { query: { limit: 100, ...filters } }, signal }),
        ),
    }),
};
