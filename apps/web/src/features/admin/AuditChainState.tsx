import { useQuery } from '@tanstack/react-query';
import { Button } from '../../ui/Button';
import { ErrorState, Loading } from '../../ui/States';
import { adminQueries } from './admin-queries';

/**
 * The audit hash chain's verification: intact (how many events, and the anchor outside the database it matched),
 * or the first broken link and why.
 */
export function AuditChainState() {
  const query = useQuery(adminQueries.auditChain());
  if (query.isPending) return <Loading label="Verifying the audit chain…" />;
  if (query.isError)
    return (
      <ErrorState
        title="Could not verify the audit chain"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const { ok, checked, lastSeq, anchoredSeq, firstBroken } = query.data;
  return (
    <div
      role="status"
      className={
        ok
          ? 'flex flex-wrap items-center gap-3 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900'
          : 'flex flex-wrap items-center gap-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900'
      }
    >
      <p className="flex-1">
        {ok ? (
          <>
            <strong>✓ Chain intact:</strong> {checked.toLocaleString()} events verified, up to #{lastSeq}.{' '}
            {anchoredSeq === null
              ? 'No anchor outside the database yet.'
              : `Matches the anchor kept outside the database at #${anchoredSeq}.`}
          </>
        ) : (
          <>
            <strong>✗ Chain broken</strong> at event #{firstBroken?.seq ?? '?'}
            {firstBroken?.id ? ` (${firstBroken.id})` : ''}: {firstBroken?.reason ?? 'unknown reason'}.{' '}
            {checked.toLocaleString()} events checked. Events from this one on cannot be trusted.
          </>
        )}
      </p>
      <Button size="sm" onClick={() => void query.refetch()} pending={query.isFetching}>
        Verify again
      </Button>
    </div>
  );
}
