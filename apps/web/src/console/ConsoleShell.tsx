import { Outlet } from '@tanstack/react-router';
import { useState } from 'react';
import { toast } from 'sonner';
import { signOut } from '../session/me';
import { Button } from '../ui/Button';
import { ConsoleLink } from './ConsoleLink';
import { usePlatformMe } from './platform-session';

/** The platform console's frame: who is signed in, the tenants, sign-out. */
export function ConsoleShell() {
  const me = usePlatformMe();
  const [signingOut, setSigningOut] = useState(false);
  async function onSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      setSigningOut(false);
      toast.error('Sign-out failed. Try again.');
    }
  }
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
      <header className="border-b border-slate-200 bg-slate-900 text-white">
        <div className="flex flex-wrap items-center gap-4 px-4 py-2">
          <span className="font-semibold">Dispatch platform console</span>
          <nav aria-label="Main" className="flex gap-1">
            <ConsoleLink
              href="/tenants"
              className="rounded-md px-3 py-1.5 text-sm hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-white"
            >
              Tenants
            </ConsoleLink>
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <span className="text-sm">{me.user.name}</span>
            <Button size="sm" onClick={onSignOut} pending={signingOut}>
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 p-4" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
