import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { Button } from '../../ui/Button';
import { Field, inputClass } from '../../ui/Field';
import { ErrorState, Loading } from '../../ui/States';
import { adminQueries } from './admin-queries';
import { SectionHeader } from './AdminLayout';
import { IdpCheckSteps } from './IdpCheckSteps';
import { useApiForm } from './use-api-form';

type IdpSettings = ResponseOf<'/api/settings/idp', 'get'>;

/** The identity-provider settings for the customer's IT: edit, dry run step by step, then save. */
export function IdentityProviderPage() {
  const query = useQuery(adminQueries.idp());
  return (
    <section aria-labelledby="idp-heading">
      <SectionHeader id="idp-heading" title="Identity provider" />
      <p className="mb-4 max-w-2xl text-sm text-slate-700">
        Dispatch signs your users in through your OpenID Connect provider. A change is checked against the
        provider first (discovery, issuer, key set, signing keys); it can be saved only once that dry run
        passes.
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <IdpForm settings={query.data} />
      )}
    </section>
  );
}

const FIELDS = [
  ['issuer', 'Issuer URL', 'The OpenID Connect issuer, e.g. https://login.example.com/realms/acme'],
  ['jwksUri', 'JWKS URL', 'Leave empty to use the one discovery names.'],
  ['webClientId', 'Web client id', 'The confidential client the web app signs in with.'],
  ['rolesClaim', 'Roles claim', 'Where roles sit in the token; default realm_access.roles.'],
  ['regionClaim', 'Region claim', 'The claim that limits a user to one region; default region.'],
] as const;
type FieldName = (typeof FIELDS)[number][0];

function IdpForm({ settings }: { settings: IdpSettings }) {
  const client = useQueryClient();
  const [values, setValues] = useState<Record<FieldName, string>>({
    issuer: settings.issuer,
    jwksUri: settings.jwksUri ?? '',
    webClientId: settings.webClientId ?? '',
    rolesClaim: settings.rolesClaim ?? '',
    regionClaim: settings.regionClaim ?? '',
  });
  const [clientSecret, setClientSecret] = useState('');
  // The body is what is checked and what is saved: any edit after a dry run asks for a new one.
  const body = {
    ...Object.fromEntries(
      Object.entries(values)
        .map(([key, value]) => [key, value.trim()])
        .filter(([, value]) => value),
    ),
    ...(settings.apiAudience ? { apiAudience: settings.apiAudience } : {}),
    ...(settings.roleMap ? { roleMap: settings.roleMap } : {}),
    ...(settings.mfa ? { mfa: settings.mfa } : {}),
  } as { issuer: string } & Record<string, unknown>;
  const bodyKey = JSON.stringify(body);

  const dryRun = useMutation({
    mutationKey: ['idp-check'],
    mutationFn: (candidate: typeof body) =>
      unwrap(api.POST('/api/settings/idp/check', { body: candidate })).then((result) => ({
        result,
        checked: JSON.stringify(candidate),
      })),
  });
  const save = useApiForm(
    () =>
      unwrap(api.PUT('/api/settings/idp', { body: { ...body, ...(clientSecret ? { clientSecret } : {}) } })),
    (saved) => {
      toast.success('Identity provider saved');
      setClientSecret('');
      client.setQueryData(adminQueries.idp().queryKey, saved);
    },
  );
  const passed = dryRun.data?.result.ok === true && dryRun.data.checked === bodyKey;
  const stale = dryRun.data !== undefined && dryRun.data.checked !== bodyKey;

  const set = (field: FieldName, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    save.clear(field);
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    if (passed) save.mutation.mutate(undefined);
  }

  return (
    <form noValidate onSubmit={submit} className="grid max-w-2xl gap-3">
      {FIELDS.map(([name, label, hint]) => (
        <Field key={name} label={label} hint={hint} error={save.errors[name]}>
          <input
            className={inputClass}
            value={values[name]}
            type={name === 'issuer' || name === 'jwksUri' ? 'url' : 'text'}
            onChange={(e) => set(name, e.target.value)}
          />
        </Field>
      ))}
      <Field
        label="Client secret"
        hint={
          settings.clientSecretStatus?.set
            ? `A secret is set (${settings.clientSecretStatus.source}); leave empty to keep it.`
            : 'No secret set yet.'
        }
        error={save.errors.clientSecret}
      >
        <input
          type="password"
          autoComplete="new-password"
          className={inputClass}
          value={clientSecret}
          onChange={(e) => setClientSecret(e.target.value)}
        />
      </Field>
      <div className="rounded-md border border-slate-300 bg-white p-3">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="font-semibold">Dry run</h2>
          <Button size="sm" onClick={() => dryRun.mutate(body)} pending={dryRun.isPending}>
            Run dry run
          </Button>
        </div>
        <div className="mt-2">
          {dryRun.isError ? (
            <ErrorState title="The dry run could not run" error={dryRun.error} />
          ) : dryRun.data && !stale ? (
            <IdpCheckSteps checks={dryRun.data.result.checks} ok={dryRun.data.result.ok} />
          ) : (
            <p className="text-sm text-slate-700">
              {stale
                ? 'The settings changed since the last dry run; run it again.'
                : 'Not run yet for these settings.'}
            </p>
          )}
        </div>
      </div>
      {save.formError && (
        <p role="alert" className="text-sm text-red-800">
          {save.formError}
        </p>
      )}
      <Button
        type="submit"
        variant="primary"
        className="justify-self-start"
        disabled={!passed}
        pending={save.mutation.isPending}
        aria-describedby="idp-save-hint"
      >
        Save identity provider
      </Button>
      <p id="idp-save-hint" className="text-xs text-slate-600">
        {passed
          ? 'The dry run passed for exactly these settings.'
          : 'Saving needs a passing dry run of these settings.'}
      </p>
    </form>
  );
}
