import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/problem';
import { browser } from '../session/browser';
import { signInUrl } from '../session/me';
import { RouteError } from '../shell/RouteError';
import { Loading } from '../ui/States';
import { ConsoleShell } from './ConsoleShell';
import { platformMeQueries } from './platform-session';

/** The console's own route tree (the platform host): signed in through the platform issuer. */
const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(platformMeQueries.me());
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        browser.assign(signInUrl(location.href));
        return new Promise<never>(() => {});
      }
      throw error;
    }
  },
  component: ConsoleShell,
  errorComponent: RouteError,
  pendingComponent: () => <Loading label="Signing you in…" />,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ href: '/tenants' });
  },
});

const tenantsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tenants',
  component: lazyRouteComponent(() => import('./TenantsPage'), 'TenantsPage'),
});

const tenantRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tenants/$id',
  component: lazyRouteComponent(() => import('./TenantDetailPage'), 'TenantDetailPage'),
});

export const consoleRouteTree = rootRoute.addChildren([indexRoute, tenantsRoute, tenantRoute]);

export function createConsoleRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree: consoleRouteTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingMs: 300,
    defaultPreloadStaleTime: 0,
    ...(history ? { history } : {}),
  });
}
