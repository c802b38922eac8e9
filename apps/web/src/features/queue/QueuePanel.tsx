import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { api, unwrap } from '../../api/client';
import type { QueueEntry, QueueType } from '../../api/types';
import { useMe } from '../../session/me';
import { can } from '../../session/permissions';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { formatDuration, useNow } from '../../ui/use-now';
import { fleetQueries } from '../fleet/fleet-queries';
import { DecisionDialog } from '../dispatch/DecisionDialog';
import { queueQueries } from './queue-queries';

/** Only entries matching the board's exception filter, if one is on. */
export type QueueFilter = (entry: QueueEntry, now: number) => boolean;

/** The queue per equipment type, in serving order: position, time waiting, estimated wait, why it waits. */
export function QueuePanel({ filter }: { filter?: QueueFilter | undefined }) {
  const query = useQuery(queueQueries.queue());
  const types = useQuery(fleetQueries.types());
  const now = useNow(5_000);
  const [why, setWhy] = useState<QueueEntry | null>(null);
  const typeName = (id: string) => types.data?.items.find((type) => type.id === id)?.name ?? 'Equipment';
  const groups = (query.data?.data.types ?? [])
    .map((group) => ({
      ...group,
      items: filter ? group.items.filter((entry) => filter(entry, now)) : group.items,
    }))
    .filter((group) => group.items.length > 0);

  return (
    <section aria-labelledby="queue-heading" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="queue-heading" className="text-base font-semibold">
        Queue
      </h2>
      <div className="mt-2">
        {query.isPending ? (
          <Loading label="Loading the queue…" />
        ) : query.isError ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
            title="Could not load the queue"
          />
        ) : groups.length === 0 ? (
          <Empty title={filter ? 'No queued request matches this filter' : 'Nothing is waiting'}>
            {filter ? null : 'Requests that cannot be served at once line up here.'}
          </Empty>
        ) : (
          <div className="grid gap-3">
            {groups.map((group) => (
              <QueueGroup
                key={group.equipmentTypeId}
                group={group}
                name={typeName(group.equipmentTypeId)}
                now={now}
                onWhy={setWhy}
              />
            ))}
          </div>
        )}
      </div>
      <DecisionDialog
        requestId={why?.request.id ?? null}
        title={why ? `Why ${why.request.workOrderNumber} waits` : ''}
        onClose={() => setWhy(null)}
      />
    </section>
  );
}

function QueueGroup({
  group,
  name,
  now,
  onWhy,
}: {
  group: QueueType;
  name: string;
  now: number;
  onWhy(entry: QueueEntry): void;
}) {
  return (
    <section aria-label={`${name} queue`}>
      <h3 className="flex flex-wrap items-baseline gap-2 text-sm font-semibold">
        {name}
        <span className="font-normal text-slate-600">
          {group.depth.total} waiting ({group.depth.urgent} urgent) · {group.unitsInService} in service
        </span>
      </h3>
      <ol className="mt-1 divide-y divide-slate-100">
        {group.items.map((entry) => (
          <QueueRow key={entry.request.id} entry={entry} now={now} onWhy={() => onWhy(entry)} />
        ))}
      </ol>
    </section>
  );
}

function QueueRow({ entry, now, onWhy }: { entry: QueueEntry; now: number; onWhy(): void }) {
  const me = useMe();
  const client = useQueryClient();
  const { request } = entry;
  const waiting = (now - new Date(request.createdAt).getTime()) / 1000;
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/dispatch/requests/{id}', { params: { path: { id: request.id } } })),
    onSuccess: () => {
      toast.success(`Request for ${request.workOrderNumber} cancelled`);
      void client.invalidateQueries({ queryKey: ['queue'] });
    },
    onError: (error) => toast.error(`Could not cancel: ${error.message}`),
  });
  return (
    <li
      data-board-row
      tabIndex={-1}
      aria-label={`Queue position ${entry.position}: ${request.workOrderNumber}, ${request.priority}`}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 focus:bg-blue-50 focus:outline-2 focus:outline-blue-700"
    >
      <span className="w-8 font-mono text-sm font-semibold">#{entry.position}</span>
      <span className="font-mono text-sm">{request.workOrderNumber}</span>
      {request.priority === 'urgent' ? <Badge tone="danger">▲ Urgent</Badge> : <Badge>Standard</Badge>}
      {request.region && <span className="text-sm text-slate-600">{request.region}</span>}
      <span className="text-sm">waiting {formatDuration(waiting)}</span>
      <span className="text-sm text-slate-600">
        est. {entry.estimatedWaitSeconds === null ? 'unknown' : formatDuration(entry.estimatedWaitSeconds)}
      </span>
      <span className="ml-auto flex gap-1">
        <Button size="sm" variant="ghost" onClick={onWhy} data-shortcut="w">
          Why waiting?
        </Button>
        {can(me, 'dispatch.cancel') && (
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Cancel request for ${request.workOrderNumber}`}
            onClick={() => cancel.mutate()}
            pending={cancel.isPending}
          >
            Cancel
          </Button>
        )}
      </span>
    </li>
  );
}
