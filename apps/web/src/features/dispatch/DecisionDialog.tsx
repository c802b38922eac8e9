import { useQuery } from '@tanstack/react-query';
import { format } from 'date-fns';
import type { Decision } from '../../api/types';
import { Badge } from '../../ui/Badge';
import { Dialog } from '../../ui/Dialog';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { queueQueries } from '../queue/queue-queries';

interface DecisionDialogProps {
  requestId: string | null;
  title: string;
  onClose(): void;
}

/**
 * "Why this truck / why not that driver / why it waits": the dispatch decisions the server recorded for a
 * request, newest first, with every unit and driver considered and the reasons each was passed over.
 */
export function DecisionDialog({ requestId, title, onClose }: DecisionDialogProps) {
  return (
    <Dialog open={requestId !== null} onOpenChange={(open) => !open && onClose()} title={title}>
      {requestId && <DecisionBody requestId={requestId} />}
    </Dialog>
  );
}

function DecisionBody({ requestId }: { requestId: string }) {
  const query = useQuery(queueQueries.decisions(requestId));
  if (query.isPending) return <Loading label="Loading the decision record…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const decisions = [...query.data.items].sort((a, b) => b.at.localeCompare(a.at));
  if (decisions.length === 0) return <Empty title="No decision recorded yet" />;
  return (
    <div className="grid gap-4">
      {decisions.map((decision, index) => (
        <DecisionView key={`${decision.at}-${index}`} decision={decision} latest={index === 0} />
      ))}
    </div>
  );
}

function DecisionView({ decision, latest }: { decision: Decision; latest: boolean }) {
  return (
    <section aria-label={`Decision at ${format(new Date(decision.at), 'HH:mm:ss')}`} className="grid gap-2">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={decision.outcome === 'assigned' ? 'success' : 'warning'}>
          {decision.outcome === 'assigned' ? 'Assigned' : 'Queued'}
        </Badge>
        <span>{format(new Date(decision.at), 'd MMM HH:mm:ss')}</span>
        <span className="text-slate-600">· {decision.trigger}</span>
        {latest && <span className="text-slate-600">(latest)</span>}
      </p>
      {decision.chosen && (
        <p className="text-sm">
          Chose <strong>{decision.chosen.equipmentIdentifier}</strong> with{' '}
          <strong>{decision.chosen.driverName}</strong>
        </p>
      )}
      <p className="text-sm text-slate-700">Rule: {decision.rule}</p>
      <Candidates
        title="Equipment considered"
        rows={decision.equipment}
        notListed={decision.equipmentNotListed}
      />
      <Candidates title="Drivers considered" rows={decision.drivers} notListed={decision.driversNotListed} />
    </section>
  );
}

function Candidates({
  title,
  rows,
  notListed,
}: {
  title: string;
  rows: Decision['equipment'];
  notListed: number;
}) {
  return (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">None of this type.</p>
      ) : (
        <ul className="mt-1 grid gap-1">
          {rows.map((row) => (
            <li key={row.id} className="text-sm">
              <span className="font-medium">{row.name}</span>{' '}
              <span className="text-slate-600">({row.region})</span>{' '}
              <Badge tone={row.verdict === 'chosen' ? 'success' : 'neutral'}>
                {row.verdict === 'chosen' ? 'chosen' : 'passed over'}
              </Badge>
              <span className="block text-slate-700">{row.reasons.join('; ')}</span>
            </li>
          ))}
        </ul>
      )}
      {notListed > 0 && <p className="text-xs text-slate-600">and {notListed} more not listed</p>}
    </div>
  );
}
