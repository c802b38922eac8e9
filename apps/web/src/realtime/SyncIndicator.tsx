import { useEffect, useState } from 'react';
import { cn } from '../ui/cn';
import { useSyncStatus } from './RealtimeProvider';
import type { SyncStatus } from './sync-engine';

/** 24-hour "10:41" (kept out of date-fns: the header is in the initial bundle). */
function clock(time: number): string {
  const date = new Date(time);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export function describeSync(
  status: SyncStatus,
  now: number,
): { text: string; tone: 'live' | 'busy' | 'down' } {
  switch (status.kind) {
    case 'live': {
      const seconds = Math.max(0, (now - status.updatedAt) / 1000);
      const ago =
        seconds < 10
          ? `${seconds.toFixed(1)} s`
          : seconds < 120
            ? `${Math.round(seconds)} s`
            : `${Math.round(seconds / 60)} min`;
      return { text: `Live · updated ${ago} ago`, tone: 'live' };
    }
    case 'resyncing':
      return { text: 'Resyncing…', tone: 'busy' };
    case 'connecting':
      return { text: 'Connecting…', tone: 'busy' };
    case 'offline':
      return { text: `Offline since ${clock(status.since)}`, tone: 'down' };
  }
}

/** How fresh the screen is, always visible: a dispatcher must never look at a stale board without knowing. */
export function SyncIndicator() {
  const status = useSyncStatus();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), status.kind === 'live' ? 200 : 1000);
    return () => clearInterval(timer);
  }, [status.kind]);
  const { text, tone } = describeSync(status, now);
  // Screen readers hear the state change once ("Live", "Offline since 10:41"), not the ticking age.
  const spoken = status.kind === 'live' ? 'Live' : text;
  return (
    <>
      <span role="status" className="sr-only">
        {spoken}
      </span>
      <span
        data-testid="sync-indicator"
        className={cn(
          'inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium tabular-nums whitespace-nowrap',
          tone === 'live' && 'border-green-300 bg-green-50 text-green-900',
          tone === 'busy' && 'border-amber-300 bg-amber-50 text-amber-900',
          tone === 'down' && 'border-red-300 bg-red-50 text-red-900',
        )}
      >
        <span
          aria-hidden
          className={cn(
            'size-2 rounded-full',
            tone === 'live' ? 'bg-green-600' : tone === 'busy' ? 'bg-amber-500' : 'bg-red-600',
          )}
        />
        {text}
      </span>
    </>
  );
}
