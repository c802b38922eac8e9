import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { api, unwrap } from '../../api/client';
import type { Equipment } from '../../api/types';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field, inputClass } from '../../ui/Field';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { useNow } from '../../ui/use-now';
import { fleetQueries } from '../fleet/fleet-queries';
import { SectionHeader, tableClass, tdClass, thClass } from './AdminLayout';
import { daysUntil } from './dates';
import { useApiForm } from './use-api-form';

/** Equipment with its type, region, status and next maintenance date; add or edit a unit in a dialog. */
export function EquipmentPage() {
  const query = useQuery(fleetQueries.equipment());
  const [editing, setEditing] = useState<Equipment | 'new' | null>(null);
  const now = useNow(60_000);
  return (
    <section aria-labelledby="equipment-heading">
      <SectionHeader id="equipment-heading" title="Equipment">
        <Button variant="primary" onClick={() => setEditing('new')}>
          Add equipment
        </Button>
      </SectionHeader>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.data.items.length === 0 ? (
        <Empty title="No equipment yet">Add the units you dispatch.</Empty>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <thead>
              <tr>
                <th className={thClass}>Identifier</th>
                <th className={thClass}>Type</th>
                <th className={thClass}>Region</th>
                <th className={thClass}>Status</th>
                <th className={thClass}>Next maintenance</th>
                <th className={thClass}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.data.items.map((unit) => (
                <tr key={unit.id}>
                  <td className={`${tdClass} font-medium`}>{unit.identifier}</td>
                  <td className={tdClass}>{unit.typeName}</td>
                  <td className={tdClass}>{unit.region}</td>
                  <td className={tdClass}>{unit.status.replace('_', ' ')}</td>
                  <td className={tdClass}>
                    <MaintenanceDate on={unit.nextMaintenanceOn} now={now} />
                  </td>
                  <td className={`${tdClass} text-right`}>
                    <Button size="sm" onClick={() => setEditing(unit)} aria-label={`Edit ${unit.identifier}`}>
                      Edit
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <EquipmentDialog
          unit={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          key={editing === 'new' ? 'new' : editing.id}
        />
      )}
    </section>
  );
}

function MaintenanceDate({ on, now }: { on: string | null; now: number }) {
  if (!on) return <span className="text-slate-600">Not scheduled</span>;
  const days = daysUntil(on, now);
  return (
    <span className="flex flex-wrap items-center gap-1">
      {on}
      {days < 0 && <Badge tone="danger">Overdue</Badge>}
      {days >= 0 && days <= 7 && <Badge tone="warning">Due in {days} d</Badge>}
    </span>
  );
}

interface EquipmentValues {
  identifier: string;
  typeId: string;
  region: string;
  status: 'available' | 'maintenance' | 'retired';
  nextMaintenanceOn: string;
  notes: string;
}

function EquipmentDialog({ unit, onClose }: { unit: Equipment | null; onClose(): void }) {
  const client = useQueryClient();
  const types = useQuery(fleetQueries.types());
  const [values, setValues] = useState<EquipmentValues>({
    identifier: unit?.identifier ?? '',
    typeId: unit?.typeId ?? '',
    region: unit?.region ?? '',
    status: unit?.status === 'maintenance' || unit?.status === 'retired' ? unit.status : 'available',
    nextMaintenanceOn: unit?.nextMaintenanceOn ?? '',
    notes: unit?.notes ?? '',
  });
  const form = useApiForm(
    (v: EquipmentValues) => {
      const body = {
        identifier: v.identifier.trim(),
        typeId: v.typeId,
        region: v.region.trim(),
        nextMaintenanceOn: v.nextMaintenanceOn || null,
        notes: v.notes.trim() || null,
      };
      return unit
        ? unwrap(
            api.PATCH('/api/equipment/{id}', {
              params: { path: { id: unit.id } },
              // Status is only sent when it changed: an assigned unit's status belongs to dispatch.
              body: v.status === unit.status ? body : { ...body, status: v.status },
            }),
          )
        : unwrap(api.POST('/api/equipment', { body: { ...body, status: v.status } }));
    },
    (saved) => {
      toast.success(`${saved.identifier} saved`);
      void client.invalidateQueries({ queryKey: ['equipment'] });
      onClose();
    },
  );
  const set = (field: keyof EquipmentValues, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    form.clear(field);
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    form.mutation.mutate(values);
  }
  const title = unit ? `Edit ${unit.identifier}` : 'Add equipment';
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={title}>
      <form noValidate onSubmit={submit} className="grid gap-3">
        <Field label="Identifier" error={form.errors.identifier}>
          <input
            className={inputClass}
            value={values.identifier}
            onChange={(e) => set('identifier', e.target.value)}
          />
        </Field>
        <Field label="Type" error={form.errors.typeId}>
          <select
            className={inputClass}
            value={values.typeId}
            onChange={(e) => set('typeId', e.target.value)}
          >
            <option value="">Choose a type…</option>
            {types.data?.items.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Region" error={form.errors.region}>
          <input
            className={inputClass}
            value={values.region}
            onChange={(e) => set('region', e.target.value)}
          />
        </Field>
        <Field label="Status" error={form.errors.status}>
          <select
            className={inputClass}
            value={values.status}
            onChange={(e) => set('status', e.target.value)}
          >
            <option value="available">Available</option>
            <option value="maintenance">Maintenance</option>
            <option value="retired">Retired</option>
          </select>
        </Field>
        <Field
          label="Next maintenance"
          error={form.errors.nextMaintenanceOn}
          hint="The date the unit is next due in the workshop."
        >
          <input
            type="date"
            className={inputClass}
            value={values.nextMaintenanceOn}
            onChange={(e) => set('nextMaintenanceOn', e.target.value)}
          />
        </Field>
        <Field label="Notes" error={form.errors.notes}>
          <textarea
            className={`${inputClass} h-20 py-2`}
            value={values.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
        </Field>
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
