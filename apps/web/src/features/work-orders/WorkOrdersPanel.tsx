import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useMe } from '../../session/me';
import { can } from '../../session/permissions';
import { Button } from '../../ui/Button';
import { inputClass } from '../../ui/Field';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { useBoardActions } from '../board/board-actions';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { workOrderQueries } from './work-order-queries';
import { WorkOrderStatus } from './WorkOrderStatus';

const STATUSES = [
  ['', 'Any status'],
  ['open', 'Open'],
  ['in_progress', 'In progress'],
  ['completed', 'Completed'],
  ['cancelled', 'Cancelled'],
] as const;

/** Work orders with search and a status filter, both kept in the URL (`/board?q=…&status=…`). */
export function WorkOrdersPanel() {
  const search = useSearch({ from: '/board' });
  const navigate = useNavigate({ from: '/board' });
  const [text, setText] = useState(search.q ?? '');
  const [filesOf, setFilesOf] = useState<string | null>(null);
  const query = useQuery(workOrderQueries.list({ q: search.q, status: search.status }));
  const me = useMe();
  const actions = useBoardActions();
  const mayWrite = can(me, 'workOrder.write');
  const mayDispatch = can(me, 'dispatch.request');

  // Typing updates the URL after a short pause, so the list follows without a request per keystroke.
  useEffect(() => {
    const next = text.trim() || undefined;
    if (next === search.q) return;
    const timer = setTimeout(
      () => void navigate({ search: (prev) => ({ ...prev, q: next }), replace: true }),
      250,
    );
    return () => clearTimeout(timer);
  }, [text, search.q, navigate]);

  return (
    <section
      aria-labelledby="work-orders-heading"
      className="rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="work-orders-heading" className="text-base font-semibold">
          Work orders
        </h2>
        {mayWrite && (
          <Button size="sm" variant="primary" onClick={actions.createWorkOrder}>
            New work order
          </Button>
        )}
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          type="search"
          aria-label="Search work orders"
          placeholder="Search number, title, site…"
          className={`${inputClass} min-w-0 flex-1`}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <select
          aria-label="Status"
          className={inputClass}
          value={search.status ?? ''}
          onChange={(event) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                status: (event.target.value || undefined) as typeof search.status,
              }),
            })
          }
        >
          {STATUSES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-3">
        {query.isPending ? (
          <Loading label="Loading work orders…" />
        ) : query.isError ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
            title="Could not load work orders"
          />
        ) : query.data.data.items.length === 0 ? (
          <Empty
            title={search.q || search.status ? 'No work orders match these filters' : 'No work orders yet'}
          />
        ) : (
          <ul className="divide-y divide-slate-100">
            {query.data.data.items.map((order) => (
              <li
                key={order.id}
                data-board-row
                tabIndex={-1}
                aria-label={`${order.number}: ${order.title}`}
                className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 focus:bg-blue-50 focus:outline-2 focus:outline-blue-700"
              >
                <span className="font-mono text-sm text-slate-700">{order.number}</span>
                <span className="font-medium">{order.title}</span>
                <WorkOrderStatus status={order.status} />
                {mayDispatch && (order.status === 'open' || order.status === 'in_progress') && (
                  <Button
                    size="sm"
                    className="ml-auto"
                    data-shortcut="a"
                    aria-label={`Request dispatch for ${order.number}`}
                    onClick={() => actions.requestDispatch(order)}
                  >
                    Request dispatch
                  </Button>
                )}
                <Button
                  size="sm"
                  variant="ghost"
                  aria-expanded={filesOf === order.id}
                  aria-label={`Files of ${order.number}`}
                  onClick={() => setFilesOf(filesOf === order.id ? null : order.id)}
                >
                  Files
                </Button>
                <span className="w-full text-sm text-slate-600">
                  {order.siteAddress} · {order.region}
                </span>
                {filesOf === order.id && (
                  <div className="w-full">
                    <AttachmentsPanel
                      subject={{ kind: 'work-order', id: order.id }}
                      mayUpload={mayWrite}
                      mayDelete={() => mayWrite}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
