import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { ActiveAssignmentsPanel } from '../assignments/ActiveAssignmentsPanel';
import { assignmentQueries } from '../assignments/assignment-queries';
import { ExceptionStrip } from '../exceptions/ExceptionStrip';
import { countExceptions, exceptionPredicates } from '../exceptions/exceptions';
import { settingsQueries } from '../exceptions/settings-queries';
import { FleetPanel } from '../fleet/FleetPanel';
import { fleetQueries } from '../fleet/fleet-queries';
import { QueuePanel } from '../queue/QueuePanel';
import { queueQueries } from '../queue/queue-queries';
import { WorkOrdersPanel } from '../work-orders/WorkOrdersPanel';
import { useNow } from '../../ui/use-now';
import { BoardKeyboard } from './BoardKeyboard';
import { BoardActionsProvider } from './board-actions';

/** The dispatcher board (route `/board`): exceptions, queue, active work, free capacity and work orders. */
export function BoardPage() {
  const { exception } = useSearch({ from: '/board' });
  const now = useNow(5_000);
  const thresholds = useQuery(settingsQueries.thresholds()).data;
  const queue = useQuery(queueQueries.queue()).data?.data;
  const assignments = useQuery(assignmentQueries.list({ status: 'active' })).data?.data.items;
  const drivers = useQuery(fleetQueries.drivers()).data?.data.items;
  const data = { queue, assignments, drivers };
  const t = thresholds ?? {
    urgentWaitingMinutes: 10,
    dispatchedNotEnRouteMinutes: 15,
    qualificationExpiringDays: 7,
  };
  const counts = countExceptions(t, data, now);
  const is = exceptionPredicates(t, data);

  return (
    <BoardActionsProvider>
      <div className="grid gap-4 p-3 sm:p-4">
        <h1 className="sr-only">Dispatch board</h1>
        <BoardKeyboard />
        <ExceptionStrip counts={counts} thresholds={t} active={exception} />
        {exception && (
          <p className="text-sm">
            Showing only this exception.{' '}
            <Link
              from="/board"
              to="/board"
              search={(prev) => ({ ...prev, exception: undefined })}
              className="text-blue-800 underline"
            >
              Show the whole board
            </Link>
          </p>
        )}
        {exception === 'urgent-waiting' ? (
          <QueuePanel filter={is.urgentWaiting} />
        ) : exception === 'not-en-route' ? (
          <ActiveAssignmentsPanel filter={is.notEnRoute} />
        ) : exception === 'qualification-expiring' ? (
          <ActiveAssignmentsPanel filter={is.qualificationExpiring} />
        ) : exception === 'idle-drivers' ? (
          <>
            <QueuePanel />
            <FleetPanel driverFilter={is.idleDriver} />
          </>
        ) : (
          <div className="grid gap-4 xl:grid-cols-2">
            <QueuePanel />
            <ActiveAssignmentsPanel />
            <FleetPanel />
            <WorkOrdersPanel />
          </div>
        )}
      </div>
    </BoardActionsProvider>
  );
}
