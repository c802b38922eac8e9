import { useQuery, useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useState } from 'react';
import { toast } from 'sonner';
import type { Assignment } from '../../api/types';
import { useMe } from '../../session/me';
import { can } from '../../session/permissions';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Menu } from '../../ui/Menu';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { formatDuration, useNow } from '../../ui/use-now';
import { DecisionDialog } from '../dispatch/DecisionDialog';
import { assignmentQueries } from './assignment-queries';
import { ACTIVE_STATUSES, advanceLabel, nextStatus, statusLabel, statusSince } from './lifecycle';
import { changeAssignmentStatus, useChangeStatus } from './use-change-status';
import { BulkBar, SelectBox, useBulkSelection } from '../../ui/bulk';

export type AssignmentFilter = (assignment: Assignment, now: number) => boolean;

/** Active assignments in one column per status (dispatched, en route, on site). */
export function ActiveAssignmentsPanel({ filter }: { filter?: AssignmentFilter | undefined }) {
  const query = useQuery(assignmentQueries.list({ status: 'active' }));
  const now = useNow(5_000);
  const [why, setWhy] = useState<Assignment | null>(null);
  const items = (query.data?.data.items ?? []).filter((assignment) => !filter || filter(assignment, now));
  const me = useMe();
  const client = useQueryClient();
  const bulk = useBulkSelection();
  const mayAct = can(me, 'assignment.advance');
  const refresh = () => void client.invalidateQueries({ queryKey: assignmentQueries.lists() });

  return (
    <section aria-labelledby="active-heading" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="active-heading" className="text-base font-semibold">
        Active assignments
      </h2>
      {mayAct && (
        <div className="mt-2">
          <BulkBar
            items={items}
            selected={bulk.selected}
            noun="assignments"
            describe={(a) => a.workOrderNumber}
            onDone={() => {
              bulk.clear();
              refresh();
            }}
            actions={[
              {
                label: 'Advance',
                run: async (a) => {
                  const next = nextStatus(a.status);
                  if (!next) throw new Error('already finished');
                  const updated = await changeAssignmentStatus({ id: a.id, status: next });
                  return statusLabel[updated.status].toLowerCase();
                },
              },
              {
                label: 'Cancel',
                danger: true,
                run: async (a) => {
                  await changeAssignmentStatus({ id: a.id, status: 'cancelled' });
                  return 'cancelled';
                },
              },
            ]}
          />
        </div>
      )}
      <div className="mt-2">
        {query.isPending ? (
          <Loading label="Loading assignments…" />
        ) : query.isError ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
            title="Could not load assignments"
          />
        ) : (
          <div className="grid gap-3 md:grid-cols-3">
            {ACTIVE_STATUSES.map((status) => {
              const column = items
                .filter((assignment) => assignment.status === status)
                .sort((a, b) => statusSince(a).localeCompare(statusSince(b)));
              return (
                <section key={status} aria-label={statusLabel[status]}>
                  <h3 className="text-sm font-semibold">
                    {statusLabel[status]}{' '}
                    <span className="font-normal text-slate-600">({column.length})</span>
                  </h3>
                  {column.length === 0 ? (
                    <p className="mt-1 text-sm text-slate-600">None</p>
                  ) : (
                    <ul className="mt-1 grid gap-2">
                      {column.map((assignment) => (
                        <AssignmentCard
                          key={assignment.id}
                          assignment={assignment}
                          now={now}
                          onWhy={() => setWhy(assignment)}
                          selected={bulk.selected.has(assignment.id)}
                          onToggle={() => bulk.toggle(assignment.id)}
                        />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        )}
        {query.isSuccess && items.length === 0 && (
          <div className="mt-2">
            <Empty title={filter ? 'No active assignment matches this filter' : 'No active assignments'} />
          </div>
        )}
      </div>
      <DecisionDialog
        requestId={why?.requestId ?? null}
        title={why ? `Why ${why.equipmentIdentifier} and ${why.driverName}` : ''}
        onClose={() => setWhy(null)}
      />
    </section>
  );
}

function AssignmentCard({
  assignment,
  now,
  onWhy,
  selected,
  onToggle,
}: {
  assignment: Assignment;
  now: number;
  onWhy(): void;
  selected: boolean;
  onToggle(): void;
}) {
  const me = useMe();
  const change = useChangeStatus();
  const next = nextStatus(assignment.status);
  const since = statusSince(assignment);
  const mayAct = can(me, 'assignment.advance');

  function move(status: 'en_route' | 'on_site' | 'completed' | 'cancelled') {
    change.mutate(
      { id: assignment.id, status },
      {
        onSuccess: (updated) =>
          toast.success(`${updated.workOrderNumber}: ${statusLabel[updated.status].toLowerCase()}`),
        onError: (error) => toast.error(`${assignment.workOrderNumber}: ${error.message}`),
      },
    );
  }

  return (
    <li
      data-board-row
      tabIndex={-1}
      aria-label={`${assignment.workOrderNumber}: ${assignment.equipmentIdentifier} with ${assignment.driverName}, ${statusLabel[assignment.status]}`}
      className="rounded-md border border-slate-200 p-2 focus:bg-blue-50 focus:outline-2 focus:outline-blue-700"
    >
      <p className="flex flex-wrap items-center gap-2">
        {mayAct && (
          <SelectBox checked={selected} onChange={onToggle} label={`Select ${assignment.workOrderNumber}`} />
        )}
        <span className="font-mono text-sm font-semibold">{assignment.workOrderNumber}</span>
        <Badge tone="info">{statusLabel[assignment.status]}</Badge>
      </p>
      <p className="text-sm">
        {assignment.equipmentIdentifier} · {assignment.driverName}
      </p>
      <p className="text-xs text-slate-600">
        since {format(new Date(since), 'HH:mm')} ({formatDuration((now - new Date(since).getTime()) / 1000)})
        · {assignment.region}
      </p>
      <div className="mt-2 flex flex-wrap gap-1">
        {mayAct && next && (
          <Button
            size="sm"
            variant="primary"
            data-shortcut="s"
            pending={change.isPending}
            onClick={() => move(next)}
          >
            {advanceLabel[next]}
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={onWhy}>
          Why this unit?
        </Button>
        {mayAct && (
          <Menu
            label={`More actions for ${assignment.workOrderNumber}`}
            trigger={<span aria-hidden>⋯</span>}
            items={[
              ...(next ? [{ label: advanceLabel[next], onSelect: () => move(next) }] : []),
              { label: 'Cancel assignment', onSelect: () => move('cancelled'), danger: true },
            ]}
          />
        )}
      </div>
    </li>
  );
}
