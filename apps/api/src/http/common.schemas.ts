import { Type, type TSchema } from 'typebox';
import { CURSOR_PATTERN } from '#src/kernel/cursor';

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
