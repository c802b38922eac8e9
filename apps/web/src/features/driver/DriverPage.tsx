import { useQuery } from '@tanstack/react-query';
import { useSyncStatus } from '../../realtime/RealtimeProvider';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { useOnline } from '../../ui/use-online';
import { assignmentQueries } from '../assignments/assignment-queries';
import { statusSince } from '../assignments/lifecycle';
import { DriverAssignmentCard } from './DriverAssignmentCard';

/** The driver's phone view (route `/driver`): their active assignments, one big next step each. */
export function DriverPage() {
  const query = useQuery(assignmentQueries.list({ status: 'active' }));
  const online = useOnline();
  const sync = useSyncStatus();
  const offline = !online || sync.kind === 'offline';
  const items = [...(query.data?.data.items ?? [])].sort((a, b) =>
    statusSince(a).localeCompare(statusSince(b)),
  );

  return (
    <div className="mx-auto grid max-w-lg gap-3 p-3">
      {offline && (
        <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-950">
          <p className="font-semibold">You are offline</p>
          <p className="text-sm">
            What you see may be out of date. Buttons work again when the connection is back.
          </p>
          <button
            type="button"
            className="mt-2 rounded-md border border-red-800 bg-white px-3 py-2 text-sm font-medium"
            onClick={() => void query.refetch()}
          >
            Retry now
          </button>
        </div>
      )}
      <h1 className="text-xl font-semibold">My assignments</h1>
      {query.isPending ? (
        <Loading label="Loading your assignments…" />
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="Could not load your assignments"
        />
      ) : items.length === 0 ? (
        <Empty title="No active assignments">
          New assignments appear here as soon as they are dispatched.
        </Empty>
      ) : (
        <ul className="grid gap-3">
          {items.map((assignment) => (
            <DriverAssignmentCard key={assignment.id} assignment={assignment} offline={offline} />
          ))}
        </ul>
      )}
    </div>
  );
}
