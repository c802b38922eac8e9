import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { ResponseOf } from '../api/types';

export type PlatformMe = ResponseOf<'/platform/me', 'get'>;

/**
 * The same build serves tenants and the platform console; the host tells them apart (docs/web.md: the console
 * lives on `platform.{BASE_DOMAIN}`). On the console host `/api/me` has no tenant, so the app asks `/platform/me`.
 */
export function isPlatformHost(hostname = window.location.hostname): boolean {
  return hostname.split('.')[0] === 'platform';
}

export const platformMeQueries = {
  me: () =>
    queryOptions({
      queryKey: ['platform-me'],
      queryFn: () => unwrap(api.GET('/platform/me')),
      staleTime: 5 * 60_000,
    }),
};

export function usePlatformMe(): PlatformMe {
  return useSuspenseQuery(platformMeQueries.me()).data;
}
