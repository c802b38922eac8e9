import { Type, type Static, type TSchema } from 'typebox';
import { CURSOR_PATTERN } from './cursor';

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
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

/** The shared Problem schema by reference: one `components.schemas.Problem` in the OpenAPI document. */
const ProblemRef = Type.Unsafe<Static<typeof ProblemSchema>>({ $ref: 'Problem' });

/**
 * Error responses a route can give, declared as `application/problem+json` (what the error handler sends), so
 * the OpenAPI document and generated clients know the error body and its media type.
 */
export const problemResponses = <S extends number>(...statuses: S[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem details',
        content: { 'application/problem+json': { schema: ProblemRef } },
      },
    ]),
  ) as Record<
    S,
    { description: string; content: { 'application/problem+json': { schema: typeof ProblemRef } } }
  >;

/** A 2xx response schema with a description saying what the client gets (shown as the response's name). */
export const described = <T extends TSchema>(description: string, schema: T): T => ({
  ...schema,
  description,
});

export const Uuid = Type.String({ format: 'uuid' });

export const PageQuery = {
  cursor: Type.Optional(
    Type.String({ maxLength: 512, pattern: CURSOR_PATTERN, description: 'nextCursor of the previous page' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
