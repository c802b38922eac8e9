import { Type, type Static } from 'typebox';
import { Page, PageQuery, Uuid } from '#src/http/common.schemas';
import { Region, SafeText } from '#src/http/field.schemas';

const Status = Type.Union([
  Type.Literal('available'),
  Type.Literal('dispatched'),
  Type.Literal('maintenance'),
  Type.Literal('retired'),
]);
/** What a person may set; `dispatched` is only ever set by dispatch. */
const SettableStatus = Type.Union([
  Type.Literal('available'),
  Type.Literal('maintenance'),
  Type.Literal('retired'),
]);
const Identifier = SafeText({ minLength: 1, maxLength: 120 });
const Notes = SafeText({ maxLength: 4000 });
const Day = Type.String({ format: 'date' });

export const Equipment = Type.Object({
  id: Uuid,
  identifier: Type.String(),
  typeId: Uuid,
  typeName: Type.String(),
  region: Type.String(),
  status: Status,
  maintenanceRequested: Type.Boolean({ description: 'Goes to maintenance when its current assignment ends' }),
  nextMaintenanceOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  notes: Type.Union([Type.String(), Type.Null()]),
  idleSince: Type.String({ format: 'date-time' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type EquipmentDto = Static<typeof Equipment>;

export const EquipmentCreate = Type.Object(
  {
    identifier: Identifier,
    typeId: Uuid,
    region: Region,
    status: Type.Optional(SettableStatus),
    nextMaintenanceOn: Type.Optional(Type.Union([Day, Type.Null()])),
    notes: Type.Optional(Type.Union([Notes, Type.Null()])),
  },
  { additionalProperties: false },
);
export type EquipmentCreate = Static<typeof EquipmentCreate>;

export const EquipmentUpdate = Type.Object(
  {
    identifier: Type.Optional(Identifier),
    typeId: Type.Optional(Uuid),
    region: Type.Optional(Region),
    status: Type.Optional(SettableStatus),
    nextMaintenanceOn: Type.Optional(Type.Union([Day, Type.Null()])),
    notes: Type.Optional(Type.Union([Notes, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type EquipmentUpdate = Static<typeof EquipmentUpdate>;

export const EquipmentListQuery = Type.Object(
  { ...PageQuery, status: Type.Optional(Status), typeId: Type.Optional(Uuid), region: Type.Optional(Region) },
  { additionalProperties: false },
);
export type EquipmentListQuery = Static<typeof EquipmentListQuery>;
export const EquipmentPage = Page(Equipment);

export const AvailableEquipmentQuery = Type.Object(
  { ...PageQuery, typeId: Type.Optional(Uuid), region: Type.Optional(Region) },
  { additionalProperties: false },
);
export type AvailableEquipmentQuery = Static<typeof AvailableEquipmentQuery>;
export const AvailableEquipment = Type.Object({
  ...Equipment.properties,
  hasFreeDriver: Type.Boolean({ description: 'An on-shift, qualified, free driver is in its region' }),
});
export const AvailableEquipmentPage = Page(AvailableEquipment);
