import { Link } from '@tanstack/react-router';
import { cn } from '../../ui/cn';
import type { ExceptionKind, ExceptionThresholds } from './exceptions';

const labels = (t: ExceptionThresholds): Record<ExceptionKind, string> => ({
  'urgent-waiting': `Urgent waiting > ${t.urgentWaitingMinutes} min`,
  'not-en-route': `Dispatched, not en route > ${t.dispatchedNotEnRouteMinutes} min`,
  'qualification-expiring': `Qualification expiring ≤ ${t.qualificationExpiringDays} d`,
  'idle-drivers': 'Idle qualified drivers while requests wait',
});

/** Live exception counts; each chip filters the board (kept in the URL as `?exception=`). */
export function ExceptionStrip({
  counts,
  thresholds,
  active,
}: {
  counts: Record<ExceptionKind, number>;
  thresholds: ExceptionThresholds;
  active: ExceptionKind | undefined;
}) {
  const text = labels(thresholds);
  return (
    <nav aria-label="Exceptions" className="flex flex-wrap gap-2">
      {(Object.keys(text) as ExceptionKind[]).map((kind) => {
        const count = counts[kind];
        const on = active === kind;
        return (
          <Link
            key={kind}
            from="/board"
            to="/board"
            search={(prev) => ({ ...prev, exception: on ? undefined : kind })}
            aria-pressed={on}
            role="button"
            className={cn(
              'inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700',
              count > 0
                ? 'border-amber-400 bg-amber-50 text-amber-950'
                : 'border-slate-300 bg-white text-slate-700',
              on && 'ring-2 ring-blue-700',
            )}
          >
            <span className="font-semibold tabular-nums">{count}</span>
            <span>{text[kind]}</span>
            {on && <span className="sr-only">(filter on)</span>}
          </Link>
        );
      })}
    </nav>
  );
}
