/** Errors the tenancy layer raises for callers (API, CLI) to map onto their own surfaces. */
export type TenancyErrorCode =
  | 'invalid-slug'
  | 'slug-conflict'
  | 'issuer-in-use'
  | 'tenant-not-found'
  | 'invalid-state'
  | 'migration-checksum-mismatch'
  | 'migration-failed'
  | 'invalid-backup'
  | 'restore-refused';

export class TenancyError extends Error {
  constructor(
    readonly code: TenancyErrorCode,
    message: string,
    /** The input field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'TenancyError';
  }
}

/**
 * The database could not be reached or gave no connection in time (pool exhausted, server down or restarting).
 * Callers answer 503 and invite a retry instead of reporting an internal error.
 */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database is unavailable or busy', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

// Connection exceptions (08…), and the server shutting down or not yet accepting connections (57P01–57P03).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;

/**
 * Whether an error from pg means "the database is not there right now" rather than a bug or bad input.
 * drizzle wraps pg's errors (DrizzleQueryError, with the original as `cause`), so causes are looked at too.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause !== undefined && depth < 3 && isDatabaseUnavailable(cause, depth + 1)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNAVAILABLE_SQLSTATE.test(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|not queryable|ECONNREFUSED|timeout exceeded when trying to connect/.test(
    message,
  );
}

/** The unique index on the normalised issuer among live tenants (migrations/…_unique_tenant_issuer.sql). */
export const LIVE_ISSUER_INDEX = 'tenants_live_issuer_key';

/**
 * The database refused a second live tenant with the same (normalised) issuer: an `issuer-in-use` error
 * naming the field, or undefined for any other error. Drizzle wraps driver errors, so the cause chain is walked.
 */
export function issuerInUse(error: unknown, field = 'idp.issuer'): TenancyError | undefined {
  let current = error as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.code === '23505' && current.constraint === LIVE_ISSUER_INDEX) {
      return new TenancyError(
        'issuer-in-use',
        'another tenant already uses this issuer; each tenant needs its own realm',
        field,
      );
    }
    current = current.cause as typeof current;
  }
  return undefined;
}

/**
 * Postgres refusing to run a prepared statement whose result columns changed since it was prepared (a migration
 * altered a column's type): the statement must be prepared again, and the work may run again once it is.
 */
export function isStalePlan(error: unknown): boolean {
  return (
    (error as { code?: unknown } | undefined)?.code === '0A000' &&
    /cached plan must not change result type/.test(String((error as { message?: unknown }).message))
  );
}
