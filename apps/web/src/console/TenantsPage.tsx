import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Empty, ErrorState, Loading } from '../ui/States';
import { tableClass, tdClass, thClass } from '../features/admin/AdminLayout';
import { ConsoleLink } from './ConsoleLink';
import { consoleQueries } from './console-queries';
import { CreateTenantDialog } from './CreateTenantDialog';
import { MigrationPanel } from './MigrationPanel';

export const STATUS_TONE = { active: 'success', trial: 'info', suspended: 'warning' } as const;

/** Every tenant with its status, tier and template version; create one; run migrations. */
export function TenantsPage() {
  const query = useQuery(consoleQueries.tenants());
  const [creating, setCreating] = useState(false);
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Tenants</h1>
        <Button variant="primary" onClick={() => setCreating(true)}>
          New tenant
        </Button>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty title="No tenants yet" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className={tableClass}>
            <thead>
              <tr>
                <th className={thClass}>Tenant</th>
                <th className={thClass}>Subdomain</th>
                <th className={thClass}>Status</th>
                <th className={thClass}>Tier</th>
                <th className={thClass}>Template</th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((tenant) => (
                <tr key={tenant.id}>
                  <td className={tdClass}>
                    <ConsoleLink
                      href={`/tenants/${tenant.id}`}
                      className="font-medium text-blue-800 underline"
                    >
                      {tenant.name}
                    </ConsoleLink>
                  </td>
                  <td className={tdClass}>{tenant.slug}</td>
                  <td className={tdClass}>
                    <Badge tone={STATUS_TONE[tenant.status as keyof typeof STATUS_TONE] ?? 'neutral'}>
                      {tenant.status}
                    </Badge>
                  </td>
                  <td className={tdClass}>{tenant.tier}</td>
                  <td className={tdClass}>{tenant.templateVersion ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MigrationPanel />
      {creating && <CreateTenantDialog open onOpenChange={setCreating} />}
    </div>
  );
}
