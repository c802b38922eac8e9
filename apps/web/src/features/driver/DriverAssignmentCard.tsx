import { useQuery } from '@tanstack/react-query';
import { format } from 'date-fns';
import type { Assignment } from '../../api/types';
import { useMe } from '../../session/me';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { advanceLabel, nextStatus, statusLabel, statusSince } from '../assignments/lifecycle';
import { useChangeStatus } from '../assignments/use-change-status';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { workOrderDetail } from '../work-orders/work-order-detail';

const STEPS = ['dispatched', 'en_route', 'on_site', 'completed'] as const;

/** One assignment on the phone: where to go, what to take, and one large button for the next step. */
export function DriverAssignmentCard({ assignment, offline }: { assignment: Assignment; offline: boolean }) {
  const order = useQuery(workOrderDetail(assignment.workOrderId));
  const change = useChangeStatus();
  const me = useMe();
  const next = nextStatus(assignment.status);
  const step = STEPS.indexOf(assignment.status as (typeof STEPS)[number]);

  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <div className="flex items-center justify-between gap-2">
        <span className="font-mono text-base font-semibold">{assignment.workOrderNumber}</span>
        <Badge tone="info" className="text-sm">
          {statusLabel[assignment.status]}
        </Badge>
      </div>
      <ol aria-label="Progress" className="mt-2 flex gap-1">
        {STEPS.map((s, index) => (
          <li
            key={s}
            aria-current={index === step ? 'step' : undefined}
            className={`h-2 flex-1 rounded ${index <= step ? 'bg-blue-700' : 'bg-slate-200'}`}
          >
            <span className="sr-only">
              {statusLabel[s]}
              {index < step ? ' (done)' : index === step ? ' (now)' : ''}
            </span>
          </li>
        ))}
      </ol>
      {order.data ? (
        <div className="mt-3 grid gap-1">
          <p className="text-lg font-medium">{order.data.title}</p>
          <p className="text-base">
            <span className="text-slate-600">Site: </span>
            {order.data.siteAddress}
          </p>
          {order.data.notes && (
            <p className="text-sm whitespace-pre-line text-slate-800">Notes: {order.data.notes}</p>
          )}
        </div>
      ) : order.isError ? (
        <p className="mt-3 text-sm text-red-800">Work order details could not be loaded.</p>
      ) : (
        <p className="mt-3 text-sm text-slate-600">Loading the work order…</p>
      )}
      <p className="mt-2 text-base">
        <span className="text-slate-600">Take: </span>
        <strong>{assignment.equipmentIdentifier}</strong>
      </p>
      <p className="text-sm text-slate-600">
        {statusLabel[assignment.status]} since {format(new Date(statusSince(assignment)), 'HH:mm')}
      </p>
      {next && (
        <Button
          size="lg"
          variant="primary"
          className="mt-4 w-full"
          disabled={offline}
          pending={change.isPending}
          onClick={() => change.mutate({ id: assignment.id, status: next })}
        >
          {advanceLabel[next]}
        </Button>
      )}
      {/* Delivery proof: the driver uploads to their assignment and may delete only what they uploaded. */}
      <AttachmentsPanel
        subject={{ kind: 'assignment', id: assignment.id }}
        mayUpload
        headingLevel={2}
        mayDelete={(attachment) => attachment.uploadedBy.sub === me.user.sub}
      />
      {change.isError && (
        <div role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-900">
          <p>{change.error.message}</p>
          <Button className="mt-2" size="md" onClick={() => change.mutate(change.variables!)}>
            Retry
          </Button>
        </div>
      )}
    </li>
  );
}
