import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { api } from '../../api/client';
import { fieldErrors, isApiError, toApiError } from '../../api/problem';
import type { DispatchAnswer, WorkOrder } from '../../api/types';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field, inputClass } from '../../ui/Field';
import { fleetQueries } from '../fleet/fleet-queries';

type Priority = 'urgent' | 'standard';

/** Sends the request with its Idempotency-Key; the answer says whether it was dispatched at once or queued. */
export async function requestDispatch(
  body: { workOrderId: string; equipmentTypeId: string; priority: Priority; region?: string },
  idempotencyKey: string,
): Promise<DispatchAnswer> {
  const { data, error, response } = await api
    .POST('/api/dispatch/requests', { params: { header: { 'idempotency-key': idempotencyKey } }, body })
    .catch(() => {
      throw toApiError(0, null);
    });
  if (!response.ok || error !== undefined || !data) throw toApiError(response.status, error);
  return 'assignment' in data ? { outcome: 'dispatched', ...data } : { outcome: 'queued', ...data };
}

export function describeAnswer(answer: DispatchAnswer): string {
  return answer.outcome === 'dispatched'
    ? `${answer.request.workOrderNumber} dispatched at once: ${answer.assignment.equipmentIdentifier} with ${answer.assignment.driverName}`
    : `${answer.request.workOrderNumber} queued #${answer.queuePosition}`;
}

/**
 * Request dispatch for a work order. One Idempotency-Key per submission: a double click, or a retry after a lost
 * answer, sends the same key and can never dispatch twice; changing the form starts a new submission.
 */
export function RequestDispatchDialog({ order, onClose }: { order: WorkOrder | null; onClose(): void }) {
  const client = useQueryClient();
  const types = useQuery({ ...fleetQueries.types(), enabled: order !== null });
  const [typeId, setTypeId] = useState('');
  const [priority, setPriority] = useState<Priority>('standard');
  const [sameRegion, setSameRegion] = useState(true);
  const [answer, setAnswer] = useState<DispatchAnswer | null>(null);
  const key = useRef<string>(crypto.randomUUID());
  const newSubmission = () => (key.current = crypto.randomUUID());

  const mutation = useMutation({
    mutationFn: () =>
      requestDispatch(
        {
          workOrderId: order!.id,
          equipmentTypeId: typeId,
          priority,
          ...(sameRegion ? { region: order!.region } : {}),
        },
        key.current,
      ),
    onSuccess: (result) => {
      setAnswer(result);
      newSubmission();
      toast.success(describeAnswer(result));
      for (const queryKey of [['queue'], ['assignments', 'list'], ['work-orders', 'list'], ['dashboard']])
        void client.invalidateQueries({ queryKey });
    },
  });
  const apiFieldErrors = isApiError(mutation.error) ? fieldErrors(mutation.error.problem) : {};

  function close() {
    setAnswer(null);
    setTypeId('');
    setPriority('standard');
    setSameRegion(true);
    mutation.reset();
    newSubmission();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!typeId || mutation.isPending) return;
    mutation.mutate();
  }

  return (
    <Dialog
      open={order !== null}
      onOpenChange={(open) => !open && close()}
      title={order ? `Request dispatch for ${order.number}` : 'Request dispatch'}
      description={order ? `${order.title} · ${order.siteAddress} · ${order.region}` : undefined}
    >
      {answer ? (
        <div className="grid gap-3">
          <p role="status" className="text-base font-medium">
            {answer.outcome === 'dispatched' ? 'Dispatched at once' : `Queued #${answer.queuePosition}`}
          </p>
          <p className="text-sm text-slate-700">{describeAnswer(answer)}</p>
          <div className="flex justify-end">
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <form noValidate onSubmit={submit} className="grid gap-3">
          <Field label="Equipment type" error={apiFieldErrors.equipmentTypeId}>
            <select
              className={inputClass}
              value={typeId}
              onChange={(event) => {
                setTypeId(event.target.value);
                newSubmission();
              }}
            >
              <option value="">{types.isPending ? 'Loading types…' : 'Choose a type'}</option>
              {types.data?.items.map((type) => (
                <option key={type.id} value={type.id}>
                  {type.name}
                </option>
              ))}
            </select>
          </Field>
          <fieldset className="grid gap-1">
            <legend className="text-sm font-medium">Priority</legend>
            {(['standard', 'urgent'] as const).map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="priority"
                  value={value}
                  checked={priority === value}
                  onChange={() => {
                    setPriority(value);
                    newSubmission();
                  }}
                />
                {value === 'urgent' ? 'Urgent (served before every standard request)' : 'Standard'}
              </label>
            ))}
          </fieldset>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={sameRegion}
              onChange={(event) => {
                setSameRegion(event.target.checked);
                newSubmission();
              }}
            />
            Only equipment in region {order?.region}
          </label>
          {mutation.isError && (
            <p role="alert" className="text-sm text-red-800">
              {mutation.error.message}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={!typeId} pending={mutation.isPending}>
              {mutation.isPending ? 'Dispatching…' : 'Request dispatch'}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
