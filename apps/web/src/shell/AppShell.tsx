import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { toast } from 'sonner';
import { signOut, useMe } from '../session/me';
import { can } from '../session/permissions';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { navigation } from './navigation';
import { ShellStatus } from './shell-status';
import { RealtimeProvider } from '../realtime/RealtimeProvider';

/** The frame every signed-in screen renders in: tenant, navigation for the user's roles, region, sign-out. */
export function AppShell() {
  const me = useMe();
  const [signingOut, setSigningOut] = useState(false);
  const items = navigation.filter((item) => can(me, item.action));
  // The wallboard is for a TV: the live data without the header's controls.
  const chromeless = useRouterState({ select: (state) => state.location.pathname === '/wallboard' });

  async function onSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      setSigningOut(false);
      toast.error('Sign-out failed. Try again.');
    }
  }

  if (chromeless)
    return (
      <RealtimeProvider>
        <main id="main">
          <Outlet />
        </main>
      </RealtimeProvider>
    );

  return (
    <RealtimeProvider>
      <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-4">
            <span className="font-semibold">
              Dispatch <span className="font-normal text-slate-600">· {me.tenant.name}</span>
            </span>
            <nav
              aria-label="Main"
              className="order-last -mx-1 flex w-full gap-1 overflow-x-auto sm:order-none sm:w-auto"
            >
              {items.map((item) => (
                <Link
                  key={item.to}
                  to={item.to}
                  className="rounded-md px-3 py-1.5 text-sm whitespace-nowrap text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
                  activeProps={{
                    className: 'bg-slate-900 text-white hover:bg-slate-800',
                    'aria-current': 'page',
                  }}
                >
                  {item.label}
                </Link>
              ))}
            </nav>
            <div className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-2">
              <ShellStatus />
              {me.region && (
                <Badge tone="info" className="text-sm">
                  <span title={`You see and act only on region ${me.region}`}>Region: {me.region}</span>
                </Badge>
              )}
              <span className="hidden text-sm text-slate-700 md:inline">
                {me.user.name} <span className="text-slate-500">({me.roles.join(', ')})</span>
              </span>
              <Button size="sm" variant="ghost" onClick={onSignOut} pending={signingOut}>
                Sign out
              </Button>
            </div>
          </div>
        </header>
        <main id="main" className="flex-1" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </RealtimeProvider>
  );
}
