import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router';
import { isApiError } from './api/problem';
import { auditSearchSchema, userSearchSchema } from './features/admin/admin-search';
import { boardSearchSchema } from './features/board/board-search';
import { reportsSearchSchema } from './features/reports/reports-search';
import { browser } from './session/browser';
import { meQueries, signInUrl } from './session/me';
import { can } from './session/permissions';
import { AppShell } from './shell/AppShell';
import { RouteError } from './shell/RouteError';
import { Loading } from './ui/States';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Sends the browser to the API's sign-in; resolves never, so nothing renders meanwhile. */
function goToSignIn(returnTo: string): Promise<never> {
  browser.assign(signInUrl(returnTo));
  return new Promise(() => {});
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Who is signed in decides everything below, so it loads before any screen (and only once: cached).
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQueries.me());
      return { me };
    } catch (error) {
      if (isApiError(error) && error.status === 401) return goToSignIn(location.href);
      throw error;
    }
  },
  component: AppShell,
  errorComponent: RouteError,
  pendingComponent: () => <Loading label="Signing you in…" />,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: can(context.me, 'board.view') ? '/board' : '/driver' });
  },
});

const boardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/board',
  validateSearch: boardSearchSchema,
  component: lazyRouteComponent(() => import('./features/board/BoardPage'), 'BoardPage'),
});

const driverRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/driver',
  component: lazyRouteComponent(() => import('./features/driver/DriverPage'), 'DriverPage'),
});

const wallboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wallboard',
  beforeLoad: ({ context }) => {
    if (!can(context.me, 'board.view')) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('./features/wallboard/WallboardPage'), 'WallboardPage'),
});

const reportsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports',
  validateSearch: reportsSearchSchema,
  beforeLoad: ({ context }) => {
    if (!can(context.me, 'reports.view')) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('./features/reports/ReportsPage'), 'ReportsPage'),
});

const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  // The API answers 403 to anyone else; the app does not offer the screens at all.
  beforeLoad: ({ context }) => {
    if (!can(context.me, 'admin.view')) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('./features/admin/AdminLayout'), 'AdminLayout'),
});

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/admin/equipment' });
  },
});

const adminPage = <P extends string>(path: P, load: () => Promise<Record<string, unknown>>, name: string) =>
  createRoute({
    getParentRoute: () => adminRoute,
    path,
    component: lazyRouteComponent(load as () => Promise<Record<string, () => React.JSX.Element>>, name),
  });

const adminRoutes = [
  adminIndexRoute,
  adminPage('equipment-types', () => import('./features/admin/EquipmentTypesPage'), 'EquipmentTypesPage'),
  adminPage('equipment', () => import('./features/admin/EquipmentPage'), 'EquipmentPage'),
  adminPage('drivers', () => import('./features/admin/DriversPage'), 'DriversPage'),
  createRoute({
    getParentRoute: () => adminRoute,
    path: 'users',
    validateSearch: userSearchSchema,
    component: lazyRouteComponent(() => import('./features/admin/UsersPage'), 'UsersPage'),
  }),
  createRoute({
    getParentRoute: () => adminRoute,
    path: 'audit',
    validateSearch: auditSearchSchema,
    component: lazyRouteComponent(() => import('./features/admin/AuditPage'), 'AuditPage'),
  }),
  adminPage('settings', () => import('./features/admin/TenantSettingsPage'), 'TenantSettingsPage'),
  adminPage('identity', () => import('./features/admin/IdentityProviderPage'), 'IdentityProviderPage'),
];

export const routeTree = rootRoute.addChildren([
  indexRoute,
  boardRoute,
  driverRoute,
  reportsRoute,
  wallboardRoute,
  adminRoute.addChildren(adminRoutes),
]);

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingMs: 300,
    // Routes read through TanStack Query, which has its own cache; the router should not cache on top.
    defaultPreloadStaleTime: 0,
    ...(history ? { history } : {}),
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
