import { Type, type Static } from 'typebox';
import { Page, PageQuery } from '#src/http/common.schemas';

export const EquipmentType = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});
export type EquipmentTypeDto = Static<typeof EquipmentType>;

export const EquipmentTypeCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type EquipmentTypeCreate = Static<typeof EquipmentTypeCreate>;

export const EquipmentTypeListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export const EquipmentTypePage = Page(EquipmentType);
