import { Type, type Static } from 'typebox';
import { Page, PageQuery } from '#src/http/common.schemas';
import { SafeText } from '#src/http/field.schemas';

export const AuditEvent = Type.Object({
  id: Type.String({ format: 'uuid' }),
  seq: Type.Union([Type.Integer(), Type.Null()]),
  at: Type.String({ format: 'date-time' }),
  actor: Type.Object({ sub: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  hash: Type.Union([Type.String(), Type.Null()]),
  prevHash: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEventDto = Static<typeof AuditEvent>;

export const AuditListQuery = Type.Object(
  {
    ...PageQuery,
    entity: Type.Optional(SafeText({ minLength: 1, maxLength: 64 })),
    entityId: Type.Optional(SafeText({ minLength: 1, maxLength: 255 })),
    actor: Type.Optional(SafeText({ minLength: 1, maxLength: 255 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type AuditListQuery = Static<typeof AuditListQuery>;
export const AuditPage = Page(AuditEvent);

export const AuditVerification = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  lastSeq: Type.Integer(),
  /** The newest anchor written outside the database that the chain was checked against (null: none yet). */
  anchoredSeq: Type.Union([Type.Integer(), Type.Null()]),
  firstBroken: Type.Union([
    Type.Object({
      seq: Type.Union([Type.Integer(), Type.Null()]),
      id: Type.Union([Type.String(), Type.Null()]),
      reason: Type.String(),
    }),
    Type.Null(),
  ]),
});
export type AuditVerification = Static<typeof AuditVerification>;
