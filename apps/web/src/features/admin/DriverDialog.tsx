import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { api, unwrap } from '../../api/client';
import type { Driver } from '../../api/types';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field, inputClass } from '../../ui/Field';
import { fleetQueries } from '../fleet/fleet-queries';
import { useApiForm } from './use-api-form';

interface QualificationRow {
  equipmentTypeId: string;
  expiresOn: string;
}
interface DriverValues {
  name: string;
  phone: string;
  region: string;
  qualifications: QualificationRow[];
}

/** Add or edit a driver: name, phone, region and the equipment types they may operate, each with an expiry. */
export function DriverDialog({ driver, onClose }: { driver: Driver | null; onClose(): void }) {
  const client = useQueryClient();
  const types = useQuery(fleetQueries.types());
  const [values, setValues] = useState<DriverValues>({
    name: driver?.name ?? '',
    phone: driver?.phone ?? '',
    region: driver?.region ?? '',
    qualifications:
      driver?.qualifications.map((q) => ({
        equipmentTypeId: q.equipmentTypeId,
        expiresOn: q.expiresAt ? q.expiresAt.slice(0, 10) : '',
      })) ?? [],
  });
  const form = useApiForm(
    (v: DriverValues) => {
      const body = {
        name: v.name.trim(),
        phone: v.phone.trim() || null,
        region: v.region.trim(),
        qualifications: v.qualifications
          .filter((q) => q.equipmentTypeId)
          .map((q) => ({
            equipmentTypeId: q.equipmentTypeId,
            // A qualification is good through the whole day it expires on.
            expiresAt: q.expiresOn ? new Date(`${q.expiresOn}T23:59:59`).toISOString() : null,
          })),
      };
      return driver
        ? unwrap(api.PATCH('/api/drivers/{id}', { params: { path: { id: driver.id } }, body }))
        : unwrap(api.POST('/api/drivers', { body }));
    },
    (saved) => {
      toast.success(`${saved.name} saved`);
      void client.invalidateQueries({ queryKey: ['drivers'] });
      onClose();
    },
  );
  const set = (field: 'name' | 'phone' | 'region', value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    form.clear(field);
  };
  const setRow = (index: number, row: Partial<QualificationRow>) =>
    setValues((prev) => ({
      ...prev,
      qualifications: prev.qualifications.map((q, i) => (i === index ? { ...q, ...row } : q)),
    }));
  function submit(event: FormEvent) {
    event.preventDefault();
    form.mutation.mutate(values);
  }
  const qualificationError = Object.entries(form.errors).find(([field]) =>
    field.startsWith('qualifications'),
  )?.[1];
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={driver ? `Edit ${driver.name}` : 'Add driver'}
    >
      <form noValidate onSubmit={submit} className="grid gap-3">
        <Field label="Name" error={form.errors.name}>
          <input className={inputClass} value={values.name} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <Field label="Phone" error={form.errors.phone}>
          <input
            type="tel"
            className={inputClass}
            value={values.phone}
            onChange={(e) => set('phone', e.target.value)}
          />
        </Field>
        <Field label="Region" error={form.errors.region}>
          <input
            className={inputClass}
            value={values.region}
            onChange={(e) => set('region', e.target.value)}
          />
        </Field>
        <fieldset className="grid gap-2">
          <legend className="text-sm font-medium text-slate-800">Qualifications</legend>
          {values.qualifications.map((row, index) => (
            <div key={index} className="flex flex-wrap items-end gap-2">
              <Field label={`Equipment type ${index + 1}`}>
                <select
                  className={inputClass}
                  value={row.equipmentTypeId}
                  onChange={(e) => setRow(index, { equipmentTypeId: e.target.value })}
                >
                  <option value="">Choose a type…</option>
                  {types.data?.items.map((type) => (
                    <option key={type.id} value={type.id}>
                      {type.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={`Expires on ${index + 1}`}>
                <input
                  type="date"
                  className={inputClass}
                  value={row.expiresOn}
                  onChange={(e) => setRow(index, { expiresOn: e.target.value })}
                />
              </Field>
              <Button
                size="sm"
                variant="ghost"
                onClick={() =>
                  setValues((prev) => ({
                    ...prev,
                    qualifications: prev.qualifications.filter((_, i) => i !== index),
                  }))
                }
              >
                Remove qualification {index + 1}
              </Button>
            </div>
          ))}
          <Button
            size="sm"
            className="justify-self-start"
            onClick={() =>
              setValues((prev) => ({
                ...prev,
                qualifications: [...prev.qualifications, { equipmentTypeId: '', expiresOn: '' }],
              }))
            }
          >
            Add qualification
          </Button>
          {qualificationError && <p className="text-sm text-red-800">⚠ {qualificationError}</p>}
        </fieldset>
        {form.formError && (
          <p role="alert" className="text-sm text-red-800">
            {form.formError}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" pending={form.mutation.isPending}>
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
