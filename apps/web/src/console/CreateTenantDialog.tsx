import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { api, unwrap } from '../api/client';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field, inputClass } from '../ui/Field';
import { ErrorState } from '../ui/States';
import { IdpCheckSteps } from '../features/admin/IdpCheckSteps';
import { useApiForm } from '../features/admin/use-api-form';
import { consoleQueries } from './console-queries';

const TIERS = ['trial', 'standard', 'premium', 'enterprise'] as const;
type Tier = (typeof TIERS)[number];

/** New tenant: name, subdomain, tier and identity provider; the IdP's dry run must pass before it is created. */
export function CreateTenantDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const client = useQueryClient();
  const [values, setValues] = useState({
    name: '',
    slug: '',
    tier: 'standard' as Tier,
    issuer: '',
    webClientId: '',
  });
  const [clientSecret, setClientSecret] = useState('');
  const idp = {
    issuer: values.issuer.trim(),
    ...(values.webClientId.trim() ? { webClientId: values.webClientId.trim() } : {}),
  };
  const idpKey = JSON.stringify(idp);
  const dryRun = useMutation({
    mutationFn: (candidate: typeof idp) =>
      unwrap(api.POST('/platform/idp/check', { body: candidate })).then((result) => ({
        result,
        checked: JSON.stringify(candidate),
      })),
  });
  const passed = dryRun.data?.result.ok === true && dryRun.data.checked === idpKey;
  const create = useApiForm(
    () =>
      unwrap(
        api.POST('/platform/tenants', {
          body: {
            name: values.name.trim(),
            slug: values.slug.trim(),
            tier: values.tier,
            idp: { ...idp, ...(clientSecret ? { clientSecret } : {}) },
          },
        }),
      ),
    (tenant) => {
      toast.success(`Tenant ${tenant.slug} created`);
      void client.invalidateQueries({ queryKey: consoleQueries.tenants().queryKey });
      onOpenChange(false);
    },
  );
  const set = (field: keyof typeof values, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    create.clear(field);
    create.clear(`idp.${field}`);
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    if (passed) create.mutation.mutate(undefined);
  }
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="New tenant">
      <form noValidate onSubmit={submit} className="grid gap-3">
        <Field label="Name" error={create.errors.name}>
          <input className={inputClass} value={values.name} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <Field
          label="Subdomain"
          hint="Lowercase letters, digits and dashes; 3–63 characters."
          error={create.errors.slug}
        >
          <input className={inputClass} value={values.slug} onChange={(e) => set('slug', e.target.value)} />
        </Field>
        <Field label="Tier" error={create.errors.tier}>
          <select className={inputClass} value={values.tier} onChange={(e) => set('tier', e.target.value)}>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {tier}
              </option>
            ))}
          </select>
        </Field>
        <Field label="IdP issuer URL" error={create.errors['idp.issuer']}>
          <input
            type="url"
            className={inputClass}
            value={values.issuer}
            onChange={(e) => set('issuer', e.target.value)}
          />
        </Field>
        <Field
          label="Web client id"
          hint="Needed for browser sign-in."
          error={create.errors['idp.webClientId']}
        >
          <input
            className={inputClass}
            value={values.webClientId}
            onChange={(e) => set('webClientId', e.target.value)}
          />
        </Field>
        <Field label="Client secret" error={create.errors['idp.clientSecret']}>
          <input
            type="password"
            autoComplete="new-password"
            className={inputClass}
            value={clientSecret}
            onChange={(e) => setClientSecret(e.target.value)}
          />
        </Field>
        <div className="rounded-md border border-slate-300 p-3">
          <Button
            size="sm"
            onClick={() => dryRun.mutate(idp)}
            pending={dryRun.isPending}
            disabled={!idp.issuer}
          >
            Run dry run
          </Button>
          <div className="mt-2">
            {dryRun.isError ? (
              <ErrorState title="The dry run could not run" error={dryRun.error} />
            ) : dryRun.data && dryRun.data.checked === idpKey ? (
              <IdpCheckSteps checks={dryRun.data.result.checks} ok={dryRun.data.result.ok} />
            ) : (
              <p className="text-sm text-slate-700">
                Run the dry run of these identity settings before creating.
              </p>
            )}
          </div>
        </div>
        {create.formError && (
          <p role="alert" className="text-sm text-red-800">
            {create.formError}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!passed} pending={create.mutation.isPending}>
            Create tenant
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
