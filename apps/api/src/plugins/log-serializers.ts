import { stdSerializers } from 'pino';

/**
 * Error serializer for every log line: a database error is logged as what failed (a short operation label
 * and the Postgres error code, constraint and routine), never with its parameters, its SQL with values, or
 * Postgres' message and detail (`Key (name)=(…)`, `invalid input syntax for type uuid: "…"`), which quote
 * request data. Other errors are logged as pino logs them.
 */
interface QueryError {
  query?: unknown;
  params?: unknown;
  cause?: unknown;
}

interface PgFields {
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  routine?: unknown;
  table?: unknown;
  schema?: unknown;
}

const PG_CODE = /^[0-9A-Z]{5}$/;

const isPgError = (error: unknown): error is Error & PgFields =>
  error instanceof Error &&
  typeof (error as PgFields).code === 'string' &&
  PG_CODE.test((error as PgFields).code as string) &&
  'severity' in error;

const isQueryError = (error: unknown): error is Error & QueryError =>
  error instanceof Error && 'query' in error && 'params' in error;

/** `insert work_orders`, `select drivers`: the statement's verb and first table, nothing from its values. */
export function operationLabel(statement: unknown): string {
  if (typeof statement !== 'string') return 'query';
  const verb = /^\s*(\w+)/.exec(statement)?.[1]?.toLowerCase() ?? 'query';
  const table = /\b(?:from|into|update|join)\s+"?([\w]+)"?(?:\."?(\w+)"?)?/i.exec(statement);
  return table ? `${verb} ${table[2] ?? table[1]}` : verb;
}

/** The first lines of a stack without the message line(s), which may quote the SQL and its parameters. */
const framesOf = (error: Error) =>
  (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12)
    .join('\n');

function pgSummary(error: Error & PgFields, operation?: string): SerializedError {
  return {
    type: 'DatabaseError',
    message: `${operation ?? 'query'} failed with SQLSTATE ${String(error.code)}`,
    operation,
    code: error.code,
    severity: error.severity,
    constraint: error.constraint,
    table: error.table,
    routine: error.routine,
    stack: framesOf(error),
  };
}

interface SerializedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

export function serializeError(error: Error): SerializedError {
  if (isQueryError(error)) {
    const operation = operationLabel(error.query);
    if (isPgError(error.cause)) return pgSummary(error.cause, operation);
    // Not an answer from Postgres (a pool timeout, a dropped connection): its message quotes no values.
    const cause = error.cause instanceof Error ? error.cause : undefined;
    return {
      type: error.name,
      message: `${operation} failed${cause ? `: ${cause.message.slice(0, 200)}` : ''}`,
      operation,
      code: (cause as { code?: unknown } | undefined)?.code,
      stack: framesOf(error),
    };
  }
  if (isPgError(error)) return pgSummary(error);
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error thrown', stack: '' };
  // A wrapper around a database error (pino would quote the cause's message): summarise the cause instead.
  let cause: unknown = error.cause;
  for (let depth = 0; cause instanceof Error && depth < 5; depth++, cause = cause.cause) {
    if (isQueryError(cause) || isPgError(cause)) {
      const summary = serializeError(cause);
      return {
        type: error.name,
        message: `failed: ${summary.message}`,
        stack: framesOf(error),
        cause: summary,
      };
    }
  }
  return stdSerializers.err(error);
}
