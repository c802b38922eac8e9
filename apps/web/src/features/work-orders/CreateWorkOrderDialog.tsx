import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { api, unwrap } from '../../api/client';
import { fieldErrors, isApiError } from '../../api/problem';
import type { WorkOrder } from '../../api/types';
import { useMe } from '../../session/me';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field, inputClass } from '../../ui/Field';
import { validateWorkOrder, type FormErrors, type WorkOrderForm } from './work-order-form';
import { workOrderQueries } from './work-order-queries';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  onCreated?(order: WorkOrder): void;
}

/** New work order: validated as you type (once a field was touched), the API's field errors on the fields. */
export function CreateWorkOrderDialog({ open, onOpenChange, onCreated }: Props) {
  const me = useMe();
  const client = useQueryClient();
  const initial: WorkOrderForm = { title: '', siteAddress: '', region: me.region ?? '', notes: '' };
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<keyof WorkOrderForm, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const clientErrors = validateWorkOrder(values);

  const create = useMutation({
    mutationFn: (form: WorkOrderForm) =>
      unwrap(
        api.POST('/api/work-orders', {
          body: {
            title: form.title.trim(),
            siteAddress: form.siteAddress.trim(),
            region: form.region.trim(),
            notes: form.notes.trim() || null,
          },
        }),
      ),
    onSuccess: (order) => {
      toast.success(`${order.number} created`);
      void client.invalidateQueries({ queryKey: workOrderQueries.lists() });
      setValues(initial);
      setTouched({});
      onOpenChange(false);
      onCreated?.(order);
    },
    onError: (error) => {
      if (isApiError(error)) {
        const byField = fieldErrors(error.problem) as FormErrors;
        setServerErrors(byField);
        setFormError(Object.keys(byField).length > 0 ? null : error.problem.detail || error.problem.title);
      } else setFormError(error.message);
    },
  });

  function set(field: keyof WorkOrderForm, value: string) {
    setValues((prev) => ({ ...prev, [field]: value }));
    setTouched((prev) => ({ ...prev, [field]: true }));
    setServerErrors((prev) => ({ ...prev, [field]: undefined }));
  }
  const errorOf = (field: keyof WorkOrderForm) =>
    serverErrors[field] ?? (touched[field] ? clientErrors[field] : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched({ title: true, siteAddress: true, region: true, notes: true });
    setFormError(null);
    if (Object.keys(clientErrors).length > 0) return;
    create.mutate(values);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="New work order">
      <form noValidate onSubmit={submit} className="grid gap-3">
        <Field label="Title" error={errorOf('title')}>
          <input className={inputClass} value={values.title} onChange={(e) => set('title', e.target.value)} />
        </Field>
        <Field label="Site address" error={errorOf('siteAddress')}>
          <input
            className={inputClass}
            value={values.siteAddress}
            onChange={(e) => set('siteAddress', e.target.value)}
          />
        </Field>
        <Field
          label="Region"
          error={errorOf('region')}
          hint={me.region ? `You work in region ${me.region}.` : undefined}
        >
          <input
            className={inputClass}
            value={values.region}
            readOnly={me.region !== null}
            onChange={(e) => set('region', e.target.value)}
          />
        </Field>
        <Field label="Notes" error={errorOf('notes')}>
          <textarea
            className={`${inputClass} h-24 py-2`}
            value={values.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
        </Field>
        {formError && (
          <p role="alert" className="text-sm text-red-800">
            {formError}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" pending={create.isPending}>
            Create work order
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
