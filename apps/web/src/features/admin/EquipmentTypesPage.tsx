import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { api, unwrap } from '../../api/client';
import { Button } from '../../ui/Button';
import { Field, inputClass } from '../../ui/Field';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { fleetQueries } from '../fleet/fleet-queries';
import { SectionHeader, tableClass, tdClass, thClass } from './AdminLayout';
import { useApiForm } from './use-api-form';

/** Equipment types: the list and a form to add one (names are unique per tenant; the API says so if not). */
export function EquipmentTypesPage() {
  const query = useQuery(fleetQueries.types());
  return (
    <section aria-labelledby="types-heading">
      <SectionHeader id="types-heading" title="Equipment types" />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div>
          {query.isPending ? (
            <Loading />
          ) : query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : query.data.items.length === 0 ? (
            <Empty title="No equipment types yet">Add the kinds of equipment you dispatch.</Empty>
          ) : (
            <table className={tableClass}>
              <thead>
                <tr>
                  <th className={thClass}>Name</th>
                  <th className={thClass}>Description</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((type) => (
                  <tr key={type.id}>
                    <td className={`${tdClass} font-medium`}>{type.name}</td>
                    <td className={tdClass}>{type.description ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <CreateTypeForm />
      </div>
    </section>
  );
}

function CreateTypeForm() {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const form = useApiForm(
    () =>
      unwrap(
        api.POST('/api/equipment-types', {
          body: { name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) },
        }),
      ),
    (type) => {
      toast.success(`${type.name} added`);
      setName('');
      setDescription('');
      void client.invalidateQueries({ queryKey: fleetQueries.types().queryKey });
    },
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    form.mutation.mutate(undefined);
  }
  return (
    <form noValidate onSubmit={submit} aria-label="New equipment type" className="grid content-start gap-3">
      <h2 className="font-semibold">New equipment type</h2>
      <Field label="Name" error={form.errors.name}>
        <input
          className={inputClass}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            form.clear('name');
          }}
        />
      </Field>
      <Field label="Description" error={form.errors.description}>
        <input
          className={inputClass}
          value={description}
          onChange={(e) => {
            setDescription(e.target.value);
            form.clear('description');
          }}
        />
      </Field>
      {form.formError && (
        <p role="alert" className="text-sm text-red-800">
          {form.formError}
        </p>
      )}
      <Button type="submit" variant="primary" pending={form.mutation.isPending}>
        Add type
      </Button>
    </form>
  );
}
