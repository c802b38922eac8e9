import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { api, unwrap } from '../api/client';
import { isApiError } from '../api/problem';
import { Button } from '../ui/Button';
import { ErrorState, Loading } from '../ui/States';
import { consoleQueries, runOf } from './console-queries';

/** Tenant-template migrations: how many tenants are behind, start a run (all or one), and its live progress. */
export function MigrationPanel({ tenantSlug }: { tenantSlug?: string }) {
  const client = useQueryClient();
  const query = useQuery(consoleQueries.migrations());
  const start = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/platform/migrations', { body: tenantSlug ? { tenant: tenantSlug } : {} })),
    onSuccess: () => void client.invalidateQueries({ queryKey: consoleQueries.migrations().queryKey }),
    onError: (error) => toast.error(isApiError(error) ? error.problem.detail : error.message),
  });
  const run = runOf(query.data);
  const running = run?.status === 'running';
  const tenants = query.data?.tenants.filter((t) => !tenantSlug || t.slug === tenantSlug) ?? [];
  const behind = tenants.filter((t) => t.pending > 0).length;
  return (
    <section aria-labelledby="migrations-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="migrations-heading" className="font-semibold">
        Migrations
      </h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="mt-2 grid gap-2 text-sm">
          <p>
            Latest template version: <strong>{query.data.latestVersion ?? 'none'}</strong>.{' '}
            {behind === 0
              ? tenantSlug
                ? 'This tenant is up to date.'
                : 'Every tenant is up to date.'
              : `${behind} ${behind === 1 ? 'tenant is' : 'tenants are'} behind.`}
          </p>
          {run && (
            <div role="status" aria-live="polite">
              <p>
                {run.status === 'running'
                  ? `Migrating: ${run.done} of ${run.total} tenants done`
                  : run.status === 'finished'
                    ? `Last run finished: ${run.migrated} migrated, ${run.failed.length} failed, ${run.total} checked`
                    : `Last run failed: ${run.failed.map((f) => `${f.slug}: ${f.error}`).join('; ')}`}
              </p>
              {running && (
                <progress
                  className="mt-1 w-full"
                  max={Math.max(run.total, 1)}
                  value={run.done}
                  aria-label="Migration progress"
                />
              )}
            </div>
          )}
          <Button
            className="justify-self-start"
            onClick={() => start.mutate()}
            pending={start.isPending}
            disabled={running}
          >
            {tenantSlug ? 'Migrate this tenant' : 'Migrate all tenants'}
          </Button>
        </div>
      )}
    </section>
  );
}
