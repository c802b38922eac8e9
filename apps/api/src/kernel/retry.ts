import { isStalePlan } from '@dispatch/db';

/** Postgres error codes that mean "a concurrent transaction got in the way": the unit of work starts again. */
const PG_SERIALIZATION_FAILURE = '40001';
const PG_DEADLOCK_DETECTED = '40P01';

/**
 * Raised by a service or repository that found, mid-transaction, that a concurrent transaction took what it
 * was about to take (a row changed under a lock, an invariant index refused a second active row): the unit of
 * work rolls back and runs the work again from the top, with a fresh snapshot.
 */
export class RetryableConflict extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RetryableConflict';
  }
}

/**
 * Also retried: a prepared statement a migration made stale, which the failed transaction's connection has dropped
 * (`withTenantTransaction`), so the work runs again with statements prepared anew.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof RetryableConflict || isStalePlan(error)) return true;
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return code === PG_SERIALIZATION_FAILURE || code === PG_DEADLOCK_DETECTED;
}
