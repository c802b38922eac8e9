import { Type, type Static } from 'typebox';
import { Page, PageQuery, Uuid } from '#src/http/common.schemas';
import { Region, SafeText } from '#src/http/field.schemas';

const Status = Type.Union([
  Type.Literal('open'),
  Type.Literal('in_progress'),
  Type.Literal('completed'),
  Type.Literal('cancelled'),
]);
const DateTime = Type.String({ format: 'date-time' });
const Location = Type.Object(
  {
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
  },
  { additionalProperties: false },
);
const Title = SafeText({ minLength: 1, maxLength: 200 });
const SiteAddress = SafeText({ minLength: 1, maxLength: 500 });
const Notes = SafeText({ maxLength: 4000 });

export const WorkOrder = Type.Object({
  id: Uuid,
  number: Type.String({ examples: ['WO-000123'] }),
  title: Type.String(),
  siteAddress: Type.String(),
  location: Type.Union([Location, Type.Null()]),
  region: Type.String(),
  windowStart: Type.Union([DateTime, Type.Null()]),
  windowEnd: Type.Union([DateTime, Type.Null()]),
  notes: Type.Union([Type.String(), Type.Null()]),
  status: Status,
  createdBy: Type.Object({ sub: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type WorkOrderDto = Static<typeof WorkOrder>;

export const WorkOrderCreate = Type.Object(
  {
    title: Title,
    siteAddress: SiteAddress,
    location: Type.Optional(Type.Union([Location, Type.Null()])),
    region: Region,
    windowStart: Type.Optional(Type.Union([DateTime, Type.Null()])),
    windowEnd: Type.Optional(Type.Union([DateTime, Type.Null()])),
    notes: Type.Optional(Type.Union([Notes, Type.Null()])),
  },
  { additionalProperties: false },
);
export type WorkOrderCreate = Static<typeof WorkOrderCreate>;

export const WorkOrderUpdate = Type.Object(
  {
    title: Type.Optional(Title),
    siteAddress: Type.Optional(SiteAddress),
    location: Type.Optional(Type.Union([Location, Type.Null()])),
    region: Type.Optional(Region),
    windowStart: Type.Optional(Type.Union([DateTime, Type.Null()])),
    windowEnd: Type.Optional(Type.Union([DateTime, Type.Null()])),
    notes: Type.Optional(Type.Union([Notes, Type.Null()])),
    status: Type.Optional(Status),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type WorkOrderUpdate = Static<typeof WorkOrderUpdate>;

export const WorkOrderListQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(Status),
    region: Type.Optional(Region),
    q: Type.Optional(SafeText({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type WorkOrderListQuery = Static<typeof WorkOrderListQuery>;
export const WorkOrderPage = Page(WorkOrder);
