/** Postgres error codes the unit of work reacts to. */
export const PG = {
  uniqueViolation: '23505',
  checkViolation: '23514',
  foreignKeyViolation: '23503',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

export interface PgError {
  code?: string;
  constraint?: string;
}

export const pgError = (error: unknown): PgError =>
  error && typeof error === 'object' ? (error as PgError) : {};

/** Invariant indexes whose violation means "a concurrent transaction took it first": retry from the top. */
const RACE_CONSTRAINTS = new Set(['assignments_active_equipment_key', 'assignments_active_driver_key']);

export function isRetryable(error: unknown): boolean {
  const { code, constraint } = pgError(error);
  return (
    code === PG.serializationFailure ||
    code === PG.deadlockDetected ||
    (code === PG.uniqueViolation && constraint !== undefined && RACE_CONSTRAINTS.has(constraint))
  );
}
