/** One step of an identity-provider dry run as the API reports it. */
export interface IdpCheck {
  name: string;
  ok: boolean;
  detail: string;
}

const STEP_LABELS: Record<string, string> = {
  'issuer-url': 'Issuer address',
  discovery: 'Discovery document',
  'issuer-match': 'Issuer matches',
  jwks: 'JWKS (key set)',
  'signing-keys': 'Signing keys',
  'web-login': 'Web sign-in endpoints',
};

/** The dry run step by step: each check passed or failed, in words, with what the API found. */
export function IdpCheckSteps({ checks, ok }: { checks: IdpCheck[]; ok: boolean }) {
  return (
    <div role="status" className="grid gap-2">
      <p className={ok ? 'font-medium text-green-900' : 'font-medium text-red-900'}>
        {ok
          ? '✓ Dry run passed: these settings can be saved.'
          : '✗ Dry run failed: fix the step marked failed.'}
      </p>
      <ol className="grid gap-1 text-sm">
        {checks.map((check) => (
          <li key={check.name} className="flex gap-2">
            <span aria-hidden className={check.ok ? 'text-green-800' : 'text-red-800'}>
              {check.ok ? '✓' : '✗'}
            </span>
            <span>
              <strong>{STEP_LABELS[check.name] ?? check.name}</strong>: {check.ok ? 'passed' : 'failed'} —{' '}
              <span className="text-slate-700">{check.detail}</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
