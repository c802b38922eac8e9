import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import { Toaster } from 'sonner';
import { createQueryClient } from '../query-client';
import { createAppRouter } from '../router';
import { meQueries, type Me } from '../session/me';
import { makeMe } from './msw';

export interface RenderAppOptions {
  /** Who is signed in; `null` leaves /api/me to the test's handlers. */
  me?: Partial<Me> | null;
  queryClient?: QueryClient;
  /** Wait for the first route to load (false: for a route that never settles, such as the sign-in redirect). */
  awaitLoad?: boolean;
}

/** Renders the whole app (router, shell, query cache) at `path`, as the browser would. */
export async function renderApp(
  path: string,
  { me = {}, queryClient = createQueryClient(), awaitLoad = true }: RenderAppOptions = {},
) {
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  if (me) queryClient.setQueryData(meQueries.me().queryKey, makeMe(me));
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>,
  );
  if (!awaitLoad) return { ...result, router, queryClient };
  await router.load();
  if (me) await screen.findByRole('navigation', { name: 'Main' });
  return { ...result, router, queryClient };
}
