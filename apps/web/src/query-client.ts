import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/problem';

/** Shared defaults: realtime events keep lists fresh, so no refetch on focus; 4xx are never retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
