import { useQuery } from '@tanstack/react-query';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { assignmentQueries } from '../assignments/assignment-queries';

/** The driver's own assignments (route `/driver`); the API returns only the caller's for a driver. */
export function DriverPage() {
  const query = useQuery(assignmentQueries.list({ status: 'active' }));
  return (
    <div className="mx-auto max-w-lg p-3">
      <h1 className="text-xl font-semibold">My assignments</h1>
      <div className="mt-3">
        {query.isPending ? (
          <Loading label="Loading your assignments…" />
        ) : query.isError ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
            title="Could not load your assignments"
          />
        ) : query.data.data.items.length === 0 ? (
          <Empty title="No active assignments">
            New assignments appear here as soon as they are dispatched.
          </Empty>
        ) : (
          <ul className="grid gap-3">
            {query.data.data.items.map((assignment) => (
              <li key={assignment.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <p className="font-mono text-sm">{assignment.workOrderNumber}</p>
                <p>
                  {assignment.equipmentIdentifier} · {assignment.status.replace('_', ' ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
