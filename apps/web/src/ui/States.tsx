import type { ReactNode } from 'react';
import { isApiError } from '../api/problem';
import { Button, Spinner } from './Button';

/** Shown while data loads; announced politely so screen readers know something is coming. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div role="status" className="flex items-center gap-2 p-4 text-sm text-slate-600">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600">
      <p className="font-medium text-slate-800">{title}</p>
      {children && <div className="mt-1">{children}</div>}
    </div>
  );
}

/** A failed load: what went wrong in plain words, and a way to try again. */
export function ErrorState({
  error,
  onRetry,
  title = 'Could not load this',
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const detail = isApiError(error)
    ? error.problem.detail || error.problem.title
    : error instanceof Error
      ? error.message
      : 'Something went wrong.';
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-medium">{title}</p>
      <p className="mt-1">{detail}</p>
      {onRetry && (
        <Button className="mt-3" size="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
