import { Type, type Static } from 'typebox';
import { problemCatalogue, problemUri, type ProblemType } from '#src/kernel/problems';
import { ProblemSchema } from './common.schemas';

/**
 * What a route declares about its refusals: the problem types it can answer. They are grouped by their
 * catalogue status into `application/problem+json` responses whose `type` is an enum of those types' URIs, so
 * the OpenAPI document (and the web app's generated types) say what a client can branch on.
 */

/** Any request can be malformed, fail validation, be refused by the rate limiter or meet a server failure. */
const EVERY_ROUTE = [
  'bad-request',
  'validation-failed',
  'body-too-large',
  'unsupported-media-type',
  'rate-limited',
  'internal',
  'database-unavailable',
] as const satisfies readonly ProblemType[];

/** Bearer token or web session of a tenant (plugins/tenancy.ts, auth/, plugins/access-control.ts, auth/csrf.ts). */
const TENANT_ACCESS = [
  'tenant-not-found',
  'tenant-suspended',
  'token-missing',
  'token-invalid',
  'token-expired',
  'token-not-yet-valid',
  'token-issued-in-future',
  'token-lifetime-too-long',
  'token-wrong-audience',
  'token-wrong-issuer',
  'token-unknown-issuer',
  'token-wrong-tenant',
  'token-algorithm-not-allowed',
  'token-unknown-key',
  'token-bad-signature',
  'session-expired',
  'idp-unavailable',
  'role-required',
  'mfa-required',
  'csrf-check-failed',
] as const satisfies readonly ProblemType[];

/** A platform-admin bearer token (plugins/platform-auth.ts). */
const PLATFORM_ACCESS = [
  'token-missing',
  'token-invalid',
  'token-expired',
  'token-not-yet-valid',
  'token-issued-in-future',
  'token-lifetime-too-long',
  'token-wrong-audience',
  'token-wrong-issuer',
  'token-algorithm-not-allowed',
  'token-unknown-key',
  'token-bad-signature',
  'idp-unavailable',
  'role-required',
] as const satisfies readonly ProblemType[];

const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed or a field is invalid (each one named in `errors`)',
  401: 'No valid credentials (bearer token or session cookie)',
  403: 'Authenticated, but not allowed (role, MFA, CSRF or tenant state)',
  404: 'No such resource in this tenant',
  409: 'Conflicts with the current state',
  413: 'The body is larger than the limit',
  415: 'The content type is not supported',
  422: 'Understood but cannot be carried out',
  429: 'Too many requests; retry after the Retry-After seconds',
  500: 'An unexpected error; quote the request id',
  503: 'A dependency is unavailable or the service is draining; retry shortly',
};

type ProblemBody = Static<typeof ProblemSchema>;

interface ProblemResponse {
  description: string;
  content: { 'application/problem+json': { schema: ReturnType<typeof Type.Unsafe<ProblemBody>> } };
}

/** The shared Problem schema (by $id) narrowed to the given types. */
const problemOf = (types: ProblemType[]) =>
  Type.Unsafe<ProblemBody>({
    allOf: [
      { $ref: 'Problem' },
      {
        type: 'object',
        required: ['type'],
        properties: { type: { type: 'string', enum: types.map(problemUri) } },
      },
    ],
  });

/** Responses for exactly these problem types, one per status. */
export function problemResponses(...types: ProblemType[]): Record<number, ProblemResponse> {
  const byStatus = new Map<number, ProblemType[]>();
  for (const type of new Set(types)) {
    const { status } = problemCatalogue[type];
    byStatus.set(status, [...(byStatus.get(status) ?? []), type]);
  }
  const responses: Record<number, ProblemResponse> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const titles = list.map((type) => `\`${type}\``).join(', ');
    responses[status] = {
      description: `${STATUS_DESCRIPTIONS[status] ?? 'Problem details'}: ${titles}`,
      content: { 'application/problem+json': { schema: problemOf(list) } },
    };
  }
  return responses;
}

/** A public route: what any request can meet, plus the route's own problems. */
export const publicProblems = (...own: ProblemType[]) => problemResponses(...EVERY_ROUTE, ...own);

/** A tenant route: tenant resolution, authentication and roles, plus the route's own problems. */
export const tenantProblems = (...own: ProblemType[]) =>
  problemResponses(...EVERY_ROUTE, ...TENANT_ACCESS, ...own);

/** A platform route: the platform-admin token, plus the route's own problems. */
export const platformProblems = (...own: ProblemType[]) =>
  problemResponses(...EVERY_ROUTE, ...PLATFORM_ACCESS, ...own);
