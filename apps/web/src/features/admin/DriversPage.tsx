import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Driver } from '../../api/types';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { useNow } from '../../ui/use-now';
import { fleetQueries } from '../fleet/fleet-queries';
import { SectionHeader, tableClass, tdClass, thClass } from './AdminLayout';
import { formatDate } from './dates';
import { DriverDialog } from './DriverDialog';
import { qualificationState } from './qualification-state';

/** Drivers and their qualifications; expired and soon-expiring ones are labelled in words, not only colour. */
export function DriversPage() {
  const query = useQuery(fleetQueries.drivers());
  const [editing, setEditing] = useState<Driver | 'new' | null>(null);
  const now = useNow(60_000);
  const drivers = query.data?.data.items ?? [];
  const attention = drivers.filter((driver) =>
    driver.qualifications.some((q) =>
      ['expiring', 'expired'].includes(qualificationState(q.expiresAt, now).kind),
    ),
  ).length;
  return (
    <section aria-labelledby="drivers-heading">
      <SectionHeader id="drivers-heading" title="Drivers">
        <Button variant="primary" onClick={() => setEditing('new')}>
          Add driver
        </Button>
      </SectionHeader>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : drivers.length === 0 ? (
        <Empty title="No drivers yet">Add drivers and the equipment types they may operate.</Empty>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700">
            {attention === 0
              ? 'No qualification has expired or expires within 30 days.'
              : `${attention} ${attention === 1 ? 'driver has' : 'drivers have'} a qualification expired or expiring within 30 days.`}
          </p>
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <thead>
                <tr>
                  <th className={thClass}>Name</th>
                  <th className={thClass}>Region</th>
                  <th className={thClass}>Shift</th>
                  <th className={thClass}>Qualifications</th>
                  <th className={thClass}>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {drivers.map((driver) => (
                  <tr key={driver.id}>
                    <td className={`${tdClass} font-medium`}>{driver.name}</td>
                    <td className={tdClass}>{driver.region}</td>
                    <td className={tdClass}>
                      {driver.shiftStatus === 'on_shift' ? 'On shift' : 'Off shift'}
                    </td>
                    <td className={tdClass}>
                      {driver.qualifications.length === 0 ? (
                        <span className="text-slate-600">None</span>
                      ) : (
                        <ul className="flex flex-col gap-1">
                          {driver.qualifications.map((q) => (
                            <li key={q.equipmentTypeId} className="flex flex-wrap items-center gap-1.5">
                              <span>{q.equipmentTypeName}</span>
                              <QualificationBadge expiresAt={q.expiresAt} now={now} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className={`${tdClass} text-right`}>
                      <Button size="sm" onClick={() => setEditing(driver)} aria-label={`Edit ${driver.name}`}>
                        Edit
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {editing && (
        <DriverDialog
          driver={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          key={editing === 'new' ? 'new' : editing.id}
        />
      )}
    </section>
  );
}

export function QualificationBadge({ expiresAt, now }: { expiresAt: string | null; now: number }) {
  const state = qualificationState(expiresAt, now);
  switch (state.kind) {
    case 'permanent':
      return <span className="text-xs text-slate-600">no expiry</span>;
    case 'valid':
      return <span className="text-xs text-slate-600">valid until {formatDate(expiresAt!)}</span>;
    case 'expiring':
      return (
        <Badge tone="warning">
          Expires {state.days === 0 ? 'today' : `in ${state.days} ${state.days === 1 ? 'day' : 'days'}`} (
          {formatDate(expiresAt!)})
        </Badge>
      );
    case 'expired':
      return <Badge tone="danger">Expired {formatDate(expiresAt!)}</Badge>;
  }
}
