import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams, useRouter } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { api, unwrap } from '../api/client';
import { isApiError } from '../api/problem';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field, inputClass } from '../ui/Field';
import { ErrorState, Loading } from '../ui/States';
import { consoleQueries, type Tenant } from './console-queries';
import { MigrationPanel } from './MigrationPanel';
import { STATUS_TONE } from './TenantsPage';

/** One tenant: its facts, suspend or resume, migrate it, offboard it after typing its subdomain. */
export function TenantDetailPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const query = useQuery(consoleQueries.tenant(id));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <TenantDetail tenant={query.data} />;
}

function TenantDetail({ tenant }: { tenant: Tenant }) {
  const client = useQueryClient();
  const [offboarding, setOffboarding] = useState(false);
  const refresh = (updated: Tenant) => {
    client.setQueryData(consoleQueries.tenant(tenant.id).queryKey, updated);
    void client.invalidateQueries({ queryKey: consoleQueries.tenants().queryKey, exact: true });
  };
  const setStatus = useMutation({
    mutationFn: (status: 'active' | 'suspended') =>
      unwrap(api.PATCH('/platform/tenants/{id}', { params: { path: { id: tenant.id } }, body: { status } })),
    onSuccess: (updated) => {
      toast.success(`${updated.slug} is ${updated.status}`);
      refresh(updated);
    },
    onError: (error) => toast.error(isApiError(error) ? error.problem.detail : error.message),
  });
  const suspended = tenant.status === 'suspended';
  const issuer = typeof tenant.idp.issuer === 'string' ? tenant.idp.issuer : '—';
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{tenant.name}</h1>
        <Badge tone={STATUS_TONE[tenant.status as keyof typeof STATUS_TONE] ?? 'neutral'}>
          {tenant.status}
        </Badge>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <dt className="font-medium">Subdomain</dt>
        <dd>{tenant.slug}</dd>
        <dt className="font-medium">Tier</dt>
        <dd>{tenant.tier}</dd>
        <dt className="font-medium">Identity provider</dt>
        <dd className="break-all">{issuer}</dd>
        <dt className="font-medium">Template version</dt>
        <dd>{tenant.templateVersion ?? '—'}</dd>
        <dt className="font-medium">Created</dt>
        <dd>{new Date(tenant.createdAt).toLocaleString()}</dd>
      </dl>
      {tenant.deletedAt ? (
        <p className="text-sm">Offboarded; export at {tenant.exportLocation ?? 'an unknown location'}.</p>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button
            onClick={() => setStatus.mutate(suspended ? 'active' : 'suspended')}
            pending={setStatus.isPending}
          >
            {suspended ? 'Resume tenant' : 'Suspend tenant'}
          </Button>
          <Button variant="danger" onClick={() => setOffboarding(true)}>
            Offboard tenant…
          </Button>
        </div>
      )}
      <MigrationPanel tenantSlug={tenant.slug} />
      {offboarding && (
        <OffboardDialog tenant={tenant} onClose={() => setOffboarding(false)} onDone={refresh} />
      )}
    </div>
  );
}

function OffboardDialog({
  tenant,
  onClose,
  onDone,
}: {
  tenant: Tenant;
  onClose(): void;
  onDone(t: Tenant): void;
}) {
  const router = useRouter();
  const [typed, setTyped] = useState('');
  const offboard = useMutation({
    mutationFn: () => unwrap(api.DELETE('/platform/tenants/{id}', { params: { path: { id: tenant.id } } })),
    onSuccess: (updated) => {
      toast.success(`Offboarding ${updated.slug} started`);
      onDone(updated);
      onClose();
      void router.navigate({ href: '/tenants' });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (typed === tenant.slug) offboard.mutate();
  }
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Offboard ${tenant.name}`}
      description="Its data is exported and then removed; its users can no longer sign in. This cannot be undone."
    >
      <form noValidate onSubmit={submit} className="grid gap-3">
        <Field label={`Type the subdomain "${tenant.slug}" to confirm`}>
          <input
            className={inputClass}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
          />
        </Field>
        {offboard.isError && <ErrorState title="Offboarding did not start" error={offboard.error} />}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="danger"
            disabled={typed !== tenant.slug}
            pending={offboard.isPending}
          >
            Offboard
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
