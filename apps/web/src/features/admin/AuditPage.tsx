import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { Field, inputClass } from '../../ui/Field';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { adminQueries } from './admin-queries';
import type { AuditSearch } from './admin-search';
import { AuditChainState } from './AuditChainState';
import { SectionHeader, tableClass, tdClass, thClass } from './AdminLayout';
import { formatDateTime } from './dates';

/** The audit log, newest first, filtered by entity, actor and dates kept in the URL, with the chain's state. */
export function AuditPage() {
  const search = useSearch({ from: '/admin/audit' });
  const navigate = useNavigate({ from: '/admin/audit' });
  const query = useInfiniteQuery(adminQueries.audit(search));
  const [draft, setDraft] = useState<AuditSearch>(search);

  function apply(event: FormEvent) {
    event.preventDefault();
    const clean = (value: string | undefined) => value?.trim() || undefined;
    void navigate({
      search: {
        entity: clean(draft.entity),
        actor: clean(draft.actor),
        from: clean(draft.from),
        to: clean(draft.to),
      },
    });
  }
  const events = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="audit-heading" className="grid gap-4">
      <SectionHeader id="audit-heading" title="Audit log" />
      <AuditChainState />
      <form onSubmit={apply} aria-label="Audit filters" className="grid gap-3 sm:grid-cols-5 sm:items-start">
        <Field label="Entity" hint="e.g. work-order, driver">
          <input
            className={inputClass}
            value={draft.entity ?? ''}
            onChange={(e) => setDraft({ ...draft, entity: e.target.value })}
          />
        </Field>
        <Field label="Actor" hint="User id (sub)">
          <input
            className={inputClass}
            value={draft.actor ?? ''}
            onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
          />
        </Field>
        <Field label="From">
          <input
            type="date"
            className={inputClass}
            value={draft.from ?? ''}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </Field>
        <Field label="To">
          <input
            type="date"
            className={inputClass}
            value={draft.to ?? ''}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </Field>
        <Button type="submit" variant="primary" className="sm:mt-6">
          Apply filters
        </Button>
      </form>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : events.length === 0 ? (
        <Empty title="No audit events match these filters" />
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <thead>
              <tr>
                <th className={thClass}>#</th>
                <th className={thClass}>When</th>
                <th className={thClass}>Actor</th>
                <th className={thClass}>Action</th>
                <th className={thClass}>Entity</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td className={`${tdClass} tabular-nums`}>{event.seq ?? '—'}</td>
                  <td className={tdClass}>{formatDateTime(event.at)}</td>
                  <td className={tdClass}>{event.actor.name ?? event.actor.sub}</td>
                  <td className={`${tdClass} font-mono text-xs`}>{event.action}</td>
                  <td className={tdClass}>
                    {event.entity}
                    {event.entityId && (
                      <span className="block font-mono text-xs text-slate-600">{event.entityId}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {query.hasNextPage && (
            <Button
              className="mt-3"
              onClick={() => void query.fetchNextPage()}
              pending={query.isFetchingNextPage}
            >
              Load older events
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
