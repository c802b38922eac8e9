import { CliError } from '../errors';

interface PgLikeError {
  code?: string;
  message?: string;
  errors?: { message?: string }[];
  cause?: unknown;
}

/** Drizzle wraps driver errors ("Failed query: ...") with the pg error as `cause`. */
function driverError(error: unknown): PgLikeError | undefined {
  let current = error as PgLikeError | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.code === 'string') return current;
    current = current.cause as PgLikeError | undefined;
  }
  return error as PgLikeError | undefined;
}

/** Maps failures a person can act on (no server, bad credentials, no platform schema) to one line. */
export function databaseError(error: unknown, target: string): unknown {
  const e = driverError(error);
  switch (e?.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new CliError(`cannot reach the database at ${target} (${e.code})`);
    case '28P01':
    case '28000':
      return new CliError(`the database at ${target} rejected the credentials: ${e.message}`);
    case '3D000':
      return new CliError(`${e.message} (at ${target})`);
    case '3F000':
    case '42P01':
      return new CliError(
        `the platform registry is missing: run \`dispatch-admin platform migrate\` first (${e.message})`,
      );
    case '42501':
      return new CliError(`${e.message}: DATABASE_ADMIN_URL must connect as the owner role`);
    default:
      // Node reports a refused dual-stack connect as an AggregateError with an empty message.
      if (!e?.message && e?.errors?.[0]?.message) {
        return new CliError(`cannot reach the database at ${target}: ${e.errors[0].message}`);
      }
      if (e?.message === 'Connection terminated due to connection timeout') {
        return new CliError(`cannot reach the database at ${target} (connection timeout)`);
      }
      return error;
  }
}

/** The URL without its password, safe to print. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable URL)';
  }
}
