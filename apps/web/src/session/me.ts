import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import { browser } from './browser';

export type Me = paths['/api/me']['get']['responses'][200]['content']['application/json'];

export const meQueries = {
  me: () =>
    queryOptions({
      queryKey: ['me'],
      queryFn: () => unwrap(api.GET('/api/me')),
      staleTime: 5 * 60_000,
    }),
};

/** Who is signed in; loaded before any route renders (see routes/root.tsx), so it never suspends there. */
export function useMe(): Me {
  return useSuspenseQuery(meQueries.me()).data;
}

/** Where the API's sign-in starts, coming back to where the user was. */
export function signInUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}

export async function signOut(): Promise<void> {
  const { logoutUrl } = await unwrap(api.POST('/auth/logout'));
  browser.assign(logoutUrl);
}
