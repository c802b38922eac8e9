import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { Button } from '../../ui/Button';
import { Field, inputClass } from '../../ui/Field';
import { ErrorState, Loading } from '../../ui/States';
import { settingsQueries } from '../exceptions/settings-queries';
import { adminQueries } from './admin-queries';
import { SectionHeader } from './AdminLayout';
import { useApiForm } from './use-api-form';

type TenantSettings = ResponseOf<'/api/settings', 'get'>;

/** Tenant settings: the exception strip's thresholds and the tenant's time zone. */
export function TenantSettingsPage() {
  const query = useQuery(adminQueries.settings());
  return (
    <section aria-labelledby="settings-heading">
      <SectionHeader id="settings-heading" title="Tenant settings" />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SettingsForm settings={query.data} />
      )}
    </section>
  );
}

const NUMBER_FIELDS = [
  ['urgentWaitingMinutes', 'Urgent request waiting longer than (minutes)'],
  ['dispatchedNotEnRouteMinutes', 'Dispatched but not en route after (minutes)'],
  ['qualificationExpiringDays', 'Qualification of an assigned driver expiring within (days)'],
] as const;

function SettingsForm({ settings }: { settings: TenantSettings }) {
  const client = useQueryClient();
  const [values, setValues] = useState({
    timezone: settings.timezone,
    ...Object.fromEntries(NUMBER_FIELDS.map(([key]) => [key, String(settings.exceptions[key])])),
  } as Record<string, string>);
  const form = useApiForm(
    (v: Record<string, string>) =>
      unwrap(
        api.PUT('/api/settings', {
          body: {
            timezone: v.timezone!.trim(),
            exceptions: Object.fromEntries(NUMBER_FIELDS.map(([key]) => [key, Number(v[key])])),
          },
        }),
      ),
    (saved) => {
      toast.success('Settings saved');
      client.setQueryData(adminQueries.settings().queryKey, saved);
      void client.invalidateQueries({ queryKey: settingsQueries.thresholds().queryKey });
    },
  );
  const set = (field: string, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    form.clear(field);
    form.clear(`exceptions.${field}`);
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    form.mutation.mutate(values);
  }
  return (
    <form noValidate onSubmit={submit} className="grid max-w-lg gap-4">
      <fieldset className="grid gap-3">
        <legend className="mb-1 font-semibold">Exception strip thresholds</legend>
        {NUMBER_FIELDS.map(([key, label]) => (
          <Field key={key} label={label} error={form.errors[`exceptions.${key}`] ?? form.errors[key]}>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              className={inputClass}
              value={values[key]}
              onChange={(e) => set(key, e.target.value)}
            />
          </Field>
        ))}
      </fieldset>
      <Field
        label="Time zone"
        hint="An IANA name such as Europe/Berlin; reports and 'today' use it."
        error={form.errors.timezone}
      >
        <input
          className={inputClass}
          value={values.timezone}
          onChange={(e) => set('timezone', e.target.value)}
        />
      </Field>
      {form.formError && (
        <p role="alert" className="text-sm text-red-800">
          {form.formError}
        </p>
      )}
      <Button
        type="submit"
        variant="primary"
        className="justify-self-start"
        pending={form.mutation.isPending}
      >
        Save settings
      </Button>
    </form>
  );
}
