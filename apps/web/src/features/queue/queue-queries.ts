import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, unwrapWithSeq } from '../../api/client';

export const queueQueries = {
  /** Every type's queue in serving order (urgent first, then first-come), with positions and estimated waits. */
  queue: () =>
    queryOptions({
      queryKey: ['queue'] as const,
      queryFn: ({ signal }) =>
        unwrapWithSeq(api.GET('/api/dispatch/queue', { params: { query: { limit: 200 } }, signal })),
    }),
  /** Why a request was dispatched the way it was, or why it waits: the recorded decisions, newest last. */
  decisions: (requestId: string) =>
    queryOptions({
      queryKey: ['requests', 'decisions', requestId] as const,
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/api/dispatch/requests/{id}/decisions', { params: { path: { id: requestId } }, signal }),
        ),
    }),
};
