import type { TenancyErrorCode } from '@dispatch/db';

/**
 * Every problem type the API answers with, its HTTP status and its title, in one place. The type is the last
 * segment of the problem's `type` URI and is stable: clients branch on it (docs/api-errors.md). A type has
 * exactly one status; a new refusal either reuses a type whose meaning fits or adds one here.
 */
export const PROBLEM_BASE = 'https://dispatch.dev/problems/';

export const problemCatalogue = {
  // Malformed or invalid input.
  'bad-request': { status: 400, title: 'Bad Request' },
  'validation-failed': { status: 400, title: 'A field is invalid' },
  'login-expired': { status: 400, title: 'The sign-in expired' },
  'login-state-mismatch': { status: 400, title: 'The sign-in was started elsewhere' },
  'body-too-large': { status: 413, title: 'Content Too Large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported Media Type' },

  // Credentials: a bearer token or the web session.
  'token-missing': { status: 401, title: 'Credentials are missing' },
  'token-invalid': { status: 401, title: 'The token is invalid' },
  'token-expired': { status: 401, title: 'The token has expired' },
  'token-not-yet-valid': { status: 401, title: 'The token is not valid yet' },
  'token-issued-in-future': { status: 401, title: 'The token is issued in the future' },
  'token-lifetime-too-long': { status: 401, title: 'The token lives too long' },
  'token-wrong-audience': { status: 401, title: 'The token is for another audience' },
  'token-wrong-issuer': { status: 401, title: 'The token comes from another issuer' },
  'token-unknown-issuer': { status: 401, title: 'No tenant trusts the issuer' },
  'token-wrong-tenant': { status: 401, title: 'The token names another tenant' },
  'token-algorithm-not-allowed': { status: 401, title: 'The token algorithm is not allowed' },
  'token-unknown-key': { status: 401, title: 'The token key is unknown' },
  'token-bad-signature': { status: 401, title: 'The token signature does not verify' },
  'session-expired': { status: 401, title: 'The sign-in has ended' },
  'sign-in-failed': { status: 401, title: 'Sign-in failed' },

  // Authenticated, but not allowed.
  'route-not-authorized': { status: 403, title: 'The route is closed' },
  'role-required': { status: 403, title: 'A role is required' },
  'mfa-required': { status: 403, title: 'A second factor is required' },
  'csrf-check-failed': { status: 403, title: 'The CSRF check failed' },
  'origin-not-allowed': { status: 403, title: 'The origin is not allowed' },
  'tenant-suspended': { status: 403, title: 'The tenant is suspended' },
  'region-forbidden': { status: 403, title: 'Outside your region' },
  'admin-field': { status: 403, title: 'Only admins may change this field' },
  'drivers-cannot-cancel': { status: 403, title: 'Drivers cannot cancel' },
  'driver-not-linked': { status: 403, title: 'The account is not linked to a driver' },
  'attachment-not-yours': { status: 403, title: 'The attachment was uploaded by someone else' },

  // Nothing there.
  'not-found': { status: 404, title: 'Not Found' },
  'tenant-not-found': { status: 404, title: 'The tenant does not exist' },
  'attachments-disabled': { status: 404, title: 'Attachments are not set up on this server' },

  // Conflicts with the current state.
  'name-taken': { status: 409, title: 'The name is taken' },
  'identifier-taken': { status: 409, title: 'The identifier is taken' },
  'user-already-linked': { status: 409, title: 'The user is linked to another driver' },
  'illegal-transition': { status: 409, title: 'The status change is not allowed' },
  'work-order-closed': { status: 409, title: 'The work order is closed' },
  'work-order-dispatched': { status: 409, title: 'The work order has dispatch requests' },
  'work-order-busy': { status: 409, title: 'The work order has open dispatch work' },
  'equipment-busy': { status: 409, title: 'The equipment is dispatched' },
  'request-not-queued': { status: 409, title: 'The dispatch request is not queued' },
  'idp-not-configured': { status: 409, title: 'No identity provider is configured' },
  'web-login-not-configured': { status: 409, title: 'Web sign-in is not configured' },
  'tenant-deleted': { status: 409, title: 'The tenant is deleted or offboarding' },
  'migration-running': { status: 409, title: 'A migration run is in progress' },
  'attachment-not-uploaded': { status: 409, title: 'No file has been uploaded for the attachment' },
  'attachment-mismatch': { status: 409, title: 'The uploaded file is not the one declared' },
  'attachment-limit': { status: 409, title: 'The attachment limit is reached' },

  // Errors the tenancy layer (packages/db TenancyError) raises, under their own codes.
  'invalid-slug': { status: 400, title: 'The subdomain is not allowed' },
  'invalid-backup': { status: 400, title: 'The backup is not valid' },
  'slug-conflict': { status: 409, title: 'The subdomain is taken' },
  'issuer-in-use': { status: 409, title: 'The issuer is used by another tenant' },
  'invalid-state': { status: 409, title: 'The tenant is not in a state that allows this' },
  'migration-checksum-mismatch': { status: 409, title: 'An applied migration changed' },
  'migration-failed': { status: 409, title: 'A migration failed' },
  'restore-refused': { status: 409, title: 'The restore was refused' },

  // Understood but cannot be carried out.
  'idempotency-key-reused': { status: 422, title: 'The Idempotency-Key was used for another request' },
  'idp-check-failed': { status: 422, title: 'The identity provider check failed' },

  // Too many.
  'rate-limited': { status: 429, title: 'Too Many Requests' },
  'idp-check-rate-limited': { status: 429, title: 'Too many identity provider checks' },
  'too-many-sockets': { status: 429, title: 'Too many realtime connections' },

  // The server side.
  internal: { status: 500, title: 'Internal Server Error' },
  'database-unavailable': { status: 503, title: 'The database is unavailable' },
  'admin-database-unavailable': { status: 503, title: 'The admin database is not configured' },
  'idp-unavailable': { status: 503, title: 'The identity provider is unavailable' },
  'web-app-not-built': { status: 503, title: 'The web app is not built' },
  'object-store-unavailable': { status: 503, title: 'The object store is unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemType = keyof typeof problemCatalogue;
export type ProblemStatus = (typeof problemCatalogue)[ProblemType]['status'];

/** Every TenancyError code is a catalogue type (a compile error here when packages/db adds one). */
export const tenancyProblem = (code: TenancyErrorCode): ProblemType => code;

export const isProblemType = (value: string): value is ProblemType => Object.hasOwn(problemCatalogue, value);

export const problemUri = (type: ProblemType) => PROBLEM_BASE + type;

export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemExtras {
  /** The input fields at fault, each with what is wrong with it. */
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/**
 * The one error type the API raises on purpose. Its type comes from the catalogue, and with it the status.
 * Messages of 4xx errors are shown to the caller; 5xx details never are.
 */
export class AppError extends Error {
  readonly status: ProblemStatus;

  constructor(
    readonly type: ProblemType,
    message: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = problemCatalogue[type].status;
  }
}

/** Throws the problem when the condition does not hold: `assertThat(row, 'not-found', 'No driver …')`. */
export function assertThat(
  condition: unknown,
  type: ProblemType,
  message: string,
  extras?: ProblemExtras,
): asserts condition {
  if (!condition) throw new AppError(type, message, extras);
}

/** A 400 naming the field at fault. */
export const badRequest = (message: string, field?: string, fieldMessage = message) =>
  new AppError('validation-failed', message, field ? { errors: [{ field, message: fieldMessage }] } : {});

export const notFound = (message = 'Not found') => new AppError('not-found', message);
