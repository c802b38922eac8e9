import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { isApiError } from '../api/problem';
import { ErrorState } from '../ui/States';

/** A screen that failed to load; 403s explain themselves (MFA, role) rather than looking broken. */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
  const mfa = isApiError(error) && error.problem.type.endsWith('mfa-required');
  return (
    <div className="mx-auto max-w-xl p-6">
      <ErrorState
        error={error}
        title={mfa ? 'Sign in again with a second factor' : 'This page could not be shown'}
        onRetry={() => void router.invalidate()}
      />
      {mfa && (
        <a className="mt-3 inline-block text-blue-800 underline" href="/auth/login">
          Sign in again
        </a>
      )}
    </div>
  );
}
