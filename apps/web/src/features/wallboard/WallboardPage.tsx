import { useQuery } from '@tanstack/react-query';
import { formatDuration, useNow } from '../../ui/use-now';
import { assignmentQueries } from '../assignments/assignment-queries';
import { countExceptions, DEFAULT_THRESHOLDS, type ExceptionKind } from '../exceptions/exceptions';
import { settingsQueries } from '../exceptions/settings-queries';
import { fleetQueries } from '../fleet/fleet-queries';
import { queueQueries } from '../queue/queue-queries';
import { reportQueries } from '../reports/reports-queries';
import { toApiPeriod } from '../reports/reports-search';
import { percent } from '../reports/report-data';
import { SyncIndicator } from '../../realtime/SyncIndicator';

const EXCEPTION_LABELS: Record<ExceptionKind, string> = {
  'urgent-waiting': 'Urgent waiting too long',
  'not-en-route': 'Dispatched, not en route',
  'qualification-expiring': 'Qualification expiring',
  'idle-drivers': 'Idle qualified drivers',
};

/**
 * The wallboard (`/wallboard`) for a TV: the queue, exception counts and today's utilization in large type, no
 * controls. The queue, assignments, equipment and drivers are the board's queries, kept current by the realtime
 * cache patches; today's utilization is a report, re-read every five minutes.
 */
export function WallboardPage() {
  const now = useNow(5_000);
  const thresholds = useQuery(settingsQueries.thresholds()).data ?? DEFAULT_THRESHOLDS;
  const queue = useQuery(queueQueries.queue()).data?.data;
  const assignments = useQuery(assignmentQueries.list({ status: 'active' })).data?.data.items;
  const drivers = useQuery(fleetQueries.drivers()).data?.data.items;
  const equipment = useQuery(fleetQueries.equipment()).data?.data.items ?? [];
  const types = useQuery(fleetQueries.types()).data?.items ?? [];
  const today = toApiPeriod({ from: localDay(now), to: localDay(now) });
  const report = useQuery({ ...reportQueries.utilization(today), refetchInterval: 5 * 60_000 }).data;
  const counts = countExceptions(thresholds, { queue, assignments, drivers }, now);
  const typeName = (id: string) => types.find((t) => t.id === id)?.name ?? 'Equipment';

  const entries = (queue?.types ?? [])
    .flatMap((type) => type.items)
    .sort((a, b) =>
      a.request.priority === b.request.priority
        ? a.request.createdAt.localeCompare(b.request.createdAt)
        : a.request.priority === 'urgent'
          ? -1
          : 1,
    );
  const inService = equipment.filter((unit) => unit.status !== 'retired');
  const busy = inService.filter((unit) => unit.status === 'dispatched').length;
  const todayUtilization =
    report && report.items.length > 0
      ? report.items.reduce((sum, row) => sum + row.utilization, 0) / report.items.length
      : null;

  return (
    <div className="min-h-screen bg-slate-950 p-6 text-slate-50">
      <div className="mb-6 flex items-baseline justify-between gap-4">
        <h1 className="text-4xl font-bold">Dispatch wallboard</h1>
        <div className="text-xl text-slate-300">
          <SyncIndicator />
        </div>
      </div>
      <section aria-labelledby="wb-exceptions" className="mb-8">
        <h2 id="wb-exceptions" className="sr-only">
          Exceptions
        </h2>
        <ul className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          {(Object.keys(EXCEPTION_LABELS) as ExceptionKind[]).map((kind) => (
            <li
              key={kind}
              className={
                counts[kind] > 0
                  ? 'rounded-xl border-4 border-amber-400 bg-amber-950 p-4'
                  : 'rounded-xl border-4 border-slate-700 bg-slate-900 p-4'
              }
            >
              <p className="text-6xl font-bold tabular-nums">{counts[kind]}</p>
              <p className="mt-1 text-2xl">{EXCEPTION_LABELS[kind]}</p>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="wb-queue">
          <h2 id="wb-queue" className="mb-3 text-3xl font-semibold">
            Queue <span className="tabular-nums">({entries.length})</span>
          </h2>
          {entries.length === 0 ? (
            <p className="text-2xl text-slate-300">Nothing waiting.</p>
          ) : (
            <ol className="grid gap-2 text-2xl">
              {entries.slice(0, 10).map((entry) => (
                <li
                  key={entry.request.id}
                  className="flex flex-wrap items-baseline gap-x-4 rounded-lg bg-slate-900 px-4 py-2"
                >
                  <span className="font-semibold">{entry.request.workOrderNumber}</span>
                  <span>{typeName(entry.request.equipmentTypeId)}</span>
                  <span
                    className={
                      entry.request.priority === 'urgent' ? 'font-bold text-amber-300' : 'text-slate-300'
                    }
                  >
                    {entry.request.priority === 'urgent' ? 'URGENT' : 'standard'}
                  </span>
                  <span className="ml-auto tabular-nums text-slate-300">
                    waiting {formatDuration((now - new Date(entry.request.createdAt).getTime()) / 1000)}
                  </span>
                </li>
              ))}
            </ol>
          )}
          {entries.length > 10 && (
            <p className="mt-2 text-xl text-slate-300">and {entries.length - 10} more</p>
          )}
        </section>
        <section aria-labelledby="wb-utilization">
          <h2 id="wb-utilization" className="mb-3 text-3xl font-semibold">
            Utilization
          </h2>
          <p className="text-6xl font-bold tabular-nums">
            {busy} / {inService.length}
          </p>
          <p className="text-2xl text-slate-300">units out right now</p>
          <p className="mt-6 text-6xl font-bold tabular-nums">
            {todayUtilization === null ? '—' : percent(todayUtilization)}
          </p>
          <p className="text-2xl text-slate-300">utilization today so far</p>
        </section>
      </div>
    </div>
  );
}

function localDay(now: number): string {
  const date = new Date(now);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
