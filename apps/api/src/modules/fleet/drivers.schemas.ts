import { Type, type Static } from 'typebox';
import { Page, PageQuery, Uuid } from '#src/http/common.schemas';
import { Region, SafeText } from '#src/http/field.schemas';

const ShiftStatus = Type.Union([Type.Literal('on_shift'), Type.Literal('off_shift')]);
const Name = SafeText({ minLength: 1, maxLength: 200 });
const UserSub = SafeText({ minLength: 1, maxLength: 255 });
const Phone = Type.String({ maxLength: 40, pattern: '^[0-9+()./ -]*$' });

export const Qualification = Type.Object({
  equipmentTypeId: Uuid,
  equipmentTypeName: Type.String(),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  current: Type.Boolean({ description: 'false once expired: an expired qualification does not qualify' }),
});

const QualificationInput = Type.Object(
  {
    equipmentTypeId: Uuid,
    expiresAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  },
  { additionalProperties: false },
);
const Qualifications = Type.Array(QualificationInput, { maxItems: 100 });

export const Driver = Type.Object({
  id: Uuid,
  name: Type.String(),
  userSub: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  region: Type.String(),
  shiftStatus: ShiftStatus,
  activeAssignmentId: Type.Union([Uuid, Type.Null()]),
  idleSince: Type.String({ format: 'date-time' }),
  qualifications: Type.Array(Qualification),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type DriverDto = Static<typeof Driver>;

export const DriverCreate = Type.Object(
  {
    name: Name,
    userSub: Type.Optional(Type.Union([UserSub, Type.Null()])),
    phone: Type.Optional(Type.Union([Phone, Type.Null()])),
    region: Region,
    shiftStatus: Type.Optional(ShiftStatus),
    qualifications: Type.Optional(Qualifications),
  },
  { additionalProperties: false },
);
export type DriverCreate = Static<typeof DriverCreate>;

export const DriverUpdate = Type.Object(
  {
    name: Type.Optional(Name),
    userSub: Type.Optional(Type.Union([UserSub, Type.Null()])),
    phone: Type.Optional(Type.Union([Phone, Type.Null()])),
    region: Type.Optional(Region),
    shiftStatus: Type.Optional(ShiftStatus),
    qualifications: Type.Optional(Qualifications),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type DriverUpdate = Static<typeof DriverUpdate>;

export const DriverListQuery = Type.Object(
  {
    ...PageQuery,
    shiftStatus: Type.Optional(ShiftStatus),
    region: Type.Optional(Region),
    qualifiedFor: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type DriverListQuery = Static<typeof DriverListQuery>;
export const DriverPage = Page(Driver);
